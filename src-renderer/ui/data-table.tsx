import { useId, useRef } from 'react'
import type { ReactElement, ReactNode } from 'react'
import { useT } from '../i18n/use-t'
import { useScrollsSideways } from './use-scrolls-sideways'
import './data-table.css'

/** A column heading: its words, or the words for screen readers only (a column of buttons). */
export type Column = string | { label: string; numeric?: boolean; hidden?: boolean }

function HeadCell({ column }: { column: Column }): ReactElement {
  const { label, numeric, hidden } = typeof column === 'string' ? { label: column } : column
  return (
    <th scope="col" className={numeric ? 'numeric' : undefined}>
      {hidden ? <span className="visually-hidden">{label}</span> : label}
    </th>
  )
}

type DataTableProps = {
  className?: string
  /** The headings, or a row of them made by the caller (sortable ones). */
  columns: Column[] | { row: ReactNode }
  /** What the table shows, said when it scrolls sideways and so takes keyboard focus. */
  label?: string
  children: ReactNode
}

/** A plain table of a few hundred rows at most, scrolling sideways in a narrow window. */
export function DataTable({ className, columns, label, children }: DataTableProps): ReactElement {
  const scroller = useRef<HTMLDivElement>(null)
  const scrolls = useScrollsSideways(scroller)
  return (
    <div
      ref={scroller}
      className="table-scroll"
      {...(scrolls ? { tabIndex: 0, ...(label ? { role: 'region', 'aria-label': label } : {}) } : {})}
    >
      <table className={className ? `data-table ${className}` : 'data-table'}>
        <thead>
          <tr>
            {Array.isArray(columns)
              ? columns.map((column) => (
                  <HeadCell key={typeof column === 'string' ? column : column.label} column={column} />
                ))
              : columns.row}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  )
}

type TableCardProps = {
  /** The card's heading: on screen with `titled`, otherwise for screen readers only. */
  title: string
  titled?: boolean
  className?: string
  children: ReactNode
}

/** A card holding a table edge to edge, named by its heading. */
export function TableCard({ title, titled, className, children }: TableCardProps): ReactElement {
  const titleId = useId()
  return (
    <section className={`card card--flush${className ? ` ${className}` : ''}`} aria-labelledby={titleId}>
      <h2 id={titleId} className={titled ? 'card__title card__title--padded' : 'visually-hidden'}>
        {title}
      </h2>
      {children}
    </section>
  )
}

type RowActionProps = {
  /** "Delete", "Remove" */
  label: string
  /** What the row is, so that screen readers hear "Delete Spring offer" rather than one more "Delete". */
  name: string
  onClick: () => void
}

/** A row's own action, at its end: small and quiet, so that a column of them does not shout. */
export function RowAction({ label, name, onClick }: RowActionProps): ReactElement {
  const t = useT()
  return (
    <button
      type="button"
      className="button button--small button--quiet"
      aria-label={t('ui.rowAction.label', { action: label, name })}
      onClick={onClick}
    >
      {label}
    </button>
  )
}
