import type { Account } from '../../src-shared/domain/accounts'
import type { PacingSpec, WaitReason } from '../../src-shared/domain/campaigns'
import { maxQuickReply } from '../../src-shared/domain/inbox'
import type { ConversationSummary } from '../../src-shared/domain/inbox'
import { pacingPresets } from '../../src-shared/domain/pacing'
import { durationWords } from '../../src-shared/domain/waiting-words'
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

export const uncertainWords =
  'Herald could not tell whether this answer went out. Look at the chat on your phone before sending it again.'

/** What an answer a run left unfinished becomes at the next start: never sent again by itself. */
export const leftUnfinished = {
  queued: { to: 'failed', why: 'Herald closed before this answer’s turn came: nothing was sent.' },
  sending: { to: 'uncertain', why: `Herald stopped while sending this answer. ${uncertainWords}` },
} as const

/** How an answer's send ended, with the reason when it did not go and WhatsApp's id when it did. */
export type Outcome = { status: 'sent' | 'failed' | 'uncertain'; error: string | null; waMessageId?: string }

/** A failed send may still have reached the chat: WhatsApp is asked before it counts as not sent. */
export async function outcomeOfFailure(
  transport: Transport,
  outgoing: OutgoingMessage,
  error: unknown,
): Promise<Outcome> {
  const reason = error instanceof TransportError ? error.message : firstLine(errorText(error))
  if (error instanceof TransportError && error.category === 'uncertain') {
    return { status: 'uncertain', error: `${reason} ${uncertainWords}` }
  }
  let answer: ReconcileAnswer = 'unknown'
  let waMessageId: string | undefined
  try {
    ;({ answer, waMessageId } = settledAnswer(await transport.reconcile(outgoing)))
  } catch {
    answer = 'unknown'
  }
  if (answer === 'sent') return { status: 'sent', error: null, waMessageId }
  if (answer === 'not_sent') return { status: 'failed', error: reason }
  return { status: 'uncertain', error: `${reason} ${uncertainWords}` }
}

/** Why the number's budget holds an answer back longer than it may wait, and when it could go. */
export function budgetWords(number: string, reason: WaitReason | null, waitMs: number): string {
  const why =
    reason === 'hourly_cap'
      ? `it has sent ${answerPace.hourlyCap} messages in the last hour, the most the Safe pace allows`
      : reason === 'daily_cap'
        ? `it has sent ${answerPace.dailyCap} messages in the last 24 hours, the most the Safe pace allows`
        : reason === 'warm_up'
          ? 'it is a new number, warming up with fewer messages a day for its first days'
          : 'its campaigns are using its sending budget'
  return `${number} cannot send now: ${why}. The answer could go in about ${durationWords(waitMs)}; nothing was sent.`
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
  if (conversation.rehearsal) {
    throw new AppError('CONFLICT', 'This is a dry run’s invented reply: nothing can be sent to it.')
  }
  if (optedOut || conversation.status === 'opted_out') {
    throw new AppError(
      'CONFLICT',
      `${conversation.phone} asked not to be contacted, so Herald sends nothing to it. If they asked you to write again, take the number off the opt-out list first.`,
    )
  }
  if (text === '') throw new AppError('BAD_INPUT', 'Type the answer first.')
  if (text.length > maxQuickReply) {
    throw new AppError(
      'BAD_INPUT',
      `Keep the answer under ${maxQuickReply} characters (this one has ${text.length}).`,
    )
  }
  if (!account) {
    throw new AppError(
      'NOT_FOUND',
      'The number this conversation came to was removed from Herald, so no answer can go from it.',
    )
  }
  return account
}
