import type { PacingSpec, WaitReason } from '../../src-shared/domain/campaigns'
import { warmUpCaps } from './pace-presets'
import { localMinutes } from './time-zones'

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR
const MINUTES_PER_DAY = 24 * 60

/** Minutes since midnight; null means the whole day is open. */
type SendingWindow = { start: number; end: number } | null

function parseClock(text: string): number {
  const match = /^(\d{1,2}):(\d{2})$/.exec(text.trim())
  const minutes = match ? Number(match[1]) * 60 + Number(match[2]) : NaN
  if (!match || Number(match[2]) > 59 || !(minutes <= MINUTES_PER_DAY)) {
    throw new Error(`The sending window time “${text}” is not a time like 09:00.`)
  }
  return minutes
}

/** Equal ends or 00:00–24:00 mean all day; an end before the start wraps past midnight (22:00–06:00). */
function parseWindow(spec: PacingSpec): SendingWindow {
  const start = parseClock(spec.windowStart) % MINUTES_PER_DAY
  const end = parseClock(spec.windowEnd)
  if (start === end % MINUTES_PER_DAY) return null
  return { start, end }
}

function inWindow(window: SendingWindow, minutes: number): boolean {
  if (!window) return true
  const { start, end } = window
  return start < end ? minutes >= start && minutes < end : minutes >= start || minutes < end
}

/** The next instant after `t` at which the recipient's clock reads the window's start. */
function nextOpening(t: number, timeZone: string, start: number): number {
  const minuteStart = t - (((t % MINUTE) + MINUTE) % MINUTE)
  const ahead = (start - localMinutes(t, timeZone) + MINUTES_PER_DAY) % MINUTES_PER_DAY || MINUTES_PER_DAY
  const plain = minuteStart + ahead * MINUTE
  // A daylight-saving change in between moves the wall clock; correct by what the clock then reads.
  let drift = start - localMinutes(plain, timeZone)
  if (drift > MINUTES_PER_DAY / 2) drift -= MINUTES_PER_DAY
  if (drift < -MINUTES_PER_DAY / 2) drift += MINUTES_PER_DAY
  const corrected = plain + drift * MINUTE
  return corrected > t ? corrected : plain
}

export type History = { sentAt: readonly number[]; firstSendAt?: number }

/** When the next message may go and the rule that holds it until then (null: it may go now). */
export type PaceDecision = { at: number; reason: WaitReason | null }

/** A time found by one rule, and that rule. */
type Step = { at: number; reason: WaitReason }

/**
 * Decides when each message may go. Pure: time is passed in as epoch ms, the clock is never read.
 *
 * - A gap drawn once in [minDelay, maxDelay] after the previous send; after `batchSize` sends in a row
 *   the gap is at least `batchPauseMinutes`. Any wait at least that long (a closed window, a cap) also
 *   ends a batch, as a pause would.
 * - Caps are rolling: at most `hourlyCap` sends in any 60 minutes and `dailyCap` in any 24 hours. Rolling,
 *   not calendar days, so a restart at midnight or a change of zone cannot double a day's sends.
 * - With `warmUp`, the caps of the warm-up schedule for the day counted from the number's first send
 *   (day 1 = the first 24 hours after it).
 * - Sends only in [windowStart, windowEnd) on the recipient's clock.
 */
export class Pacer {
  private readonly sent: number[]
  private readonly window: SendingWindow
  private readonly pauseMs: number
  private firstSendAt: number | undefined
  private inBatch: number
  private gap: number | null = null

  constructor(
    private readonly spec: PacingSpec,
    private readonly random: () => number,
    history?: History,
  ) {
    this.window = parseWindow(spec)
    this.pauseMs = spec.batchPauseMinutes * MINUTE
    this.sent = [...(history?.sentAt ?? [])].sort((a, b) => a - b)
    this.firstSendAt = history?.firstSendAt ?? this.sent[0]
    this.inBatch = this.trailingBatch()
    this.prune()
  }

  /** Earliest time (epoch ms, ≥ now) at which the next message to a recipient in `timeZone` may go. */
  nextSendAt(now: number, timeZone: string): number {
    return this.decide(now, timeZone).at
  }

  /**
   * The same decision with its reason: the rule that last moved the time on (a gap that ends in a closed
   * window waits for the window; a cap that ends in one also does).
   */
  decide(now: number, timeZone: string): PaceDecision {
    if (this.spec.preset === 'none') return { at: now, reason: null }
    const gap = this.afterGap()
    let t = Math.max(now, gap.at)
    let reason: WaitReason | null = gap.at > now ? gap.reason : null
    for (let i = 0; i < 10; i++) {
      const capped = this.afterCaps(t)
      if (capped.at > t) ({ at: t, reason } = capped)
      if (!this.window || inWindow(this.window, localMinutes(t, timeZone))) break
      t = nextOpening(t, timeZone, this.window.start)
      reason = 'window'
    }
    return { at: t, reason: t > now ? reason : null }
  }

