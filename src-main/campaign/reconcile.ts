import type { MessageRecord, MessagesRepo } from '../db/repos/messages-repo'
import { settledAnswer } from '../transport/transport'
import type { ReconcileResult, Transport } from '../transport/transport'
import { stoppedBeforeSending, stoppedWhileSending } from './message-details'

export type ReconcileFigures = { sent: number; requeued: number; uncertain: number }

/** The message as the transport knows it. */
export function outgoing(m: MessageRecord, typingSeconds: number): Parameters<Transport['send']>[0] {
  const intentAt = m.sendingAt === null ? undefined : Date.parse(m.sendingAt)
  return { messageId: m.id, campaignId: m.campaignId, phone: m.phone, body: m.body, typingSeconds, intentAt }
}

export async function ask(transport: Transport, m: MessageRecord): Promise<ReconcileResult> {
  try {
    return await transport.reconcile(outgoing(m, 0))
  } catch {
    return 'unknown'
  }
}

/** The transport of the number a message was sent from: one for all, or each number's own. */
export type TransportOf = Transport | ((accountId: number) => Transport)

/**
 * Settles the messages a run left in `sending` (a crash, a kill, a lost connection): the number each was
 * sent from is asked whether it reached the chat. Sent → sent; never left → queued again; cannot tell →
 * failed `uncertain`, which is never resent automatically. `accountId` settles one number's share only.
 */
export async function reconcileSending(
  messages: MessagesRepo,
  transport: TransportOf,
  campaignId: number,
  now: () => string,
  accountId?: number,
): Promise<ReconcileFigures> {
  const figures: ReconcileFigures = { sent: 0, requeued: 0, uncertain: 0 }
  const of = (m: MessageRecord): Transport =>
    typeof transport === 'function' ? transport(m.accountId) : transport
  for (;;) {
    const batch = messages.withStatus(campaignId, 'sending', 100, accountId)
    if (batch.length === 0) return figures
    for (const m of batch) {
      const { answer, waMessageId } = settledAnswer(await ask(of(m), m))
      if (answer === 'sent') {
        messages.move(m, 'sending', 'sent', {
          at: now(),
          waMessageId,
          note: 'Checked after an interruption: it had been sent.',
        })
        figures.sent += 1
      } else if (answer === 'not_sent') {
        messages.move(m, 'sending', 'queued', {
          at: now(),
          nextAttemptAt: null,
          note: 'Checked after an interruption: it had not left, so it is queued again.',
        })
        figures.requeued += 1
      } else {
        messages.move(m, 'sending', 'failed', {
          at: now(),
          error: { category: 'uncertain', detail: stoppedWhileSending },
        })
        figures.uncertain += 1
      }
    }
  }
}

/** Marks every message still queued as skipped (the campaign was stopped), a chunk per turn of the loop. */
export async function skipQueued(
  messages: MessagesRepo,
  campaignId: number,
  now: () => string,
): Promise<number> {
  let skipped = 0
  const stopped = { category: null, detail: stoppedBeforeSending }
  for (;;) {
    const batch = messages.withStatus(campaignId, 'queued', 1000)
    if (batch.length === 0) return skipped
    for (const m of batch) {
      if (messages.move(m, 'queued', 'skipped', { at: now(), error: stopped })) skipped += 1
    }
    await new Promise((resolve) => setImmediate(resolve))
  }
}
