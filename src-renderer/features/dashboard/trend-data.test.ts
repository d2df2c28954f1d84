import { describe, expect, it } from 'vitest'
import { fillDays } from './trend-data'

describe('the daily trend', () => {
  it('fills quiet days with zeros between the first and the last active day', () => {
    const day = (date: string, sent: number) => ({ date, sent, delivered: 0, read: 0, replied: 0, failed: 1 })
    const days = fillDays([day('2026-02-27', 5), day('2026-03-02', 7)])
    expect(days.map((d) => d.date)).toEqual(['2026-02-27', '2026-02-28', '2026-03-01', '2026-03-02'])
    expect(days.map((d) => d.sent)).toEqual([5, 0, 0, 7])
    expect(days[1]?.failed).toBe(0)
    expect(fillDays([])).toEqual([])
  })
})
