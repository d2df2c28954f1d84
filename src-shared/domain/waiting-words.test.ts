import { describe, expect, it } from 'vitest'
import type { Waiting } from './campaigns'
import { durationWords, waitingWords } from './waiting-words'

// 23:56 on Saturday 7 March 2026 in London; every time is read in London, whatever the machine's zone.
const now = Date.UTC(2026, 2, 7, 23, 56)
const context = { now, timeZone: 'Europe/London' }
const at = (hours: number, minutes = 0): string =>
  new Date(now + (hours * 60 + minutes) * 60_000).toISOString()
const words = (waiting: Waiting, extra = {}): string => waitingWords(waiting, { ...context, ...extra })

describe('the words for a wait', () => {
  it('says when the sending hours open in the recipients’ time and how long that is', () => {
    const waiting: Waiting = { reason: 'window', until: at(9, 4), opensAt: '09:00', zone: 'Asia/Kolkata' }
    expect(words(waiting)).toBe(
      'Waiting for sending hours — opens 09:00 in the recipients’ time (in 9 h 4 min)',
    )
  })

  it('says each other reason with the time of the next message', () => {
    expect(words({ reason: 'batch_pause', until: at(0, 5) }, { batchSize: 20 })).toBe(
      'Short break after 20 messages — sending again at 00:01',
    )
    expect(words({ reason: 'hourly_cap', until: at(0, 3) })).toBe('Hourly limit reached — next at 23:59')
    expect(words({ reason: 'daily_cap', until: at(9, 4) })).toBe('Daily limit reached — next tomorrow 09:00')
    expect(words({ reason: 'warm_up', until: at(33, 4) }, { warmUpDailyCap: 50 })).toBe(
      'Warming up this number: 50 a day for now — next Mon 09:00',
    )
    expect(words({ reason: 'shared_budget', until: at(0, 1) }, { sharing: ['March'] })).toBe(
      'Sharing this number with “March” — next in 1 min',
    )
    expect(words({ reason: 'pace', until: new Date(now + 25_000).toISOString() })).toBe(
      'Pausing between messages, as a person would — next in 25 s',
    )
  })

  it('counts durations in hours and minutes', () => {
    expect([40_000, 25 * 60_000, 2 * 3_600_000, 9 * 3_600_000 + 4 * 60_000].map(durationWords)).toEqual([
      '40 s',
      '25 min',
      '2 h',
      '9 h 4 min',
    ])
  })
})
