import type { PacingSpec } from '../../src-shared/domain/campaigns'
import { pacingPresets } from '../../src-shared/domain/pacing'
import type { PacingValues } from '../../src-shared/domain/pacing'
import { pacingOf } from '../../src-shared/domain/settings'
import type { Settings } from '../../src-shared/domain/settings'

export type CampaignPace = PacingSpec['preset']

/** Seconds the contact sees "typing…" before each message; a person does not send instantly. */
const defaultTypingSeconds = 3

/** Large enough never to bind, small enough to stay an exact integer in any arithmetic on it. */
const unlimited = 1_000_000_000

const noWaiting: PacingValues = {
  minDelaySeconds: 0,
  maxDelaySeconds: 0,
  batchSize: unlimited,
  batchPauseMinutes: 0,
  hourlyCap: unlimited,
  dailyCap: unlimited,
}

/**
 * The full pacing of a campaign. 'custom' takes the numbers from Settings; safe/normal/fast take the
 * preset's numbers and the sending window from Settings. 'none' never waits: only for dry runs and tests.
 */
export function paceSpec(preset: CampaignPace, settings: Settings): PacingSpec {
  if (preset === 'none') {
    return {
      preset,
      ...noWaiting,
      windowStart: '00:00',
      windowEnd: '24:00',
      warmUp: false,
      typingSeconds: 0,
    }
  }
  const values = preset === 'custom' ? pacingOf(settings) : pacingPresets[preset].values
  return {
    preset,
    ...values,
    windowStart: settings['pacing.windowStart'],
    windowEnd: settings['pacing.windowEnd'],
    warmUp: false,
    typingSeconds: defaultTypingSeconds,
  }
}

/** Caps for a new number, from a commercial sender's published warm-up (REFERENCE.md). */
const warmUpSteps: readonly { untilDay: number; hourlyCap: number; dailyCap: number }[] = [
  { untilDay: 2, hourlyCap: 20, dailyCap: 50 },
  { untilDay: 5, hourlyCap: 40, dailyCap: 200 },
  { untilDay: 10, hourlyCap: 80, dailyCap: 500 },
]

/**
 * The caps on day `dayNumber` (1 = the day of the first send) of the warm-up schedule: never above the
 * spec's own caps, and the spec's caps from day 11. Applies the schedule whatever `spec.warmUp` says;
 * the Pacer only asks when it is on.
 */
export function warmUpCaps(spec: PacingSpec, dayNumber: number): { hourlyCap: number; dailyCap: number } {
  const step = warmUpSteps.find((s) => Math.max(1, dayNumber) <= s.untilDay)
  return {
    hourlyCap: Math.min(spec.hourlyCap, step?.hourlyCap ?? spec.hourlyCap),
    dailyCap: Math.min(spec.dailyCap, step?.dailyCap ?? spec.dailyCap),
  }
}

const wholeDay = (spec: PacingSpec): boolean =>
  spec.windowStart === spec.windowEnd || (spec.windowStart === '00:00' && spec.windowEnd === '24:00')

function delayText(spec: PacingSpec): string {
  const { minDelaySeconds: min, maxDelaySeconds: max } = spec
  if (max <= 0) return 'no wait between messages'
  return min === max ? `${min} s apart` : `${min}–${max} s apart`
}

/**
 * The pace in one line, e.g. "40–90 s apart, 10 per batch then 15 min pause, at most 20 an hour and
 * 50 a day, 09:00–20:00 their time".
 */
export function paceSummary(spec: PacingSpec): string {
  if (spec.preset === 'none') return 'No waiting at all (test runs only)'
  const parts = [delayText(spec)]
  if (spec.batchPauseMinutes > 0 && spec.batchSize < unlimited) {
    parts.push(`${spec.batchSize} per batch then ${spec.batchPauseMinutes} min pause`)
  }
  const hourly = spec.hourlyCap < unlimited ? `${spec.hourlyCap} an hour` : null
  const daily = spec.dailyCap < unlimited ? `${spec.dailyCap} a day` : null
  const caps = [hourly, daily].filter((cap) => cap !== null)
  if (caps.length > 0) parts.push(`at most ${caps.join(' and ')}`)
  parts.push(wholeDay(spec) ? 'any time of day' : `${spec.windowStart}–${spec.windowEnd} their time`)
  if (spec.warmUp) parts.push('warming up a new number (lower caps for the first 10 days)')
  return parts.join(', ')
}
