import type { LanguageChoice, Locale } from '../../src-shared/i18n/locales'
import { resolveLocale } from '../../src-shared/i18n/locales'

/** "es_MX.UTF-8" (a POSIX locale) as "es-MX"; nothing for the "C" and "POSIX" locales, which name no language. */
function posixTag(value: string | undefined): string | null {
  const tag = value?.split(/[.@]/)[0]?.replace(/_/g, '-') ?? ''
  return tag === '' || tag === 'C' || tag === 'POSIX' ? null : tag
}

/**
 * This computer's languages as a process without Electron finds them (the browser host, the CLI): the
 * terminal's locale (LC_ALL, LC_MESSAGES, LANG), then the one Node's Intl was started with.
 */
export function machineLanguages(
  env: NodeJS.ProcessEnv = process.env,
  intlLocale: string = Intl.DateTimeFormat().resolvedOptions().locale,
): string[] {
  const posix = posixTag(env.LC_ALL || env.LC_MESSAGES || env.LANG)
  return posix ? [posix, intlLocale] : [intlLocale]
}

/**
 * The language of what the main process writes for the user (scheduled report files, a retry's names, the
 * desktop's dialogs): Settings' `app.language`, `system` meaning the first of the computer's languages
 * Herald speaks. Electron passes the computer's own list (notice-language.ts); elsewhere `machineLanguages`.
 */
export function settingsLanguage(
  choice: LanguageChoice,
  systemLanguages: () => readonly string[] = machineLanguages,
): Locale {
  return resolveLocale(choice, choice === 'system' ? systemLanguages() : [])
}
