import type { Account } from '../../src-shared/domain/accounts'
import type { PacingSpec, WaitReason } from '../../src-shared/domain/campaigns'
import { maxQuickReply } from '../../src-shared/domain/inbox'
import type { ConversationSummary } from '../../src-shared/domain/inbox'
import { pacingPresets } from '../../src-shared/domain/pacing'
import { durationPhrase } from '../../src-shared/i18n/measures'
import { phrase } from '../../src-shared/i18n/phrase'
import type { Phrase } from '../../src-shared/i18n/phrase'
import { AppError } from '../errors'
import { settledAnswer, TransportError } from '../transport/transport'
import type { OutgoingMessage, ReconcileAnswer, Transport } from '../transport/transport'
import { errorText, firstLine } from '../whatsapp/errors'

const unlimited = 1_000_000_000

/**
 * The pace of an answer typed in the Inbox. A person is waiting for it, so the gap after the number's last
 * send (a campaign's or another answer's) is short; the caps are the Safe preset's, counted over every send
 * of the number, so that answers never take a number past what the Safe pace allows in an hour or a day.
 * A new number's warm-up applies as it does to campaigns; the sending window does not (they just wrote).
 */
export const answerPace: PacingSpec = {
  preset: 'custom',
  minDelaySeconds: 8,
  maxDelaySeconds: 20,
  batchSize: unlimited,
  batchPauseMinutes: 0,
  hourlyCap: pacingPresets.safe.values.hourlyCap,
  dailyCap: pacingPresets.safe.values.dailyCap,
  windowStart: '00:00',
  windowEnd: '24:00',
  warmUp: false,
  // The owner typed it: no "typing…" is shown first
  typingSeconds: 0,
}

/** The longest an answer waits (shown as queued) for its number's budget; longer is refused with why. */
export const answerMaxWaitMs = 2 * 60_000

/** “Shop phone” (+447700900000), or its name alone before WhatsApp told its number. */
export const numberWords = (account: Pick<Account, 'name' | 'phone'>): string =>
  account.phone ? `“${account.name}” (${account.phone})` : `“${account.name}”`

/** What an answer a run left unfinished becomes at the next start: never sent again by itself. */
export const leftUnfinished = {
  queued: { to: 'failed', why: phrase('system.inbox.answer.closedBeforeTurn') },
  sending: { to: 'uncertain', why: phrase('system.inbox.answer.stoppedWhileSending') },
} as const

/** How an answer's send ended, with the reason when it did not go and WhatsApp's id when it did. */
export type Outcome = { status: 'sent' | 'failed' | 'uncertain'; error: Phrase | null; waMessageId?: string }

/** A failed send may still have reached the chat: WhatsApp is asked before it counts as not sent. */
export async function outcomeOfFailure(
  transport: Transport,
  outgoing: OutgoingMessage,
  error: unknown,
): Promise<Outcome> {
  // A failure of the transport nests its own phrase; any other error is what the system said
  const reason =
    error instanceof TransportError ? (error.phrase ?? error.message) : firstLine(errorText(error))
  const uncertain = phrase('system.inbox.answer.uncertain', { reason })
  if (error instanceof TransportError && error.category === 'uncertain') {
    return { status: 'uncertain', error: uncertain }
  }
  let answer: ReconcileAnswer = 'unknown'
  let waMessageId: string | undefined
  try {
    ;({ answer, waMessageId } = settledAnswer(await transport.reconcile(outgoing)))
  } catch {
    answer = 'unknown'
  }
  if (answer === 'sent') return { status: 'sent', error: null, waMessageId }
  if (answer === 'not_sent') {
    const category = error instanceof TransportError ? error.category : 'unknown'
    return { status: 'failed', error: phrase('system.inbox.answer.notSent', { category, reason }) }
  }
  return { status: 'uncertain', error: uncertain }
}

/** Why the number's budget holds an answer back longer than it may wait, and when it could go. */
export function budgetRefusal(number: string, reason: WaitReason | null, waitMs: number): Phrase {
  return phrase('system.inbox.answer.budget', {
    number,
    reason: reason ?? 'budget',
    hourlyCap: answerPace.hourlyCap,
    dailyCap: answerPace.dailyCap,
    duration: durationPhrase(waitMs / 1000),
  })
}

/**
 * The refusals that need no connection: a dry run's reply, a contact who opted out, an empty or too long
 * text, a number no longer in Herald. Returns the number the answer goes from.
 */
export function answerRefusal(
  conversation: Pick<ConversationSummary, 'rehearsal' | 'phone' | 'status'>,
  text: string,
  optedOut: boolean,
  account: Account | undefined,
): Account {
  if (conversation.rehearsal) throw new AppError('CONFLICT', phrase('system.inbox.answer.rehearsal'))
  if (optedOut || conversation.status === 'opted_out') {
    throw new AppError('CONFLICT', phrase('system.inbox.answer.optedOut', { phone: conversation.phone }))
  }
  if (text === '') throw new AppError('BAD_INPUT', phrase('system.inbox.answer.empty'))
  if (text.length > maxQuickReply) {
    throw new AppError(
      'BAD_INPUT',
      phrase('system.inbox.answer.tooLong', { max: maxQuickReply, length: text.length }),
    )
  }
  if (!account) throw new AppError('NOT_FOUND', phrase('system.inbox.answer.numberRemoved'))
  return account
}
