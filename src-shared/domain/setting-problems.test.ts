import { describe, expect, it } from 'vitest'
import { english, sayIn } from '../i18n/wording'
import { settingProblem, settingProblems } from './setting-problems'
import { settingDefaults, settingKeys, validateSettings } from './settings'
import type { SettingKey } from './settings'

type Candidate = Record<SettingKey, unknown>

const numberKeys: SettingKey[] = [
  'pacing.minDelaySeconds',
  'pacing.maxDelaySeconds',
  'pacing.batchSize',
  'pacing.batchPauseMinutes',
  'pacing.hourlyCap',
  'pacing.dailyCap',
  'campaign.skipRecentDays',
]

// Every rule of every setting broken once: a value of the wrong kind, then each of its checks.
const broken: Partial<Candidate>[] = [
  ...settingKeys.map((key) => ({ [key]: { not: 'a value' } })),
  ...numberKeys.flatMap((key) => [{ [key]: 'soon' }, { [key]: 2.5 }, { [key]: -1 }, { [key]: 99_999 }]),
  { 'app.language': 'xx' },
  { defaultCountry: 'ZZ' },
  { 'pacing.preset': 'turbo' },
  { 'pacing.windowStart': '9' },
  { 'pacing.windowEnd': '24:01' },
  { 'campaign.optOutKeywords': ' , ' },
  { 'campaign.optOutKeywords': 'x'.repeat(2001) },
  { 'campaign.complaintWords': 'x'.repeat(2001) },
  { 'inbox.leadWords': 'x'.repeat(2001) },
  { 'whatsapp.browserPath': 'x'.repeat(1001) },
  { 'campaign.timeZones': 'x'.repeat(2001) },
  { 'campaign.timeZones': 'US America/Chicago' },
  { 'campaign.timeZones': 'XX=America/Chicago' },
  { 'campaign.timeZones': 'US=Denver/Mars' },
  { 'campaign.autoResume': 'maybe' },
  { 'inbox.notify': 'sometimes' },
  { 'whatsapp.webVersionCache': 'remote' },
  { 'pacing.minDelaySeconds': 60, 'pacing.maxDelaySeconds': 30 },
  { 'pacing.hourlyCap': 100, 'pacing.dailyCap': 50 },
  { 'pacing.windowStart': '20:00', 'pacing.windowEnd': '09:00' },
]

describe('the problems of the settings as phrases', () => {
  it('say in English exactly what the settings’ own checks say, for every rule', () => {
    for (const change of broken) {
      const candidate = { ...settingDefaults, ...change }
      const errors = validateSettings(candidate)
      expect(Object.keys(errors).length, JSON.stringify(change).slice(0, 80)).toBeGreaterThan(0)
      const worded = Object.fromEntries(
        Object.entries(settingProblems(candidate, errors)).map(([key, said]) => [key, english(said)]),
      )
      expect(worded).toEqual(errors)
    }
  })

  it('are never the catch-all for a problem the form can produce', () => {
    for (const change of broken) {
      const candidate = { ...settingDefaults, ...change }
      for (const key of Object.keys(validateSettings(candidate)) as SettingKey[])
        expect(settingProblem(key, candidate[key]).key).not.toBe('system.settings.problem.notValid')
    }
  })

  it('word each problem in the window’s language, with its values', () => {
    expect(sayIn('es', settingProblem('pacing.dailyCap', 0))).toBe(
      'Permite al menos un mensaje al día (al menos 1).',
    )
    expect(sayIn('fr', settingProblem('campaign.timeZones', 'US=Denver/Mars'))).toBe(
      '« Denver/Mars » n’est pas un fuseau horaire que Herald connaît, par ex. America/Chicago.',
    )
  })
})
