import { createIntl } from '@formatjs/intl'
import type { IntlShape } from '@formatjs/intl'
import type { Locale } from '../../src-shared/i18n/locales'
import { sayKnown } from '../../src-shared/i18n/phrase'
import type { Phrase } from '../../src-shared/i18n/phrase'
import type { AppFailure } from '../../src-shared/ipc/result'
import { messagesFor } from './catalogues'

// The window's language outside React: the failures Herald answers with are worded as they arrive
// (lib/api.ts), so every screen shows them in the user's language without knowing they were phrases.
let intl: IntlShape | null = null
let intlLocale: Locale | null = null

/** Called by the I18nProvider before anything renders, and again when the language changes. */
export function setPhraseLocale(locale: Locale): void {
  if (locale === intlLocale) return
  intlLocale = locale
  intl = createIntl({ locale, defaultLocale: 'en', messages: messagesFor(locale), onError: () => undefined })
}

/**
 * A phrase of the main process in the window's language, with the phrases inside it; `english` (the words it
 * came with) when the window does not know one of its keys, as an older window talking to a newer Herald
 * would not.
 */
export function sayPhrase(said: Phrase | null | undefined, english: string): string {
  const words = intl
  if (!said || !words) return english
  return (
    sayKnown(
      said,
      (key) => key in words.messages,
      (key, values) => words.formatMessage({ id: key }, values),
    ) ?? english
  )
}

/** A failure with its sentence and per-field messages in the window's language. */
export function wordFailure(failure: AppFailure): AppFailure {
  if (!failure.phrase && !failure.fieldPhrases) return failure
  const fields = failure.fields && {
    ...failure.fields,
    ...Object.fromEntries(
      Object.entries(failure.fieldPhrases ?? {}).map(([field, said]) => [
        field,
        sayPhrase(said, failure.fields?.[field] ?? ''),
      ]),
    ),
  }
  return {
    ...failure,
    message: sayPhrase(failure.phrase, failure.message),
    ...(fields ? { fields } : {}),
  }
}
