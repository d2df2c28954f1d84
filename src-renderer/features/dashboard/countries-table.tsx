import { useState } from 'react'
import type { ReactElement } from 'react'
import type { Analytics } from '../../../src-shared/domain/analytics'
import { formatCount } from '../contacts/format'
import { countryName, shareOf } from './format'

/** Enough rows for the countries that matter; the rest on request. */
const shortList = 8

/** Messages, reply rate and failures per country of the recipients' numbers. */
export function CountriesTable({ countries }: { countries: Analytics['countries'] }): ReactElement {
  const [all, setAll] = useState(false)
  const shown = all ? countries : countries.slice(0, shortList)
  return (
    <section className="card card--flush countries" aria-labelledby="countries-title">
      <h2 id="countries-title" className="card__title card__title--padded">
        Countries
      </h2>
      {countries.length === 0 ? (
        <p className="card__intro card__title--padded muted">No messages in this period.</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">Country</th>
                <th scope="col" className="numeric">
                  Messages
                </th>
                <th scope="col" className="numeric">
                  Reply rate
                </th>
                <th scope="col" className="numeric">
                  Failed
                </th>
              </tr>
            </thead>
            <tbody>
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
            </tbody>
          </table>
        </div>
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
    </section>
  )
}
