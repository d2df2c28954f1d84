import { describe, expect, it } from 'vitest'
import type { PacingSpec } from '../../src-shared/domain/campaigns'
import { seededRandom } from '../../src-shared/domain/random'
import { settingDefaults } from '../../src-shared/domain/settings'
import { paceSpec, warmUpCaps } from './pace-presets'
import { estimateFinish, Pacer } from './pacing'
import { localMinutes } from './time-zones'

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR
const start = Date.UTC(2025, 0, 6, 5, 17, 23)

function simulate(spec: PacingSpec, zone: string, count: number, seed = 'sim', from = start): number[] {
  const pacer = new Pacer(spec, seededRandom(seed))
  const times: number[] = []
  let t = from
  for (let i = 0; i < count; i++) {
    t = pacer.nextSendAt(t, zone)
    pacer.recordSend(t)
    times.push(t)
  }
  return times
}

const minutesOf = (clock: string): number => Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3))

/** The most sends in any `span` window, as a user reading the send log would count them. */
function busiest(times: number[], span: number): number {
  let most = 0
  for (let i = 0, j = 0; i < times.length; i++) {
    while (times[i]! - times[j]! >= span) j++
    most = Math.max(most, i - j + 1)
  }
  return most
}

function longestRunWithoutPause(times: number[], pauseMs: number): number {
  let longest = 1
  let run = 1
  for (let i = 1; i < times.length; i++) {
    run = times[i]! - times[i - 1]! >= pauseMs ? 1 : run + 1
    longest = Math.max(longest, run)
  }
  return longest
}

function expectPaced(times: number[], spec: PacingSpec, zone: string): void {
  const gaps = times.slice(1).map((t, i) => t - times[i]!)
  expect(Math.min(...gaps)).toBeGreaterThanOrEqual(spec.minDelaySeconds * 1000)
  expect(busiest(times, HOUR)).toBe(spec.hourlyCap)
  expect(busiest(times, DAY)).toBe(spec.dailyCap)
  const [open, close] = [minutesOf(spec.windowStart), minutesOf(spec.windowEnd)]
  const outside = times.filter((t) => {
    const local = localMinutes(t, zone)
    return open < close ? local < open || local >= close : local < open && local >= close
  })
  expect(outside).toEqual([])
  expect(longestRunWithoutPause(times, spec.batchPauseMinutes * MINUTE)).toBe(spec.batchSize)
}

const settings = { ...settingDefaults, 'pacing.windowStart': '09:00', 'pacing.windowEnd': '20:00' }
const custom: PacingSpec = {
  ...paceSpec('custom', settings),
  minDelaySeconds: 20,
  maxDelaySeconds: 45,
  batchSize: 25,
  batchPauseMinutes: 12,
  hourlyCap: 60,
  dailyCap: 400,
  windowStart: '22:00',
  windowEnd: '06:30',
}

describe('Pacer over 10,000 simulated sends', () => {
  const cases: [string, PacingSpec, string][] = [
    ['safe in New York', paceSpec('safe', settings), 'America/New_York'],
    ['normal in Kolkata', paceSpec('normal', settings), 'Asia/Kolkata'],
    ['fast in Sydney', paceSpec('fast', settings), 'Australia/Sydney'],
    ['custom overnight in Chatham (UTC+12:45)', custom, 'Pacific/Chatham'],
  ]
  it.each(cases)('%s: keeps delays, caps, batches and the window', (_, spec, zone) => {
    const times = simulate(spec, zone, 10_000)
    expect(times).toHaveLength(10_000)
    expectPaced(times, spec, zone)
  })

  it('follows the warm-up schedule for a new number, then the spec caps', () => {
    const spec: PacingSpec = { ...custom, windowStart: '00:00', windowEnd: '24:00', warmUp: true }
    const times = simulate(spec, 'Europe/London', 10_000)
    const first = times[0]!
    for (const [i, t] of times.entries()) {
      const caps = warmUpCaps(spec, Math.floor((t - first) / DAY) + 1)
      const lastHour = times.slice(Math.max(0, i - caps.hourlyCap - 1), i + 1).filter((s) => s > t - HOUR)
      expect(lastHour.length).toBeLessThanOrEqual(caps.hourlyCap)
    }
    const onDay = (day: number): number =>
      times.filter((t) => Math.floor((t - first) / DAY) + 1 === day).length
    expect([1, 2, 3, 6, 11, 12].map(onDay)).toEqual([50, 50, 200, 400, 400, 400])
    expect(
      busiest(
        times.filter((t) => t < first + 2 * DAY),
        HOUR,
      ),
    ).toBe(20)
    expect(busiest(times, HOUR)).toBe(60)
  })

  it("with pace 'none' sends back to back", () => {
    const times = simulate(paceSpec('none', settings), 'Asia/Tokyo', 10_000)
    expect(new Set(times)).toEqual(new Set([start]))
  })
})

