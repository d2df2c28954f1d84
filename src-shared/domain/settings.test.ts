import { describe, expect, it } from 'vitest'
import { countryFromLocale, listCountries } from './countries'
import { pacingPresets } from './pacing'
import {
  applySettingsPatch,
  settingDefaults,
  settingDefs,
  settingFromText,
  validateSettings,
} from './settings'

describe('validateSettings', () => {
  it('takes 00:00 or 24:00 as the end of the sending window: midnight, so 00:00 to 00:00 is any hour', () => {
    const window = (start: string, end: string): unknown =>
      validateSettings({ ...settingDefaults, 'pacing.windowStart': start, 'pacing.windowEnd': end })[
        'pacing.windowEnd'
      ]
    expect(window('09:00', '00:00')).toBeUndefined()
    expect(window('00:00', '00:00')).toBeUndefined()
    expect(window('00:00', '24:00')).toBeUndefined()
    expect(window('09:00', '08:00')).toMatch(/must end after it starts/)
    expect(window('09:00', '24:30')).toMatch(/24-hour clock/)
  })

  it('accepts the defaults', () => {
    expect(validateSettings(settingDefaults)).toEqual({})
  })

  it('names the field and says what to enter', () => {
    const errors = validateSettings({ ...settingDefaults, 'pacing.minDelaySeconds': 2, defaultCountry: 'XX' })
    expect(errors['pacing.minDelaySeconds']).toMatch(/at least 5/)
    expect(errors.defaultCountry).toMatch(/Choose a country/)
  })

  it('refuses text where a number belongs and a time that is not a time', () => {
    const errors = validateSettings({
      ...settingDefaults,
      'pacing.dailyCap': 'lots',
      'pacing.windowStart': '9am',
    })
    expect(errors['pacing.dailyCap']).toMatch(/whole number/)
    expect(errors['pacing.windowStart']).toMatch(/09:00/)
  })

  it('checks the rules between fields', () => {
    const errors = validateSettings({
      ...settingDefaults,
      'pacing.minDelaySeconds': 60,
      'pacing.maxDelaySeconds': 30,
      'pacing.hourlyCap': 100,
      'pacing.windowStart': '20:00',
      'pacing.windowEnd': '09:00',
    })
    expect(Object.keys(errors).sort()).toEqual([
      'pacing.hourlyCap',
      'pacing.maxDelaySeconds',
      'pacing.windowEnd',
    ])
  })

  it('checks a rule between two fields while an unrelated field is still being typed', () => {
    const errors = validateSettings({
      ...settingDefaults,
      defaultCountry: '',
      'pacing.minDelaySeconds': 60,
      'pacing.maxDelaySeconds': 30,
    })
    expect(errors['pacing.maxDelaySeconds']).toMatch(/at least the shortest/)
    const typing = validateSettings({
      ...settingDefaults,
      'pacing.minDelaySeconds': '',
      'pacing.maxDelaySeconds': 30,
    })
    expect(typing['pacing.maxDelaySeconds']).toBeUndefined()
  })
})

describe('applySettingsPatch', () => {
  it('fills in the numbers of a chosen preset', () => {
    const next = applySettingsPatch(settingDefaults, { 'pacing.preset': 'normal' })
    expect(next['pacing.preset']).toBe('normal')
    expect(next['pacing.dailyCap']).toBe(pacingPresets.normal.values.dailyCap)
    expect(next['pacing.minDelaySeconds']).toBe(pacingPresets.normal.values.minDelaySeconds)
  })

  it('turns a preset into custom when a number changes, and back when the numbers match again', () => {
    const custom = applySettingsPatch(settingDefaults, { 'pacing.dailyCap': 70 })
    expect(custom['pacing.preset']).toBe('custom')
    const safe = applySettingsPatch(custom, { 'pacing.dailyCap': pacingPresets.safe.values.dailyCap })
    expect(safe['pacing.preset']).toBe('safe')
  })

  it('keeps the defaults conservative: the safe preset, at least 40 s apart, 50 a day', () => {
    expect(settingDefaults['pacing.preset']).toBe('safe')
    expect(settingDefaults['pacing.minDelaySeconds']).toBeGreaterThanOrEqual(20)
    expect(settingDefaults['pacing.dailyCap']).toBeLessThanOrEqual(80)
    expect(applySettingsPatch(settingDefaults, {})).toEqual(settingDefaults)
  })
})

describe('WhatsApp and auto-resume settings', () => {
  it('finds the browser by itself, keeps a local copy of WhatsApp Web and never resumes on its own', () => {
    expect(settingDefaults['whatsapp.browserPath']).toBe('')
    expect(settingDefaults['whatsapp.webVersionCache']).toBe('local')
    expect(settingDefaults['campaign.autoResume']).toBe('no')
  })

  it('offers each choice with words a person reads, the default among them', () => {
    const cache = settingDefs['whatsapp.webVersionCache']
    expect(cache.options.map((o) => o.value)).toEqual(['local', 'none'])
    expect(cache.options[0]?.label).toMatch(/recommended/)
    expect(settingDefs['campaign.autoResume'].options.map((o) => o.value)).toContain('no')
  })

  it('refuses an unknown choice, an address that is not one and an endless browser path', () => {
    const errors = validateSettings({
      ...settingDefaults,
      'whatsapp.webVersionCache': 'cloud',
      'whatsapp.browserPath': 'C:\\'.repeat(600),
      'campaign.autoResume': 'maybe',
    })
    expect(errors['whatsapp.webVersionCache']).toMatch(/local or none/)
    expect(errors['whatsapp.browserPath']).toMatch(/too long/)
    expect(errors['campaign.autoResume']).toMatch(/yes or no/)
  })

  it('accepts any browser path that is not too long: whether it exists is checked when connecting', () => {
    expect(validateSettings({ ...settingDefaults, 'whatsapp.browserPath': '/nowhere/chrome' })).toEqual({})
    expect(settingFromText('whatsapp.webVersionCache', ' none ')).toBe('none')
  })
})

describe('countries', () => {
  it('reads the country of a locale', () => {
    expect(countryFromLocale('en-GB')).toBe('GB')
    expect(countryFromLocale('pt_BR')).toBe('BR')
    expect(countryFromLocale('es-419')).toBeNull()
    expect(countryFromLocale('en')).toBeNull()
    expect(countryFromLocale(undefined)).toBeNull()
  })

  it('lists countries by name with their calling code', () => {
    const countries = listCountries('en')
    expect(countries.find((c) => c.code === 'GB')).toEqual({
      code: 'GB',
      name: 'United Kingdom',
      callingCode: '44',
    })
    expect(countries.length).toBeGreaterThan(200)
  })
})

describe('settingDefs', () => {
  // A caller of settings:update cannot store (or make Herald analyse) a value of any size.
  it.each(Object.keys(settingDefs))('refuses an oversized %s', (key) => {
    const schema = settingDefs[key as keyof typeof settingDefs].schema
    expect(schema.safeParse('a'.repeat(100_000)).success).toBe(false)
    expect(schema.safeParse(`STOP, ${'a, '.repeat(50_000)}`).success).toBe(false)
  })
})
