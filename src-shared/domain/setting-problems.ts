import { languageChoices } from '../i18n/locales'
import { phrase } from '../i18n/phrase'
import type { Phrase } from '../i18n/phrase'
import { settingDefs } from './settings'
import type { FieldErrors, SettingKey } from './settings'
import { timeZoneProblemPhrase } from './time-zone-overrides'

// What validateSettings (settings.ts) says of a field, as a phrase the window words in its language: read
// from the field and the rule its value broke, never from the English. system.json holds the words; a test
// checks that each says in English exactly what the schema says.

type Issue = { code: string; minimum?: unknown; maximum?: unknown }

/**
 * Each setting's name as the Settings screen shows it (settings.json; the language's own section for the
 * language), for a refusal that names the setting in the window's language.
 */
export const settingLabels: Readonly<Record<SettingKey, Phrase>> = {
  'app.language': phrase('language.title'),
  defaultCountry: phrase('settings.field.defaultCountry.label'),
  'pacing.preset': phrase('settings.field.pacing.preset.label'),
  'pacing.minDelaySeconds': phrase('settings.field.pacing.minDelaySeconds.label'),
  'pacing.maxDelaySeconds': phrase('settings.field.pacing.maxDelaySeconds.label'),
  'pacing.batchSize': phrase('settings.field.pacing.batchSize.label'),
  'pacing.batchPauseMinutes': phrase('settings.field.pacing.batchPauseMinutes.label'),
  'pacing.hourlyCap': phrase('settings.field.pacing.hourlyCap.label'),
  'pacing.dailyCap': phrase('settings.field.pacing.dailyCap.label'),
  'pacing.windowStart': phrase('settings.field.pacing.windowStart.label'),
  'pacing.windowEnd': phrase('settings.field.pacing.windowEnd.label'),
  'campaign.optOutKeywords': phrase('settings.field.campaign.optOutKeywords.label'),
  'campaign.complaintWords': phrase('settings.field.campaign.complaintWords.label'),
  'campaign.timeZones': phrase('settings.field.campaign.timeZones.label'),
  'campaign.autoResume': phrase('settings.field.campaign.autoResume.label'),
  'campaign.skipRecentDays': phrase('settings.field.campaign.skipRecentDays.label'),
  'whatsapp.establishedNumber': phrase('settings.field.whatsapp.establishedNumber.label'),
  'whatsapp.disconnectIdle': phrase('settings.field.whatsapp.disconnectIdle.label'),
  'inbox.showRehearsal': phrase('settings.field.inbox.showRehearsal.label'),
  'inbox.notify': phrase('settings.field.inbox.notify.label'),
  'inbox.leadWords': phrase('settings.field.inbox.leadWords.label'),
  'whatsapp.browserPath': phrase('settings.field.whatsapp.browserPath.label'),
  'whatsapp.webVersionCache': phrase('settings.field.whatsapp.webVersionCache.label'),
}

/** The number settings: each says what it is when it is not a whole number, and why its minimum. */
const numbers: Partial<Record<SettingKey, { wholeNumber: Phrase; tooSmall: (min: number) => Phrase }>> = {
  'pacing.minDelaySeconds': {
    wholeNumber: phrase('system.settings.problem.wholeNumber.pacing.minDelaySeconds'),
    tooSmall: (min) => phrase('system.settings.problem.tooSmall.pacing.minDelaySeconds', { min }),
  },
  'pacing.maxDelaySeconds': {
    wholeNumber: phrase('system.settings.problem.wholeNumber.pacing.maxDelaySeconds'),
    tooSmall: (min) => phrase('system.settings.problem.tooSmall.pacing.maxDelaySeconds', { min }),
  },
  'pacing.batchSize': {
    wholeNumber: phrase('system.settings.problem.wholeNumber.pacing.batchSize'),
    tooSmall: (min) => phrase('system.settings.problem.tooSmall.pacing.batchSize', { min }),
  },
  'pacing.batchPauseMinutes': {
    wholeNumber: phrase('system.settings.problem.wholeNumber.pacing.batchPauseMinutes'),
    tooSmall: (min) => phrase('system.settings.problem.tooSmall.pacing.batchPauseMinutes', { min }),
  },
  'pacing.hourlyCap': {
    wholeNumber: phrase('system.settings.problem.wholeNumber.pacing.hourlyCap'),
    tooSmall: (min) => phrase('system.settings.problem.tooSmall.pacing.hourlyCap', { min }),
  },
  'pacing.dailyCap': {
    wholeNumber: phrase('system.settings.problem.wholeNumber.pacing.dailyCap'),
    tooSmall: (min) => phrase('system.settings.problem.tooSmall.pacing.dailyCap', { min }),
  },
  'campaign.skipRecentDays': {
    wholeNumber: phrase('system.settings.problem.wholeNumber.campaign.skipRecentDays'),
    tooSmall: (min) => phrase('system.settings.problem.tooSmall.campaign.skipRecentDays', { min }),
  },
}

