import { describe, expect, it } from 'vitest'
import { translator } from '../../i18n/translate.test-support'
import { waitingLine } from './live-waiting-words'

const now = Date.parse('2026-03-02T10:00:00Z')
const context = { now, timeZone: 'UTC' }
const at = (minutes: number): string => new Date(now + minutes * 60_000).toISOString()

describe('the waiting line of the live view', () => {
  it('says why the next message waits and when it goes', () => {
    const t = translator('en')
    expect(waitingLine(t, { reason: 'hourly_cap', until: at(30) }, context)).toBe(
      'Hourly limit reached — next at 10:30',
    )
    expect(waitingLine(t, { reason: 'batch_pause', until: at(1) }, { ...context, batchSize: 20 })).toMatch(
      /^Short break after 20 messages — sending again in /,
    )
    expect(waitingLine(t, { reason: 'daily_cap', until: at(23 * 60) }, context)).toBe(
      'Daily limit reached — next tomorrow 09:00',
    )
  })

  it('names the campaigns sharing the number, in the window’s language', () => {
    const waiting = { reason: 'shared_budget' as const, until: at(30) }
    expect(waitingLine(translator('es'), waiting, { ...context, sharing: ['Rebajas'] })).toBe(
      'Comparte este número con «Rebajas»: siguiente a las 10:30',
    )
  })
})
