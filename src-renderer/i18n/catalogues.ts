import type { Locale } from '../../src-shared/i18n/locales'
import { locales } from '../../src-shared/i18n/locales'

export type Catalogue = Record<string, string>

// Every area's words in every language, bundled with the page: a few hundred kilobytes in all, and a
// language change needs no loading.
const files = import.meta.glob<Catalogue>('../../src-shared/i18n/messages/*/*.json', {
  eager: true,
  import: 'default',
})

/** Each language's catalogue: its areas' files merged (each key carries its area, "shell.nav.connect"). */
export const catalogues: Record<Locale, Catalogue> = Object.fromEntries(
  locales.map((locale) => [
    locale,
    Object.assign(
      {},
      ...Object.entries(files)
        .filter(([file]) => file.split('/').at(-2) === locale)
        .map(([, messages]) => messages),
    ) as Catalogue,
  ]),
) as Record<Locale, Catalogue>

/** The catalogue of `locale`, with English under it, so that a word not yet translated still reads. */
export function messagesFor(locale: Locale): Catalogue {
  return locale === 'en' ? catalogues.en : { ...catalogues.en, ...catalogues[locale] }
}

/** Each file's language and area, for the checks of the catalogues. */
export const catalogueFiles = Object.entries(files).map(([file, messages]) => ({
  locale: file.split('/').at(-2) ?? '',
  area: (file.split('/').at(-1) ?? '').replace(/\.json$/, ''),
  messages,
}))