const chooseYesOrNo = phrase('system.settings.problem.yesOrNo')

/** What a value of the wrong kind (or one not among the choices) is told, for the other settings. */
const enter: Partial<Record<SettingKey, Phrase>> = {
  'app.language': phrase('system.settings.problem.language', { choices: languageChoices.join(', ') }),
  defaultCountry: phrase('system.settings.problem.country.missing'),
  'pacing.preset': phrase('system.settings.problem.preset'),
  'pacing.windowStart': phrase('system.settings.problem.time.start.missing'),
  'pacing.windowEnd': phrase('system.settings.problem.time.end.missing'),
  'campaign.optOutKeywords': phrase('system.settings.problem.words'),
  'campaign.complaintWords': phrase('system.settings.problem.wordsOrEmpty'),
  'campaign.timeZones': phrase('system.settings.problem.timeZones.missing'),
  'campaign.autoResume': chooseYesOrNo,
  'whatsapp.establishedNumber': chooseYesOrNo,
  'whatsapp.disconnectIdle': chooseYesOrNo,
  'inbox.showRehearsal': chooseYesOrNo,
  'inbox.notify': phrase('system.settings.problem.notify'),
  'inbox.leadWords': phrase('system.settings.problem.words'),
  'whatsapp.browserPath': phrase('system.settings.problem.browserPath'),
  'whatsapp.webVersionCache': phrase('system.settings.problem.webVersion'),
}

/** The field each rule between two fields reports on (settings.ts crossRules), with its words. */
const crossRules: Partial<Record<SettingKey, Phrase>> = {
  'pacing.maxDelaySeconds': phrase('system.settings.problem.cross.delay'),
  'pacing.hourlyCap': phrase('system.settings.problem.cross.caps'),
  'pacing.windowEnd': phrase('system.settings.problem.cross.window'),
}

const notValid = phrase('system.settings.problem.notValid')

function customProblem(key: SettingKey, value: unknown): Phrase {
  if (key === 'defaultCountry') return phrase('system.settings.problem.country.unknown')
  if (key === 'campaign.optOutKeywords') return phrase('system.settings.problem.optOutEmpty')
  if (key === 'campaign.timeZones') return timeZoneProblemPhrase(String(value)) ?? notValid
  return notValid
}

/** What is wrong with `value` for the setting `key`, once validateSettings has found it wrong. */
export function settingProblem(key: SettingKey, value: unknown): Phrase {
  const parsed = settingDefs[key].schema.safeParse(value)
  if (parsed.success) return crossRules[key] ?? notValid
  const issue = parsed.error.issues[0] as Issue | undefined
  const number = numbers[key]
  switch (issue?.code) {
    case 'invalid_type':
      return number?.wholeNumber ?? enter[key] ?? notValid
    case 'invalid_value':
      return enter[key] ?? notValid
    case 'too_small':
      return number ? number.tooSmall(Number(issue.minimum)) : notValid
    case 'too_big': {
      const max = Number(issue.maximum)
      if (number) return phrase('system.settings.problem.tooBig', { max })
      if (key === 'whatsapp.browserPath') return phrase('system.settings.problem.pathTooLong', { max })
      return phrase('system.settings.problem.listTooLong', { max })
    }
    case 'invalid_format':
      if (key === 'pacing.windowStart') return phrase('system.settings.problem.time.start.format')
      if (key === 'pacing.windowEnd') return phrase('system.settings.problem.time.end.format')
      return notValid
    case 'custom':
      return customProblem(key, value)
    default:
      return notValid
  }
}

/** Each field validateSettings found wrong, with what is wrong as a phrase. */
export function settingProblems(
  candidate: Record<SettingKey, unknown>,
  errors: FieldErrors,
): Partial<Record<SettingKey, Phrase>> {
  return Object.fromEntries(
    Object.keys(errors).map((key) => [key, settingProblem(key as SettingKey, candidate[key as SettingKey])]),
  )
}
