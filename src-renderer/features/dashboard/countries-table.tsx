import { useState } from 'react'
import type { ReactElement } from 'react'
import type { Analytics } from '../../../src-shared/domain/analytics'
import { countryName, formatCount, shareOf } from '../../lib/format'
import { DataTable, TableCard } from '../../ui/data-table'
import type { Column } from '../../ui/data-table'

const columns: Column[] = [
  'Country',
  ...['Messages', 'Reply rate', 'Failed'].map((label) => ({ label, numeric: true })),
]

/** Enough rows for the countries that matter; the rest on request. */
const shortList = 8

/** Messages, reply rate and failures per country of the recipients' numbers. */
export function CountriesTable({ countries }: { countries: Analytics['countries'] }): ReactElement {
  const [all, setAll] = useState(false)
  const shown = all ? countries : countries.slice(0, shortList)
  return (
    <TableCard title="Countries" titled className="countries">
      {countries.length === 0 ? (
        <p className="card__intro card__title--padded muted">No messages in this period.</p>
      ) : (
        <DataTable columns={columns}>
          {shown.map((c) => (
            <tr key={c.country ?? `+${c.callingCode}`}>
              <th
                scope="row"
                className="countries__name"
                title={c.callingCode ? `Numbers starting +${c.callingCode}` : undefined}
              >
                {countryName(c.country, c.callingCode)}
              </th>
              <td className="numeric">{formatCount(c.messages)}</td>
              <td className="numeric">{shareOf(c.replied, c.sent)}</td>
              <td className={`numeric${c.failed > 0 ? ' countries__failed' : ''}`}>
                {formatCount(c.failed)}
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      {countries.length > shortList ? (
        <button
          type="button"
          className="button button--small button--quiet countries__more"
          onClick={() => setAll(!all)}
        >
          {all ? 'Show fewer' : `Show all ${countries.length} countries`}
        </button>
      ) : null}
    </TableCard>
  )
}
