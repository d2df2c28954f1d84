import {
  applySettingsPatch,
  settingFromText,
  settingKeys,
  SettingsSchema,
} from '../../../src-shared/domain/settings'
import type { SettingKey, Settings, SettingsPatch } from '../../../src-shared/domain/settings'

/** The form holds what the user typed, as text, until it is valid enough to save. */
export type FormText = Record<SettingKey, string>
export type Candidate = Record<SettingKey, unknown>

export const pacingNumberKeys = [
  'pacing.minDelaySeconds',
  'pacing.maxDelaySeconds',
  'pacing.batchSize',
  'pacing.batchPauseMinutes',
  'pacing.hourlyCap',
  'pacing.dailyCap',
] as const satisfies readonly SettingKey[]

export type PacingNumberKey = (typeof pacingNumberKeys)[number]

export function toText(settings: Settings): FormText {
  return Object.fromEntries(settingKeys.map((key) => [key, String(settings[key])])) as FormText
}

export function toCandidate(text: FormText): Candidate {
  return Object.fromEntries(settingKeys.map((key) => [key, settingFromText(key, text[key])])) as Candidate
}

// applySettingsPatch only copies and compares values, so a number the user is still typing passes through
// unchanged and simply matches no preset; that is why the half-typed candidate may stand in for Settings.
function applyToCandidate(text: FormText, patch: SettingsPatch): Settings {
  return applySettingsPatch(toCandidate(text) as Settings, patch)
}

/** A new preset fills in its numbers; 'custom' keeps the numbers as they are. */
export function choosePreset(text: FormText, preset: Settings['pacing.preset']): FormText {
  const next = toText(applyToCandidate(text, { 'pacing.preset': preset }))
  const numbers = Object.fromEntries(pacingNumberKeys.map((key) => [key, next[key]]))
  return { ...text, ...numbers, 'pacing.preset': next['pacing.preset'] }
}

/** Typing a number keeps the user's text and switches the preset to whichever one the numbers match. */
export function editText(text: FormText, key: SettingKey, value: string): FormText {
  if (key === 'pacing.preset') return choosePreset(text, value as Settings['pacing.preset'])
  const next = { ...text, [key]: value }
  if (!(pacingNumberKeys as readonly SettingKey[]).includes(key)) return next
  return { ...next, 'pacing.preset': applyToCandidate(next, {})['pacing.preset'] }
}

/** Only the fields that differ from what is saved, so settings changed elsewhere still show through. */
export function editsFrom(text: FormText, saved: FormText): Partial<FormText> {
  return Object.fromEntries(
    settingKeys.filter((key) => text[key] !== saved[key]).map((key) => [key, text[key]]),
  )
}

export function changedKeys(candidate: Candidate, saved: Settings): SettingKey[] {
  return settingKeys.filter((key) => candidate[key] !== saved[key])
}

/** The changed values, typed, or null while any field is not valid yet. */
export function patchToSave(candidate: Candidate, saved: Settings): SettingsPatch | null {
  const parsed = SettingsSchema.safeParse(candidate)
  if (!parsed.success) return null
  const valid = parsed.data
  return Object.fromEntries(changedKeys(candidate, saved).map((key) => [key, valid[key]]))
}
