// The languages Herald speaks. English is the source: every other catalogue has exactly its keys.
// src-shared/i18n/messages/<locale>/<area>.json holds the words of one area of the app in one language, as
// ICU messages ({count, plural, one {# message} other {# messages}}); GLOSSARY.md beside them keeps the
// words each language uses for WhatsApp, campaign, opt-out, dry run…

export const locales = ['en', 'es', 'pt-BR', 'fr', 'id', 'hi', 'ar'] as const
export type Locale = (typeof locales)[number]

/** `app.language`: the computer's (or browser's) language when Herald speaks it, else English; or one. */
export const languageChoices = ['system', ...locales] as const
export type LanguageChoice = (typeof languageChoices)[number]

/** Each language in its own words, as a language menu shows them. */
export const localeNames: Record<Locale, string> = {
  en: 'English',
  es: 'Español',
  'pt-BR': 'Português (Brasil)',
  fr: 'Français',
  id: 'Bahasa Indonesia',
  hi: 'हिन्दी',
  ar: 'العربية',
}

export const isRightToLeft = (locale: Locale): boolean => locale === 'ar'

/**
 * The first of the computer's preferred languages Herald speaks: an exact match ("pt-BR"), else the
 * language alone ("es-MX" → es, "pt-PT" → pt-BR, the Portuguese Herald has); English when none.
 */
export function matchLocale(preferred: readonly string[]): Locale {
  for (const tag of preferred) {
    const exact = locales.find((l) => l.toLowerCase() === tag.toLowerCase())
    if (exact) return exact
    const language = tag.toLowerCase().split('-')[0]
    const near = locales.find((l) => l.toLowerCase().split('-')[0] === language)
    if (near) return near
  }
  return 'en'
}

/** The language to show for the setting: `system` follows the computer's preferred languages. */
export function resolveLocale(choice: LanguageChoice, preferred: readonly string[]): Locale {
  return choice === 'system' ? matchLocale(preferred) : choice
}
