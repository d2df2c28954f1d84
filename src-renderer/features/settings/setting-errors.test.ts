import { describe, expect, it } from 'vitest'
import { settingDefaults, validateSettings } from '../../../src-shared/domain/settings'
import type { SettingKey } from '../../../src-shared/domain/settings'
import type { Locale } from '../../../src-shared/i18n/locales'
import { translator } from '../../i18n/translate.test-support'
import type { Say } from '../../i18n/use-t'
import { settingErrorWords } from './setting-errors'

type Candidate = Record<SettingKey, unknown>

// Each field broken one way the form lets a user type it.
const broken: Partial<Candidate>[] = [
  { 'pacing.minDelaySeconds': 'soon' },
  { 'pacing.batchSize': 2.5 },
  { 'pacing.minDelaySeconds': 1 },
  { 'pacing.batchPauseMinutes': -1 },
  { 'pacing.dailyCap': 99_999 },
  { 'campaign.skipRecentDays': 'a week' },
  { 'pacing.windowStart': '9' },
  { 'pacing.windowEnd': '25:00' },
  { 'campaign.optOutKeywords': ' , ' },
  { 'inbox.leadWords': 'x'.repeat(2001) },
  { 'whatsapp.browserPath': 'x'.repeat(1001) },
  { 'campaign.timeZones': 'XX=America/Chicago' },
  { 'campaign.autoResume': 'maybe' },
  { 'pacing.minDelaySeconds': 60, 'pacing.maxDelaySeconds': 30 },
  { 'pacing.hourlyCap': 100, 'pacing.dailyCap': 50 },
  { 'pacing.windowStart': '20:00', 'pacing.windowEnd': '09:00' },
]

/** What useSay gives a screen, outside React. */
function sayer(locale: Locale): Say {
  const t = translator(locale)
  return (said, english) => (said ? t(said.key, said.params) : english)
}

const errorsOf = (change: Partial<Candidate>, locale: Locale): Record<string, string | undefined> => {
  const candidate = { ...settingDefaults, ...change }
  return settingErrorWords(sayer(locale), candidate, validateSettings(candidate))
}

describe('the problems of the settings form', () => {
  it('read in English exactly as the shared rules word them', () => {
    for (const change of broken) {
      const candidate = { ...settingDefaults, ...change }
      expect(errorsOf(change, 'en')).toEqual(validateSettings(candidate))
    }
  })

  it('are worded in the chosen language, by field and rule', () => {
    expect(errorsOf({ 'pacing.minDelaySeconds': 1 }, 'es')).toEqual({
      'pacing.minDelaySeconds': 'Más rápido que esto parece spam para WhatsApp (al menos 5).',
    })
    expect(errorsOf({ 'pacing.hourlyCap': 100, 'pacing.dailyCap': 50 }, 'es')).toEqual({
      'pacing.hourlyCap': 'El límite por hora no puede ser mayor que el límite diario.',
    })
    expect(errorsOf({ 'inbox.leadWords': 'x'.repeat(2001) }, 'es')['inbox.leadWords']).toBe(
      'Esa lista es demasiado larga; déjala en menos de 2000 caracteres.',
    )
  })

  it('word a time zone typed wrong too, with what was typed', () => {
    expect(errorsOf({ 'campaign.timeZones': 'XX=Foo' }, 'ar')['campaign.timeZones']).toBe(
      '«XX» ليس رمز بلد من حرفين.',
    )
  })
})
