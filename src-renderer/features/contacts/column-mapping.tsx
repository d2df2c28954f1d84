import { useMemo } from 'react'
import type { ReactElement } from 'react'
import { columnRoles } from '../../../src-shared/domain/contacts'
import type { Column, ColumnRole } from '../../../src-shared/domain/contacts'
import { useT } from '../../i18n/use-t'
import { Select } from '../../ui/select'
import type { Choice } from '../../ui/select'

/** "name" → "{{name}}", as the user writes it in a template. */
export const placeholderText = (key: string): string => `{{${key}}}`

const roleKeys: Record<ColumnRole, string> = {
  name: 'contacts.role.name',
  phone: 'contacts.role.phone',
  website: 'contacts.role.website',
  city: 'contacts.role.city',
  field: 'contacts.role.field',
  ignore: 'contacts.role.ignore',
}

/** What a column can be used for, in the window's language. */
function useRoleChoices(): Choice<ColumnRole>[] {
  const t = useT()
  return useMemo(() => columnRoles.map((role) => ({ value: role, label: t(roleKeys[role]) })), [t])
}

/** The placeholder a column gives templates, if any: {{name}}, {{city}} or the extra field's own key. */

export function placeholderOf(column: Column): string | null {
  if (column.role === 'name') return 'name'
  if (column.role === 'city' || column.role === 'website' || column.role === 'field') return column.key
  return null
}

type ColumnMappingProps = {
  columns: Column[]
  onChange: (index: number, role: ColumnRole) => void
}

type MappingRowProps = { column: Column; roleChoices: Choice<ColumnRole>[] } & Omit<
  ColumnMappingProps,
  'columns'
>

function MappingRow({ column, roleChoices, onChange }: MappingRowProps): ReactElement {
  const t = useT()
  const placeholder = placeholderOf(column)
  const ignored = column.role === 'ignore'
  return (
    <tr className={ignored ? 'mapping__row--ignored' : undefined}>
      <th scope="row" className="mapping__header">
        {column.header}
      </th>
      <td className="mapping__samples">
        {column.samples.length === 0 ? (
          <span className="muted">{t('contacts.mapping.empty')}</span>
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
          aria-label={t('contacts.mapping.useOf', { header: column.header })}
          value={column.role}
          options={roleChoices}
          onChange={(role) => onChange(column.index, role)}
        />
      </td>
      <td>{placeholder ? <code className="placeholder">{placeholderText(placeholder)}</code> : null}</td>
    </tr>
  )
}

/** One row per spreadsheet column: what is in it, and what Herald should use it for. */
export function ColumnMapping({ columns, onChange }: ColumnMappingProps): ReactElement {
  const t = useT()
  const roleChoices = useRoleChoices()
  return (
    <div className="table-scroll">
      <table className="data-table mapping">
        <thead>
          <tr>
            <th scope="col" className="mapping__col-column">
              {t('contacts.mapping.column')}
            </th>
            <th scope="col">{t('contacts.mapping.firstValues')}</th>
            <th scope="col" className="mapping__col-use">
              {t('contacts.mapping.useAs')}
            </th>
            <th scope="col" className="mapping__col-placeholder">
              {t('contacts.mapping.inMessages')}
            </th>
          </tr>
        </thead>
        <tbody>
          {columns.map((column) => (
            <MappingRow key={column.index} column={column} roleChoices={roleChoices} onChange={onChange} />
          ))}
        </tbody>
      </table>
    </div>
  )
}
