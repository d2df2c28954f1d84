import { describe, expect, it } from 'vitest'
import { pacingPresets } from '../../src-shared/domain/pacing'
import { settingDefaults } from '../../src-shared/domain/settings'
import { paceSpec, paceSummary, warmUpCaps } from './pace-presets'

const settings = {
  ...settingDefaults,
  'pacing.preset': 'custom' as const,
  'pacing.minDelaySeconds': 30,
  'pacing.maxDelaySeconds': 30,
  'pacing.batchSize': 12,
  'pacing.batchPauseMinutes': 0,
  'pacing.hourlyCap': 30,
  'pacing.dailyCap': 100,
  'pacing.windowStart': '08:30',
  'pacing.windowEnd': '19:00',
}

describe('paceSpec', () => {
  it('takes a preset’s numbers and the window from Settings', () => {
    expect(paceSpec('normal', settings)).toEqual({
      preset: 'normal',
      ...pacingPresets.normal.values,
      windowStart: '08:30',
      windowEnd: '19:00',
      warmUp: false,
      typingSeconds: 3,
    })
  })

  it('takes the numbers of Settings for custom', () => {
    expect(paceSpec('custom', settings)).toMatchObject({ minDelaySeconds: 30, batchSize: 12, dailyCap: 100 })
  })

  it("never waits for 'none'", () => {
    const spec = paceSpec('none', settings)
    expect(spec).toMatchObject({
      minDelaySeconds: 0,
      maxDelaySeconds: 0,
      batchPauseMinutes: 0,
      typingSeconds: 0,
    })
    expect(spec.hourlyCap).toBeGreaterThan(1e8)
    expect([spec.windowStart, spec.windowEnd]).toEqual(['00:00', '24:00'])
  })
})

describe('paceSummary', () => {
  it('says the pace in one line', () => {
    expect(paceSummary(paceSpec('safe', settingDefaults))).toBe(
      '40–90 s apart, 10 per batch then 15 min pause, at most 20 an hour and 50 a day, 09:00–20:00 their time',
    )
    expect(paceSummary({ ...paceSpec('custom', settings), warmUp: true })).toBe(
      '30 s apart, at most 30 an hour and 100 a day, 08:30–19:00 their time, ' +
        'warming up a new number (lower caps for the first 10 days)',
    )
    expect(paceSummary(paceSpec('none', settings))).toBe('No waiting at all (test runs only)')
  })
})

describe('warmUpCaps', () => {
  it('starts low and grows to the spec caps, never above them', () => {
    const fast = { ...paceSpec('fast', settings), warmUp: true }
    const days = [1, 2, 3, 5, 6, 10, 11, 40].map((day) => warmUpCaps(fast, day))
    expect(days).toEqual([
      { hourlyCap: 20, dailyCap: 50 },
      { hourlyCap: 20, dailyCap: 50 },
      { hourlyCap: 40, dailyCap: 200 },
      { hourlyCap: 40, dailyCap: 200 },
      { hourlyCap: 80, dailyCap: 300 },
      { hourlyCap: 80, dailyCap: 300 },
      { hourlyCap: 80, dailyCap: 300 },
      { hourlyCap: 80, dailyCap: 300 },
    ])
    expect(warmUpCaps({ ...fast, hourlyCap: 10, dailyCap: 30 }, 1)).toEqual({ hourlyCap: 10, dailyCap: 30 })
  })
})
