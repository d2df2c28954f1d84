import { createIntl } from '@formatjs/intl'
import type { IntlShape } from '@formatjs/intl'
import type { Locale } from './locales'
import { flatParams } from './phrase'
import type { Phrase, PhraseParams } from './phrase'
import { spokenCatalogues } from './spoken-catalogues'

const intls = new Map<Locale, IntlShape>()

function intlFor(locale: Locale): IntlShape {
  let intl = intls.get(locale)
  if (!intl) {
    const messages =
      locale === 'en' ? spokenCatalogues.en : { ...spokenCatalogues.en, ...spokenCatalogues[locale] }
    // A key that is missing reads as its key; the catalogue checks keep that from shipping
    intl = createIntl({ locale, defaultLocale: 'en', messages, onError: () => undefined })
    intls.set(locale, intl)
  }
  return intl
}

/**
 * A message of the main process's areas in `locale`: report headers, notifications, the PDF report. A phrase
 * among `params` is worded in the same language first.
 */
export function wordIn(locale: Locale, key: string, params?: PhraseParams): string {
  const values = flatParams(params, (inner) => sayIn(locale, inner))
  return intlFor(locale).formatMessage({ id: key }, values)
}

/** A phrase in `locale`. */
export function sayIn(locale: Locale, said: Phrase): string {
  return wordIn(locale, said.key, said.params)
}

/** A phrase in English: what the CLI prints, the log keeps, and an older window shows. */
export function english(said: Phrase): string {
  return sayIn('en', said)
}
