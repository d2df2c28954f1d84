import { useVirtualizer } from '@tanstack/react-virtual'
import { useEffect, useRef } from 'react'
import type { ReactElement, ReactNode } from 'react'
import { useT } from '../i18n/use-t'
import { InlineError } from './load-states'
import type { PagedRows } from './use-paged-rows'
import './virtual-table.css'

export type TableColumn<T> = {
  id: string
  header: ReactNode
  /** Width in pixels; columns marked `grow` share what is left and never get narrower than this. */
  width: number
  grow?: boolean
  numeric?: boolean
  render: (row: T) => ReactNode
}

type VirtualTableProps<T> = {
  label: string
  columns: TableColumn<T>[]
  rows: PagedRows<T>
  /** Shown instead of the table when the query has no rows at all. */
  empty: ReactNode
  rowClassName?: (row: T) => string
  rowHeight?: number
}

function Placeholder({ columns }: { columns: number }): ReactElement {
  return (
    <>
      {Array.from({ length: columns }, (_, index) => (
        <td key={index}>
          <span className="vtable__placeholder" />
        </td>
      ))}
    </>
  )
}

/** One cell; plain text that the column cuts off with "…" can be read whole in its tooltip. */
function Cell<T>({ column, row }: { column: TableColumn<T>; row: T }): ReactElement {
  const content = column.render(row)
  const text = typeof content === 'string' && content !== '' ? content : undefined
  return (
    <td className={column.numeric ? 'vtable__numeric' : undefined} title={text}>
      {content}
    </td>
  )
}

function TableMessage({ children }: { children: ReactNode }): ReactElement {
  return <div className="vtable vtable--message">{children}</div>
}

function LoadFailed({ error, onRetry }: { error: string; onRetry: () => void }): ReactElement {
  const t = useT()
  return (
    <TableMessage>
      <InlineError onRetry={onRetry}>{t('ui.table.loadFailed', { reason: error })}</InlineError>
    </TableMessage>
  )
}

/**
 * A table of any length: only the rows in view are in the page, and their data is fetched page by page
 * as they scroll into view. The header stays put while the body scrolls.
 */
export function VirtualTable<T>(props: VirtualTableProps<T>): ReactElement {
  const t = useT()
  const { label, columns, rows, empty, rowClassName, rowHeight = 48 } = props
  const scroller = useRef<HTMLDivElement>(null)
  // The virtualizer hands back fresh measurements on every render on purpose; nothing here memoises them.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.total,
    getScrollElement: () => scroller.current,
    estimateSize: () => rowHeight,
    overscan: 12,
  })
  const items = virtualizer.getVirtualItems()
  const first = items[0]?.index ?? 0
  const last = items[items.length - 1]?.index ?? 0
  const { requestRange } = rows

  useEffect(() => {
    requestRange(first, last)
  }, [first, last, requestRange])

  if (rows.error && rows.total === 0) return <LoadFailed error={rows.error} onRetry={rows.retry} />
  if (rows.total === 0)
    return (
      <TableMessage>
        {rows.loading ? <p className="muted vtable__loading">{t('ui.table.loading')}</p> : empty}
      </TableMessage>
    )

  const top = items[0]?.start ?? 0
  const bottom = virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0)
  const minWidth = columns.reduce((sum, column) => sum + column.width, 0)

  return (
    <div ref={scroller} className="vtable" tabIndex={0} role="region" aria-label={label}>
      <table className="vtable__table" style={{ minWidth }} aria-rowcount={rows.total + 1} aria-label={label}>
        <colgroup>
          {columns.map((column) => (
            <col key={column.id} style={column.grow ? undefined : { width: column.width }} />
          ))}
        </colgroup>
        <thead>
          <tr aria-rowindex={1}>
            {columns.map((column) => (
              <th key={column.id} scope="col" className={column.numeric ? 'vtable__numeric' : undefined}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {top > 0 ? <tr className="vtable__spacer" aria-hidden="true" style={{ height: top }} /> : null}
          {items.map((item) => {
            const row = rows.rowAt(item.index)
            return (
              <tr
                key={item.key}
                aria-rowindex={item.index + 2}
                className={row && rowClassName ? rowClassName(row) : undefined}
                style={{ height: rowHeight }}
              >
                {row ? (
                  columns.map((column) => <Cell key={column.id} column={column} row={row} />)
                ) : (
                  <Placeholder columns={columns.length} />
                )}
              </tr>
            )
          })}
          {bottom > 0 ? (
            <tr className="vtable__spacer" aria-hidden="true" style={{ height: bottom }} />
          ) : null}
        </tbody>
      </table>
    </div>
  )
}
