import type { ReactElement } from 'react'

type IconProps = { className?: string }

const svg = {
  viewBox: '0 0 24 24',
  fill: 'none',
  stroke: 'currentColor',
  strokeWidth: 1.9,
  strokeLinecap: 'round',
  strokeLinejoin: 'round',
  'aria-hidden': true,
  focusable: false,
} as const

/** Six dots: the handle a widget is dragged by. */
export const GripIcon = ({ className }: IconProps): ReactElement => (
  <svg {...svg} className={className ?? 'icon'} fill="currentColor" stroke="none">
    {[7, 12, 17].flatMap((y) => [9, 15].map((x) => <circle key={`${x}-${y}`} cx={x} cy={y} r="1.6" />))}
  </svg>
)

export const ArrowUpIcon = ({ className }: IconProps): ReactElement => (
  <svg {...svg} className={className ?? 'icon'}>
    <path d="M12 19V5M6 11l6-6 6 6" />
  </svg>
)

export const ArrowDownIcon = ({ className }: IconProps): ReactElement => (
  <svg {...svg} className={className ?? 'icon'}>
    <path d="M12 5v14M6 13l6 6 6-6" />
  </svg>
)
