import { settingProblem } from '../../../src-shared/domain/setting-problems'
import type { FieldErrors, SettingKey } from '../../../src-shared/domain/settings'
import type { Say } from '../../i18n/use-t'

/**
 * The form's own checks (validateSettings, in English for the command line) in the window's language: each
 * field's problem is the phrase the main process refuses it with too (setting-problems.ts), so the form and
 * a refusal say the same words.
 */
export function settingErrorWords(
  say: Say,
  candidate: Record<SettingKey, unknown>,
  errors: FieldErrors,
): FieldErrors {
  return Object.fromEntries(
    Object.entries(errors).map(([key, english]) => [
      key,
      say(settingProblem(key as SettingKey, candidate[key as SettingKey]), english),
    ]),
  )
}
