import { app } from 'electron'
import type { SayPhrase } from '../../src-shared/domain/notice-words'
import type { LanguageChoice, Locale } from '../../src-shared/i18n/locales'
import { spokenCatalogues } from '../../src-shared/i18n/spoken-catalogues'
import { sayIn } from '../../src-shared/i18n/wording'
import { settingsLanguage } from '../settings/settings-language'

/** This computer's preferred languages, as its settings list them; Electron's own locale where it has none. */
export function systemLanguages(): readonly string[] {
  const preferred =
    typeof app.getPreferredSystemLanguages === 'function' ? app.getPreferredSystemLanguages() : []
  return preferred.length > 0 ? preferred : [app.getLocale()]
}

/**
 * The language of the desktop's notifications: Settings' `app.language`, `system` meaning this computer's
 * (as the window resolves it with the browser's languages, which Electron takes from the computer's).
 */
export function noticeLanguage(choice: LanguageChoice): Locale {
  return settingsLanguage(choice, systemLanguages)
}

/** A phrase of the main process in `locale`; the English it came with where the catalogues lack its key. */
export const sayingIn =
  (locale: Locale): SayPhrase =>
  (said, english) =>
    said && said.key in spokenCatalogues.en ? sayIn(locale, said) : english
