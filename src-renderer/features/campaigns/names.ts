import type { Translate } from '../../i18n/use-t'

/** “Spring offer”, “Sale”: names in the language's quotation marks, listed. */
export const quoted = (t: Translate, names: readonly string[]): string =>
  names.map((name) => t('campaigns.quoted', { name })).join(t('campaigns.listSeparator'))

/** “A”, “B” and “C”: names in a sentence, as the language lists them. */
export const quotedAnd = (t: Translate, names: readonly string[]): string => {
  const q = names.map((name) => t('campaigns.quoted', { name }))
  return q.length > 1
    ? t('campaigns.listAnd', {
        first: q.slice(0, -1).join(t('campaigns.listSeparator')),
        last: q.at(-1) ?? '',
      })
    : (q[0] ?? '')
}
