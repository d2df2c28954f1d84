import type { VerdictCounts } from '../../../src-shared/domain/contacts'
import type { Locale } from '../../../src-shared/i18n/locales'
import type { Translate } from '../../i18n/use-t'

/** "123 valid contacts will be saved; 4 invalid, 2 duplicates and 1 opted out are kept for reference…" */
export function saveSummary(counts: VerdictCounts, t: Translate, locale: Locale = 'en'): string {
  const valid = counts.valid
  const kept = [
    counts.invalid ? t('contacts.save.keptInvalid', { count: counts.invalid }) : '',
    counts.duplicate ? t('contacts.save.keptDuplicate', { count: counts.duplicate }) : '',
    counts.opted_out ? t('contacts.save.keptOptedOut', { count: counts.opted_out }) : '',
  ].filter(Boolean)
  if (kept.length === 0) return t('contacts.save.summaryAll', { valid })
  // "4 invalid, 2 duplicates and 1 opted out", joined as the language joins a list (British English for ours).
  const list = new Intl.ListFormat(locale === 'en' ? 'en-GB' : locale, { type: 'conjunction' })
  const keptCount = counts.invalid + counts.duplicate + counts.opted_out
  return t('contacts.save.summaryKept', { valid, kept: list.format(kept), keptCount })
}