  /** Call after each send is recorded, with the time it went. */
  recordSend(at: number): void {
    const last = this.sent.at(-1)
    const paused = last !== undefined && this.pauseMs > 0 && at - last >= this.pauseMs
    this.inBatch = paused ? 1 : this.inBatch + 1
    if (last === undefined || at >= last) this.sent.push(at)
    else
      this.sent.splice(
        this.sent.findIndex((s) => s > at),
        0,
        at,
      )
    this.firstSendAt ??= at
    this.gap = null
    this.prune()
  }

  /** Sends since the last pause as long as a batch pause, so a resumed campaign finishes its batch. */
  private trailingBatch(): number {
    if (this.pauseMs <= 0) return this.sent.length
    let count = this.sent.length > 0 ? 1 : 0
    for (let i = this.sent.length - 1; i > 0 && this.sent[i]! - this.sent[i - 1]! < this.pauseMs; i--) count++
    return count
  }

  /** Older sends can no longer count against any cap. */
  private prune(): void {
    const latest = this.sent.at(-1) ?? 0
    let drop = 0
    while (drop < this.sent.length && this.sent[drop]! <= latest - DAY) drop++
    if (drop > 0) this.sent.splice(0, drop)
  }

  private afterGap(): Step {
    const last = this.sent.at(-1)
    if (last === undefined) return { at: -Infinity, reason: 'pace' }
    if (this.gap === null) {
      const low = Math.min(this.spec.minDelaySeconds, this.spec.maxDelaySeconds) * 1000
      const high = Math.max(this.spec.minDelaySeconds, this.spec.maxDelaySeconds) * 1000
      this.gap = Math.ceil(low + this.random() * (high - low))
    }
    const batchDone = this.pauseMs > 0 && this.inBatch >= this.spec.batchSize
    if (batchDone && this.pauseMs > this.gap) return { at: last + this.pauseMs, reason: 'batch_pause' }
    return { at: last + this.gap, reason: 'pace' }
  }

  private capsAt(t: number): { hourlyCap: number; dailyCap: number } {
    if (!this.spec.warmUp) return { hourlyCap: this.spec.hourlyCap, dailyCap: this.spec.dailyCap }
    const day = this.firstSendAt === undefined ? 1 : Math.floor((t - this.firstSendAt) / DAY) + 1
    return warmUpCaps(this.spec, day)
  }

  /** The earliest time ≥ t at which fewer than `cap` sends fall in the `span` before it. */
  private freeAfter(cap: number, span: number): number {
    const index = this.sent.length - Math.max(1, cap)
    return index < 0 ? -Infinity : this.sent[index]! + span
  }

  /** The earliest time ≥ t the caps allow, and the cap that binds (the warm-up's when it lowered it). */
  private afterCaps(t: number): Step {
    let step: Step = { at: t, reason: 'pace' }
    // Warm-up caps grow with the day, so a later time can only relax them: a few rounds settle it.
    for (let i = 0; i < 5; i++) {
      const { hourlyCap, dailyCap } = this.capsAt(step.at)
      const hourly = this.freeAfter(hourlyCap, HOUR)
      const daily = this.freeAfter(dailyCap, DAY)
      const next = Math.max(step.at, hourly, daily)
      if (next === step.at) break
      const lowered = daily >= hourly ? dailyCap < this.spec.dailyCap : hourlyCap < this.spec.hourlyCap
      const cap = daily >= hourly ? 'daily_cap' : 'hourly_cap'
      step = { at: next, reason: lowered ? 'warm_up' : cap }
    }
    return step
  }
}

const maxSimulatedSends = 100_000

/**
 * When the last of `count` messages should have gone, starting at `start`, simulated with a Pacer
 * (typing time included). Past 100,000 messages the rest is extrapolated at the simulated rate.
 * `history` (as for the Pacer) makes the estimate of a resumed campaign count the sends already made.
 */
export function estimateFinish(
  spec: PacingSpec,
  count: number,
  start: number,
  timeZone: string,
  random: () => number,
  history?: History,
): number {
  if (count <= 0) return start
  const pacer = new Pacer(spec, random, history)
  const steps = Math.min(count, maxSimulatedSends)
  const typing = spec.typingSeconds * 1000
  let t = start
  for (let i = 0; i < steps; i++) {
    t = pacer.nextSendAt(t, timeZone) + typing
    pacer.recordSend(t)
  }
  return steps === count ? t : start + Math.round(((t - start) * count) / steps)
}
