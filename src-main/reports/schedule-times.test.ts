import { describe, expect, it } from 'vitest'
import type { ScheduleTiming } from '../../src-shared/domain/report-schedules'
import { duesBetween, fileStamp, instantOf, localText, nextDue } from './schedule-times'

const daily = (time: string): ScheduleTiming => ({ frequency: 'daily', time, weekday: null, monthDay: null })
const iso = (instant: number): string => new Date(instant).toISOString()
const at = (text: string): number => Date.parse(text)

describe('next run of a schedule, in the wall clock of a zone given to it', () => {
  it('runs daily at its time, today when the time is still to come and tomorrow when it has passed', () => {
    const zone = 'Asia/Kolkata' // +05:30
    expect(iso(nextDue(daily('09:00'), at('2026-03-02T02:00:00Z'), zone))).toBe('2026-03-02T03:30:00.000Z')
    expect(iso(nextDue(daily('09:00'), at('2026-03-02T03:30:00Z'), zone))).toBe('2026-03-03T03:30:00.000Z')
    expect(iso(nextDue(daily('00:00'), at('2026-03-02T20:00:00Z'), zone))).toBe('2026-03-03T18:30:00.000Z')
  })

  it('runs weekly on its weekday, and monthly on its day or the last day of a shorter month', () => {
    const zone = 'Europe/Madrid'
    const monday: ScheduleTiming = { frequency: 'weekly', time: '08:15', weekday: 'mon', monthDay: null }
    // Wednesday 4 March 2026 → Monday 9 March, 08:15 CET
    expect(iso(nextDue(monday, at('2026-03-04T12:00:00Z'), zone))).toBe('2026-03-09T07:15:00.000Z')
    const sunday = { ...monday, weekday: 'sun' as const }
    expect(iso(nextDue(sunday, at('2026-03-04T12:00:00Z'), zone))).toBe('2026-03-08T07:15:00.000Z')

    const day31: ScheduleTiming = { frequency: 'monthly', time: '18:00', weekday: null, monthDay: 31 }
    const runs: string[] = []
    let after = at('2026-01-01T00:00:00Z')
    for (let i = 0; i < 4; i += 1) runs.push(localText(zone, (after = nextDue(day31, after, zone))))
    expect(runs).toEqual(['2026-01-31 18:00', '2026-02-28 18:00', '2026-03-31 18:00', '2026-04-30 18:00'])
    const leap = nextDue(day31, at('2028-02-01T00:00:00Z'), zone)
    expect(localText(zone, leap)).toBe('2028-02-29 18:00')
    const first = { ...day31, monthDay: 1 }
    expect(localText(zone, nextDue(first, at('2026-01-31T17:00:00Z'), zone))).toBe('2026-02-01 18:00')
  })

  it('runs a daily 02:30 once at 03:00 on the night New York springs forward, then at 02:30 again', () => {
    const zone = 'America/New_York' // 8 March 2026: 02:00 EST → 03:00 EDT
    const runs: string[] = []
    let after = at('2026-03-06T12:00:00Z')
    for (let i = 0; i < 4; i += 1) runs.push(iso((after = nextDue(daily('02:30'), after, zone))))
    expect(runs).toEqual([
      '2026-03-07T07:30:00.000Z', // 02:30 EST
      '2026-03-08T07:00:00.000Z', // 03:00 EDT, the first minute after the jump
      '2026-03-09T06:30:00.000Z', // 02:30 EDT
      '2026-03-10T06:30:00.000Z',
    ])
    expect(runs.map((run) => localText(zone, Date.parse(run)))).toEqual([
      '2026-03-07 02:30',
      '2026-03-08 03:00',
      '2026-03-09 02:30',
      '2026-03-10 02:30',
    ])
  })

  it('runs a daily 01:30 once on the night New York falls back, at the first of the two 01:30s', () => {
    const zone = 'America/New_York' // 1 November 2026: 02:00 EDT → 01:00 EST
    const runs: string[] = []
    let after = at('2026-10-31T12:00:00Z')
    for (let i = 0; i < 3; i += 1) runs.push(iso((after = nextDue(daily('01:30'), after, zone))))
    expect(runs).toEqual([
      '2026-11-01T05:30:00.000Z', // 01:30 EDT; the 01:30 EST an hour later does not run
      '2026-11-02T06:30:00.000Z',
      '2026-11-03T06:30:00.000Z',
    ])
    // Counted between two days: once for that night
    expect(duesBetween(daily('01:30'), at('2026-10-31T12:00:00Z'), at('2026-11-01T12:00:00Z'), zone)).toEqual(
      {
        count: 1,
        first: at('2026-11-01T05:30:00Z'),
        last: at('2026-11-01T05:30:00Z'),
      },
    )
  })

  it('does the same in London, whose clocks change at 01:00 UTC on other Sundays', () => {
    const zone = 'Europe/London' // 29 March 2026: 01:00 GMT → 02:00 BST; 25 October: 02:00 BST → 01:00 GMT
    expect(iso(nextDue(daily('01:30'), at('2026-03-28T12:00:00Z'), zone))).toBe('2026-03-29T01:00:00.000Z')
    expect(localText(zone, at('2026-03-29T01:00:00Z'))).toBe('2026-03-29 02:00')
    expect(iso(nextDue(daily('01:30'), at('2026-10-24T12:00:00Z'), zone))).toBe('2026-10-25T00:30:00.000Z')
    expect(iso(nextDue(daily('01:30'), at('2026-10-25T00:30:00Z'), zone))).toBe('2026-10-26T01:30:00.000Z')
    const week = duesBetween(daily('01:30'), at('2026-10-22T12:00:00Z'), at('2026-10-29T12:00:00Z'), zone)
    expect(week.count).toBe(7)
  })

  it('resolves wall times of zones far apart, and stamps file names with the local date and time', () => {
    expect(iso(instantOf('Pacific/Kiritimati', { year: 2026, month: 12, day: 6, hour: 2, minute: 30 }))).toBe(
      '2026-12-05T12:30:00.000Z',
    )
    expect(iso(instantOf('Pacific/Pago_Pago', { year: 2026, month: 12, day: 6, hour: 2, minute: 30 }))).toBe(
      '2026-12-06T13:30:00.000Z',
    )
    expect(fileStamp('Pacific/Kiritimati', at('2026-12-05T12:30:00Z'))).toBe('2026-12-06-0230')
  })
})

describe('times missed', () => {
  it('counts the times missed, and finds the last one even after years', () => {
    const zone = 'Europe/London'
    const week = duesBetween(daily('09:00'), at('2026-03-02T10:00:00Z'), at('2026-03-09T09:00:00Z'), zone)
    expect(week).toEqual({ count: 7, first: at('2026-03-03T09:00:00Z'), last: at('2026-03-09T09:00:00Z') })
    expect(duesBetween(daily('09:00'), at('2026-03-09T09:00:00Z'), at('2026-03-10T08:59:00Z'), zone)).toEqual(
      {
        count: 0,
        first: null,
        last: null,
      },
    )
    const years = duesBetween(daily('09:00'), at('2000-01-01T00:00:00Z'), at('2026-03-05T12:00:00Z'), zone)
    expect(years).toMatchObject({ first: at('2000-01-01T09:00:00Z'), last: at('2026-03-05T09:00:00Z') })
    expect(years.count).toBeGreaterThan(400)
  })
})
