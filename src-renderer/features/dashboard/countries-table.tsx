import { useState } from 'react'
import type { ReactElement } from 'react'
import type { Analytics } from '../../../src-shared/domain/analytics'
import { countryName, formatCount, shareOf } from '../../lib/format'
import { DataTable, TableCard } from '../../ui/data-table'
import type { Column } from '../../ui/data-table'
import { useT } from '../../i18n/use-t'

/** Enough rows for the countries that matter; the rest on request. */
const shortList = 8

/** Messages, reply rate and failures per country of the recipients' numbers. */
export function CountriesTable({ countries }: { countries: Analytics['countries'] }): ReactElement {
  const t = useT()
  const [all, setAll] = useState(false)
  const columns: Column[] = [
    t('dashboard.countries.column.country'),
    ...(['messages', 'replyRate', 'failed'] as const).map((key) => ({
      label: t(`dashboard.countries.column.${key}`),
      numeric: true,
    })),
  ]
  const shown = all ? countries : countries.slice(0, shortList)
  return (
    <TableCard title={t('dashboard.widget.countries')} titled className="countries">
      {countries.length === 0 ? (
        <p className="card__intro card__title--padded muted">{t('dashboard.countries.none')}</p>
      ) : (
        <DataTable columns={columns}>
          {shown.map((c) => (
            <tr key={c.country ?? `+${c.callingCode}`}>
              <th
                scope="row"
                className="countries__name"
                title={
                  c.callingCode ? t('dashboard.countries.startingWith', { code: c.callingCode }) : undefined
                }
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
          {all
            ? t('dashboard.countries.showFewer')
            : t('dashboard.countries.showAll', { count: formatCount(countries.length) })}
        </button>
      ) : null}
    </TableCard>
  )
}
