import type { ErrorCategory, MessageStatus } from '../../src-shared/domain/campaigns'
import { adviceWhilePaused, categoryInfo } from '../../src-shared/domain/error-categories'

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

  /** Why the campaign must pause now, in words for the user; null when all looks well. */
  verdict(now: number): string | null {
    const o = this.options
    if (this.consecutive >= o.maxConsecutiveFailures) {
      const info = categoryInfo[this.lastCategory]
      return (
        `${this.consecutive} messages in a row could not be sent (last: ${info.label}). Herald paused the ` +
        `campaign to protect your WhatsApp number. ${adviceWhilePaused(this.lastCategory)}`
      )
    }
    const judged = this.sends.filter((s) => s.at <= now - o.settleMs)
    if (judged.length < o.minJudged) return null
    const delivered = this.statusesOf(judged.map((s) => s.id)).filter((s) => arrived.has(s)).length
    if (delivered / judged.length >= o.minDeliveredShare) return null
    return (
      `Only ${delivered} of the last ${judged.length} messages sent were delivered: WhatsApp may be ` +
      'holding back this number. Herald paused the campaign. Wait a few hours and choose a slower pace ' +
      'before resuming.'
    )
  }
}
