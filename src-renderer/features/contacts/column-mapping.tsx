import type { ReactElement } from 'react'
import { columnRoles, roleLabels } from '../../../src-shared/domain/contacts'
import type { Column, ColumnRole } from '../../../src-shared/domain/contacts'
import { choicesOf, Select } from '../../ui/select'

/** The placeholder a column gives templates, if any: {{name}}, {{city}} or the extra field's own key. */
const roleChoices = choicesOf(columnRoles, roleLabels)

export function placeholderOf(column: Column): string | null {
  if (column.role === 'name') return 'name'
  if (column.role === 'city' || column.role === 'website' || column.role === 'field') return column.key
  return null
}

type ColumnMappingProps = {
  columns: Column[]
  onChange: (index: number, role: ColumnRole) => void
}

function MappingRow({
  column,
  onChange,
}: { column: Column } & Omit<ColumnMappingProps, 'columns'>): ReactElement {
  const placeholder = placeholderOf(column)
  const ignored = column.role === 'ignore'
  return (
    <tr className={ignored ? 'mapping__row--ignored' : undefined}>
      <th scope="row" className="mapping__header">
        {column.header}
      </th>
      <td className="mapping__samples">
        {column.samples.length === 0 ? (
          <span className="muted">Empty</span>
        ) : (
          column.samples.slice(0, 3).map((sample, i) => (
            <span key={i} className="mapping__sample" title={sample}>
              {sample}
            </span>
          ))
        )}
      </td>
      <td>
        <Select
          className={`input form-select mapping__select mapping__select--${column.role}`}
          aria-label={`Use of column "${column.header}"`}
          value={column.role}
          options={roleChoices}
          onChange={(role) => onChange(column.index, role)}
        />
      </td>
      <td>{placeholder ? <code className="placeholder">{`{{${placeholder}}}`}</code> : null}</td>
    </tr>
  )
}

/** One row per spreadsheet column: what is in it, and what Herald should use it for. */
export function ColumnMapping({ columns, onChange }: ColumnMappingProps): ReactElement {
  return (
    <div className="table-scroll">
      <table className="data-table mapping">
        <thead>
          <tr>
            <th scope="col" className="mapping__col-column">
              Column
            </th>
            <th scope="col">First values</th>
            <th scope="col" className="mapping__col-use">
              Use as
            </th>
            <th scope="col" className="mapping__col-placeholder">
              In messages
            </th>
          </tr>
        </thead>
        <tbody>
          {columns.map((column) => (
            <MappingRow key={column.index} column={column} onChange={onChange} />
          ))}
        </tbody>
      </table>
    </div>
  )
}
