import { createIntl } from '@formatjs/intl'
import type { Locale } from '../../src-shared/i18n/locales'
import { messagesFor } from './catalogues'
import { translateWith } from './use-t'
import type { Translate } from './use-t'

/** The `t` a screen gets, outside React: for tests of functions that word things (labels, sentences). */
export function translator(locale: Locale = 'en'): Translate {
  const intl = createIntl({ locale, defaultLocale: 'en', messages: messagesFor(locale) })
  return translateWith(intl)
}
