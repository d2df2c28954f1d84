import { describe, expect, it } from 'vitest'
import { settingDefaults, validateSettings } from './settings'
import { parseTimeZoneOverrides, timeZoneProblem } from './time-zone-overrides'

describe('time zone overrides', () => {
  it('reads COUNTRY=Zone pairs, in any case and spacing', () => {
    expect(parseTimeZoneOverrides(' us = America/Chicago ,BR=America/Manaus')).toEqual({
      US: 'America/Chicago',
      BR: 'America/Manaus',
    })
    expect(parseTimeZoneOverrides('')).toEqual({})
  })

  it('explains an entry that is not a pair, an unknown country or an unknown zone', () => {
    expect(timeZoneProblem('US America/Chicago')).toMatch(/COUNTRY=Time\/Zone/)
    expect(timeZoneProblem('XX=America/Chicago')).toMatch(/"XX" is not a two-letter country code/)
    expect(timeZoneProblem('US=Mars/Olympus')).toMatch(/"Mars\/Olympus" is not a time zone/)
    expect(timeZoneProblem('US=America/Denver, MX=America/Tijuana')).toBeNull()
  })

  it('is checked with the other settings, and so are the opt-out words', () => {
    const errors = validateSettings({
      ...settingDefaults,
      'campaign.timeZones': 'US=Nowhere',
      'campaign.optOutKeywords': ' , ',
    })
    expect(errors['campaign.timeZones']).toMatch(/not a time zone/)
    expect(errors['campaign.optOutKeywords']).toMatch(/at least one word/)
    expect(settingDefaults['campaign.optOutKeywords']).toMatch(/^STOP, UNSUBSCRIBE, .*BAJA/)
  })
})
