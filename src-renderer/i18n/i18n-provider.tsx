import { useEffect, useLayoutEffect, useMemo } from 'react'
import type { ReactElement, ReactNode } from 'react'
import { IntlProvider } from 'react-intl'
import type { LanguageChoice, Locale } from '../../src-shared/i18n/locales'
import { isRightToLeft, resolveLocale } from '../../src-shared/i18n/locales'
import { setFormatLocale } from '../lib/format'
import { reportError } from '../lib/report-error'
import { useStore } from '../state/store'
import { messagesFor } from './catalogues'

function browserLanguages(): readonly string[] {
  return typeof navigator === 'undefined' ? [] : navigator.languages
}

/** The language the window shows: Settings' `app.language`, `system` meaning the browser's own. */
export function useLocale(): Locale {
  const choice = useStore((state): LanguageChoice => state.settings?.['app.language'] ?? 'system')
  return resolveLocale(choice, browserLanguages())
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
