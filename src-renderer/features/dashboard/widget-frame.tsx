import type { DragEvent, KeyboardEvent, ReactElement, ReactNode } from 'react'
import type { WidgetId, WidgetWidth } from '../../../src-shared/domain/dashboard-layout'
import { Segmented } from '../../ui/segmented'
import { ArrowDownIcon, ArrowUpIcon, GripIcon } from './customise-icons'
import type { Placed } from './widget-order'
import { widgetTitle } from './widget-words'
import { useT } from '../../i18n/use-t'

/** The controls of a frame that keep the focus after they move their widget. */
export type FrameControl = 'handle' | 'up' | 'down' | 'hide'

export type FrameActions = {
  move: (id: WidgetId, step: -1 | 1, control: FrameControl) => void
  resize: (id: WidgetId, width: WidgetWidth) => void
  hide: (id: WidgetId) => void
}

export type DragHandlers = {
  start: (id: WidgetId, event: DragEvent<HTMLElement>) => void
  over: (id: WidgetId, event: DragEvent<HTMLElement>) => void
  leave: (id: WidgetId, event: DragEvent<HTMLElement>) => void
  drop: (id: WidgetId, event: DragEvent<HTMLElement>) => void
  end: () => void
}

type WidgetFrameProps = {
  placed: Placed
  first: boolean
  last: boolean
  /** This widget is being dragged, or one is dragged over it. */
  dragged: boolean
  target: boolean
  /** The id of the sentence telling how the handle works. */
  hintId: string
  actions: FrameActions
  drag: DragHandlers
  children: ReactNode
}

/** The up and down arrow keys on a focused handle move the widget, as Move up and Move down do. */
function onHandleKey(event: KeyboardEvent, id: WidgetId, actions: FrameActions): void {
  const step = { ArrowUp: -1, ArrowDown: 1 }[event.key] as -1 | 1 | undefined
  if (step === undefined) return
  event.preventDefault()
  actions.move(id, step, 'handle')
}

/** A widget in Customise: a bar to drag, move, size and hide it, over a preview that takes no clicks. */
export function WidgetFrame(props: WidgetFrameProps): ReactElement {
  const { placed, first, last, dragged, target, hintId, actions, drag, children } = props
  const t = useT()
  const { id, width } = placed.widget
  const title = widgetTitle(t, id)
  const widthOptions = [
    ['half', t('dashboard.frame.half')],
    ['full', t('dashboard.frame.full')],
  ] as const
  const classes = [
    'widget',
    `widget--${placed.span}`,
    'widget-frame',
    dragged ? 'widget-frame--dragged' : '',
    target ? 'widget-frame--target' : '',
  ]
  return (
    <div
      className={classes.filter(Boolean).join(' ')}
      data-widget={id}
      role="group"
      aria-label={title}
      onDragOver={(event) => drag.over(id, event)}
      onDragLeave={(event) => drag.leave(id, event)}
      onDrop={(event) => drag.drop(id, event)}
    >
      <div className="widget-frame__bar">
        <button
          type="button"
          className="widget-frame__handle"
          data-control="handle"
          draggable
          aria-label={t('dashboard.frame.move', { widget: title })}
          aria-describedby={hintId}
          onDragStart={(event) => drag.start(id, event)}
          onDragEnd={drag.end}
          onKeyDown={(event) => onHandleKey(event, id, actions)}
        >
          <GripIcon />
        </button>
        <span className="widget-frame__title" title={title}>
          {title}
        </span>
        <span className="widget-frame__controls">
          <button
            type="button"
            className="button button--small button--quiet widget-frame__move"
            data-control="up"
            aria-label={t('dashboard.frame.moveUp', { widget: title })}
            title={t('dashboard.frame.moveUpTitle')}
            disabled={first}
            onClick={() => actions.move(id, -1, 'up')}
          >
            <ArrowUpIcon />
          </button>
          <button
            type="button"
            className="button button--small button--quiet widget-frame__move"
            data-control="down"
            aria-label={t('dashboard.frame.moveDown', { widget: title })}
            title={t('dashboard.frame.moveDownTitle')}
            disabled={last}
            onClick={() => actions.move(id, 1, 'down')}
          >
            <ArrowDownIcon />
          </button>
          <Segmented
            label={t('dashboard.frame.width', { widget: title })}
            name={`widget-width-${id}`}
            options={widthOptions}
            value={width}
            onChange={(chosen) => actions.resize(id, chosen)}
          />
          <button
            type="button"
            className="button button--small"
            data-control="hide"
            aria-label={t('dashboard.frame.hideWidget', { widget: title })}
            onClick={() => actions.hide(id)}
          >
            {t('dashboard.frame.hide')}
          </button>
        </span>
      </div>
      <div className="widget-frame__preview" inert>
        {children}
      </div>
    </div>
  )
}