describe('Pacer', () => {
  const safe = paceSpec('safe', settings)
  const allDay: PacingSpec = { ...safe, windowStart: '00:00', windowEnd: '24:00' }

  it('answers the same time when asked twice without a send', () => {
    const pacer = new Pacer(safe, seededRandom('twice'))
    pacer.recordSend(Date.UTC(2025, 0, 6, 15))
    const now = Date.UTC(2025, 0, 6, 15, 0, 10)
    expect(pacer.nextSendAt(now, 'America/New_York')).toBe(pacer.nextSendAt(now, 'America/New_York'))
    expect(pacer.nextSendAt(now, 'America/New_York') - Date.UTC(2025, 0, 6, 15)).toBeGreaterThanOrEqual(
      40_000,
    )
  })

  it('waits for the batch pause after a full batch', () => {
    const times = simulate(allDay, 'UTC', 11)
    expect(times[10]! - times[9]!).toBeGreaterThanOrEqual(15 * MINUTE)
    expect(times[9]! - times[8]!).toBeLessThanOrEqual(90_000)
  })

  it('waits for the window to open in the recipient zone, across a daylight-saving change', () => {
    const pacer = new Pacer(safe, seededRandom('window'))
    const lateNight = Date.UTC(2025, 2, 9, 4, 0) // 23:00 on Mar 8 in New York; clocks spring forward at 02:00
    expect(pacer.nextSendAt(lateNight, 'America/New_York')).toBe(Date.UTC(2025, 2, 9, 13, 0))
    expect(pacer.nextSendAt(lateNight, 'Asia/Tokyo')).toBe(lateNight) // 13:00 in Tokyo
    expect(pacer.nextSendAt(Date.UTC(2025, 2, 9, 11, 0), 'Asia/Tokyo')).toBe(Date.UTC(2025, 2, 10, 0, 0))
  })

  it('keeps the caps of sends made before a restart', () => {
    const before = simulate(allDay, 'UTC', 20)
    expect(before.at(-1)! - before[0]!).toBeLessThan(HOUR)
    const resumed = new Pacer(allDay, seededRandom('after'), { sentAt: before })
    const fresh = new Pacer(allDay, seededRandom('after'))
    const now = before.at(-1)! + MINUTE * 20
    expect(fresh.nextSendAt(now, 'UTC')).toBe(now)
    const times = [...before]
    let t = now
    for (let i = 0; i < 500; i++) {
      t = resumed.nextSendAt(t, 'UTC')
      resumed.recordSend(t)
      times.push(t)
    }
    expect(times[20]! - before[0]!).toBeGreaterThanOrEqual(HOUR)
    expect(busiest(times, HOUR)).toBe(20)
    expect(busiest(times, DAY)).toBe(50)
  })

  it('finishes a batch begun before a restart', () => {
    const before = simulate(allDay, 'UTC', 7)
    const resumed = new Pacer(allDay, seededRandom('batch'), { sentAt: before })
    let t = before.at(-1)!
    const after: number[] = []
    for (let i = 0; i < 4; i++) {
      t = resumed.nextSendAt(t, 'UTC')
      resumed.recordSend(t)
      after.push(t)
    }
    expect(after[2]! - after[1]!).toBeLessThan(15 * MINUTE)
    expect(after[3]! - after[2]!).toBeGreaterThanOrEqual(15 * MINUTE)
  })

  it('is deterministic with a seeded random', () => {
    expect(simulate(safe, 'Europe/Lisbon', 300, 'a')).toEqual(simulate(safe, 'Europe/Lisbon', 300, 'a'))
    expect(simulate(safe, 'Europe/Lisbon', 300, 'a')).not.toEqual(simulate(safe, 'Europe/Lisbon', 300, 'b'))
  })

  it('refuses a window that is not a time', () => {
    expect(() => new Pacer({ ...safe, windowEnd: '8pm' }, Math.random)).toThrow(/not a time like 09:00/)
  })
})

describe('estimateFinish', () => {
  const safe = paceSpec('safe', settings)
  const monday9 = Date.UTC(2025, 0, 6, 9, 0)

  it('spreads a big list over days at the daily cap', () => {
    const finish = estimateFinish(safe, 120, monday9, 'UTC', seededRandom('eta'))
    expect(finish).toBeGreaterThan(monday9 + 2 * DAY)
    expect(finish).toBeLessThan(monday9 + 2 * DAY + 11 * HOUR)
    expect(estimateFinish(safe, 0, monday9, 'UTC', seededRandom('eta'))).toBe(monday9)
    expect(estimateFinish(paceSpec('none', settings), 5_000, monday9, 'UTC', Math.random)).toBe(monday9)
  })

  it('extrapolates past 100,000 messages', () => {
    const spec: PacingSpec = { ...safe, windowStart: '00:00', windowEnd: '24:00', typingSeconds: 0 }
    const finish = estimateFinish(spec, 200_000, monday9, 'UTC', seededRandom('big'))
    expect((finish - monday9) / DAY).toBeGreaterThan(3_990)
    expect((finish - monday9) / DAY).toBeLessThan(4_010)
  })
})
