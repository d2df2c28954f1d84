import type { ImportRow } from '../../../src-shared/domain/contacts'
import type { Locale } from '../../../src-shared/i18n/locales'
import type { Phrase } from '../../../src-shared/i18n/phrase'
import type { Say, Translate } from '../../i18n/use-t'
import { countriesIn } from './country-hint'

/**
 * The import names a country in English ("Spain"), with its code beside it (`countryCode`): here it is named
 * in the window's language instead ("España").
 */
export function withCountryNamed(said: Phrase | null | undefined, locale: Locale): Phrase | null | undefined {
  const code = said?.params?.countryCode
  if (!said || typeof code !== 'string') return said
  const name = countriesIn(locale).find((country) => country.code === code)?.name
  return name ? { ...said, params: { ...said.params, country: name } } : said
}

export type ReasonRow = Pick<ImportRow, 'verdict' | 'reason' | 'reasonPhrase' | 'duplicateOf'>

/** Why a row will not be messaged, in the window's language. */
export function reasonText(row: ReasonRow, say: Say, t: Translate): string {
  if (row.reasonPhrase) return say(row.reasonPhrase, row.reason ?? '')
  // A list saved before Herald kept its reasons as phrases: its verdict says as much, in any language
  if (row.verdict === 'opted_out') return t('importing.verdict.optedOut')
  if (row.verdict === 'duplicate' && row.duplicateOf !== null)
    return t('importing.verdict.duplicateOf', { row: row.duplicateOf })
  if (row.reason) return row.reason
  if (row.duplicateOf !== null) return t('contacts.phone.duplicateOf', { row: row.duplicateOf })
  return ''
}
