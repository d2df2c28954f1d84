import type { StatusCounts } from './campaigns'

/**
 * How far messages got, cumulative: a read message counts as delivered and sent, a reply as read.
 * `messages` is every message, skipped ones included; `waiting` those not yet sent or failed.
 */
export type Reached = {
  messages: number
  sent: number
  delivered: number
  read: number
  replied: number
  failed: number
  skipped: number
  waiting: number
}

export function reachedOf(counts: StatusCounts): Reached {
  const replied = counts.replied
  const read = counts.read + replied
  const delivered = counts.delivered + read
  const sent = counts.sent + delivered
  const waiting = counts.queued + counts.sending
  return {
    messages: sent + counts.failed + counts.skipped + waiting,
    sent,
    delivered,
    read,
    replied,
    failed: counts.failed,
    skipped: counts.skipped,
    waiting,
  }
}

export const rateKeys = ['success', 'delivery', 'read', 'reply', 'optOut'] as const
export type RateKey = (typeof rateKeys)[number]
/** Fractions in [0, 1]; null when the denominator is zero. */
export type Rates = Record<RateKey, number | null>

/**
 * The one definition of each rate. Success is out of the messages attempted (sent or failed); every
 * other rate is out of the messages sent, so the rates and the funnel's percentages are the same numbers.
 * A number that never sends read receipts never shows a message as read: the read rate counts it as
 * unread, and the screens say how many such numbers there are.
 */
export function ratesOf(
  r: Pick<Reached, 'sent' | 'delivered' | 'read' | 'replied' | 'failed'>,
  optOuts = 0,
): Rates {
  const of = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole)
  return {
    success: of(r.sent, r.sent + r.failed),
    delivery: of(r.delivered, r.sent),
    read: of(r.read, r.sent),
    reply: of(r.replied, r.sent),
    optOut: of(optOuts, r.sent),
  }
}

/** The name of each rate, the same on every screen, in the PDF and in every export. */
export const rateNames: Record<RateKey, string> = {
  success: 'Success rate',
  delivery: 'Delivery rate',
  read: 'Read rate',
  reply: 'Reply rate',
  optOut: 'Opt-out rate',
}

/** What each rate is out of, said every time a rate is shown. */
export const rateBases: Record<RateKey, string> = {
  success: 'of messages attempted',
  delivery: 'of messages sent',
  read: 'of messages sent',
  reply: 'of messages sent',
  optOut: 'of messages sent',
}

/** A rate as a percentage with one decimal, for exports; null stays null. */
export function ratePercent(rate: number | null): number | null {
  return rate === null ? null : Math.round(rate * 1000) / 10
}
