import { settingDefs } from '../../../src-shared/domain/settings'
import type { FieldErrors, SettingKey } from '../../../src-shared/domain/settings'
import type { Translate } from '../../i18n/use-t'

/** The number settings: each says what it is when it is not a whole number, and why its minimum. */
const numberKeys = new Set<SettingKey>([
  'pacing.minDelaySeconds',
  'pacing.maxDelaySeconds',
  'pacing.batchSize',
  'pacing.batchPauseMinutes',
  'pacing.hourlyCap',
  'pacing.dailyCap',
  'campaign.skipRecentDays',
])

/** The field each rule between two fields reports on (settings.ts crossRules), with its words. */
const crossRuleWords: Partial<Record<SettingKey, string>> = {
  'pacing.maxDelaySeconds': 'settings.error.cross.delay',
  'pacing.hourlyCap': 'settings.error.cross.caps',
  'pacing.windowEnd': 'settings.error.cross.window',
}

type Issue = { code: string; minimum?: unknown; maximum?: unknown }

/** The words for one field's first problem, by field and rule; null when no catalogue message fits it. */
function wordsFor(t: Translate, key: SettingKey, value: unknown): string | null {
  const parsed = settingDefs[key].schema.safeParse(value)
  if (parsed.success) return crossRuleWords[key] ? t(crossRuleWords[key]) : null
  const issue = parsed.error.issues[0] as Issue | undefined
  if (!issue) return null
  if (numberKeys.has(key)) {
    if (issue.code === 'invalid_type') return t(`settings.error.wholeNumber.${key}`)
    if (issue.code === 'too_small') return t(`settings.error.tooSmall.${key}`, { min: Number(issue.minimum) })
    if (issue.code === 'too_big') return t('settings.error.tooBig', { max: Number(issue.maximum) })
    return null
  }
  if (issue.code === 'invalid_format' && key === 'pacing.windowStart') return t('settings.error.time.start')
  if (issue.code === 'invalid_format' && key === 'pacing.windowEnd') return t('settings.error.time.end')
  if (issue.code === 'too_big' && key === 'whatsapp.browserPath')
    return t('settings.error.pathTooLong', { max: Number(issue.maximum) })
  if (issue.code === 'too_big') return t('settings.error.listTooLong', { max: Number(issue.maximum) })
  if (issue.code === 'custom' && key === 'campaign.optOutKeywords') return t('settings.error.optOutEmpty')
  return null
}

/**
 * The form's own checks (validateSettings, in English for the command line) in the window's language.
 * A problem no rule here covers (a time zone the user typed wrong, a value the form cannot produce) keeps
 * the English of src-shared/domain/settings.ts, as do the refusals the main process sends.
 */
export function settingErrorWords(
  t: Translate,
  candidate: Record<SettingKey, unknown>,
  errors: FieldErrors,
): FieldErrors {
  return Object.fromEntries(
    Object.entries(errors).map(([key, english]) => [
      key,
      wordsFor(t, key as SettingKey, candidate[key as SettingKey]) ?? english,
    ]),
  )
}
