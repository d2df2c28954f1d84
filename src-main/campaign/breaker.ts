import type { ErrorCategory, MessageStatus } from '../../src-shared/domain/campaigns'
import { phrase } from '../../src-shared/i18n/phrase'
import type { Phrase } from '../../src-shared/i18n/phrase'
import { english } from '../../src-shared/i18n/wording'

export type BreakerOptions = {
  maxConsecutiveFailures: number
  /** How many recent sends the delivery check looks at. */
  window: number
  /** How many of them must have been out for `settleMs` before judging. */
  minJudged: number
  settleMs: number
  /** Below this share delivered, the account looks at risk. */
  minDeliveredShare: number
}

// MultiWA's breaker, which practitioners trust: fewer than 40% of at least 5 of the last 10 delivered.
export const defaultBreakerOptions: BreakerOptions = {
  maxConsecutiveFailures: 3,
  window: 10,
  minJudged: 5,
  settleMs: 120_000,
  minDeliveredShare: 0.4,
}

const arrived: ReadonlySet<MessageStatus> = new Set(['delivered', 'read', 'replied'])

/**
 * Decides when a campaign should pause itself because the account looks at risk. It only judges sends
 * made by this run, so acks lost while Herald was closed cannot trip it after a restart.
 */
export class CircuitBreaker {
  private consecutive = 0
  private lastCategory: ErrorCategory = 'unknown'
  private readonly sends: { id: number; at: number }[] = []

  constructor(
    private readonly statusesOf: (ids: readonly number[]) => MessageStatus[],
    private readonly options: BreakerOptions = defaultBreakerOptions,
  ) {}

  success(messageId: number, at: number): void {
    this.consecutive = 0
    this.sends.push({ id: messageId, at })
    if (this.sends.length > this.options.window) this.sends.shift()
  }

  failure(category: ErrorCategory): void {
    this.consecutive += 1
    this.lastCategory = category
  }

  /**
   * Why the campaign must pause now, as a phrase for the user (the last failure's title and what to do while
   * paused, error-categories.ts, worded in sending.json); null when all looks well.
   */
  judge(now: number): Phrase | null {
    const o = this.options
    if (this.consecutive >= o.maxConsecutiveFailures)
      return phrase('sending.pause.inARow', { count: this.consecutive, category: this.lastCategory })
    const judged = this.sends.filter((s) => s.at <= now - o.settleMs)
    if (judged.length < o.minJudged) return null
    const delivered = this.statusesOf(judged.map((s) => s.id)).filter((s) => arrived.has(s)).length
    if (delivered / judged.length >= o.minDeliveredShare) return null
    return phrase('sending.pause.fewDelivered', { delivered, judged: judged.length })
  }

  /** The same, in English words. */
  verdict(now: number): string | null {
    const said = this.judge(now)
    return said && english(said)
  }
}
