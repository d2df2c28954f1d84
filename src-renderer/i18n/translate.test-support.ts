import { createIntl } from '@formatjs/intl'
import type { Locale } from '../../src-shared/i18n/locales'
import { messagesFor } from './catalogues'
import type { Translate } from './use-t'

/** The `t` a screen gets, outside React: for tests of functions that word things (labels, sentences). */
export function translator(locale: Locale = 'en'): Translate {
  const intl = createIntl({ locale, defaultLocale: 'en', messages: messagesFor(locale) })
  return (key, values) => intl.formatMessage({ id: key }, values)
}
