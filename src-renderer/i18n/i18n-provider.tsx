import { useEffect, useLayoutEffect, useMemo, useSyncExternalStore } from 'react'
import type { ReactElement, ReactNode } from 'react'
import { IntlProvider } from 'react-intl'
import type { LanguageChoice, Locale } from '../../src-shared/i18n/locales'
import { isRightToLeft, locales, resolveLocale } from '../../src-shared/i18n/locales'
import { setFormatLocale } from '../lib/format'
import { reportError } from '../lib/report-error'
import { useStore } from '../state/store'
import { messagesFor } from './catalogues'
import { setPhraseLocale } from './phrases'

function browserLanguages(): readonly string[] {
  return typeof navigator === 'undefined' ? [] : navigator.languages
}

// The language a printed report asked for (`?lang=es` on its route, set by the main process when the PDF is
// printed in a language other than the window's): the page sets it while it shows (usePrintLanguage).
let printed: Locale | null = null
const printedListeners = new Set<() => void>()

function subscribePrinted(listener: () => void): () => void {
  printedListeners.add(listener)
  return () => void printedListeners.delete(listener)
}

function setPrinted(language: Locale | null): void {
  printed = language
  for (const listener of printedListeners) listener()
}

/**
 * A report page asked to print in `asked` (its `lang` query, a locale or nothing): the window speaks that
 * language while the page shows, and its own again when it goes.
 */
export function usePrintLanguage(asked: string | null): void {
  const language = locales.find((locale) => locale === asked) ?? null
  useLayoutEffect(() => {
    if (language === null) return
    setPrinted(language)
    return () => setPrinted(null)
  }, [language])
}

/**
 * The language the window shows: Settings' `app.language`, `system` meaning the browser's own; a report
 * page printed in a chosen language shows that one.
 */
export function useLocale(): Locale {
  const choice = useStore((state): LanguageChoice => state.settings?.['app.language'] ?? 'system')
  const printedLanguage = useSyncExternalStore(subscribePrinted, () => printed)
  return printedLanguage ?? resolveLocale(choice, browserLanguages())
}

/**
 * Herald's words in the chosen language, applied at once when the setting changes: the document's
 * language and direction (Arabic right to left), the formatters of lib/format.ts, and every message.
 */
export function I18nProvider({ children }: { children: ReactNode }): ReactElement | null {
  const locale = useLocale()
  const status = useStore((state) => state.settingsStatus)
  const load = useStore((state) => state.loadSettings)
  useEffect(() => {
    if (status === 'idle') void load()
  }, [status, load])
  const messages = useMemo(() => messagesFor(locale), [locale])
  // Before the children render: their figures and dates are formatted for this language
  setFormatLocale(locale)
  setPhraseLocale(locale)
  useLayoutEffect(() => {
    document.documentElement.lang = locale
    document.documentElement.dir = isRightToLeft(locale) ? 'rtl' : 'ltr'
  }, [locale])
  // Nothing until the setting is known, rather than a flash of another language
  if (status === 'idle' || status === 'loading') return null
  return (
    <IntlProvider locale={locale} defaultLocale="en" messages={messages} onError={reportMissing}>
      {children}
    </IntlProvider>
  )
}

// A key missing from a catalogue reads in English (messagesFor); a message that cannot be formatted is
// logged once. The catalogue checks (catalogues.test.ts) keep both from shipping.
const told = new Set<string>()
function reportMissing(error: { code: string; message: string }): void {
  if (error.code === 'MISSING_TRANSLATION' || told.has(error.message)) return
  told.add(error.message)
  reportError(new Error(error.message), location.hash)
}
