import type { Account } from '../../src-shared/domain/accounts'
import type { Conversation, ConversationMessage } from '../../src-shared/domain/inbox'
import type { WhatsAppState } from '../../src-shared/domain/whatsapp'
import { phrase } from '../../src-shared/i18n/phrase'
import type { Phrase } from '../../src-shared/i18n/phrase'
import { english } from '../../src-shared/i18n/wording'
import type { Claim, SendBudget } from '../campaign/send-budget'
import type { Clock } from '../clock'
import { AppError } from '../errors'
import type { EventHub } from '../events'
import type { RecordEvent } from '../logging/app-events'
import type { OutgoingMessage, Transport } from '../transport/transport'
import { errorText, firstLine } from '../whatsapp/errors'
import { AnswerLocks } from './answer-locks'
import {
  answerMaxWaitMs,
  answerPace,
  answerRefusal,
  budgetRefusal,
  leftUnfinished,
  numberWords,
  outcomeOfFailure,
} from './answer-rules'
import type { Outcome } from './answer-rules'
import type { InboxService } from './inbox-service'

type SendStatus = NonNullable<ConversationMessage['status']>

/** Answers reach the transport with ids of their own, below zero and far from the test messages' (-1, -2…). */
const answerIds = 1_000_000_000

export type QuickReplyDeps = {
  inbox: Pick<InboxService, 'summary' | 'open' | 'unread' | 'store'>
  optOuts: { has(phone: string): boolean }
  numbers: { state(accountId: number): WhatsAppState; transport(accountId: number): Transport }
  /** The sending number, while it is one of the workspace's. */
  account(accountId: number): Account | undefined
  budget: SendBudget
  events: EventHub
  record: RecordEvent
  clock: Clock
  /** Where the answer locks live, e.g. `<dataDir>/locks`. */
  locksDir: string
  /** Draws the gap after the number's last send (0–1). */
  random?: () => number
  maxWaitMs?: number
}

export type QuickReplyResult = {
  conversation: Conversation
  answer: { id: number; status: SendStatus; error: string | null }
}

/** What one answer goes to, from which number, with the draw of its gap. */
type Target = {
  conversationId: number
  accountId: number
  /** “Shop phone” (+447700900000), for the words. */
  number: string
  phone: string
  /** The campaign the conversation came from, kept with the answer. */
  campaignId: number | null
  text: string
  draw: number
}

const iso = (ms: number): string => new Date(ms).toISOString()

/**
 * Answers a conversation from the Inbox through the number it came to, over that number's transport and
 * send budget, logged like a campaign message: recorded first (queued), its slot and intent committed
 * durably (sending) before WhatsApp gets it, then sent, failed with the reason, or uncertain when WhatsApp
 * cannot say — never resent by itself. The same answer pressed again while it is on its way is one send.
 */
export class QuickReply {
  private readonly locks: AnswerLocks
  /** Answers on their way, by conversation and text. */
  private readonly flights = new Map<string, Promise<QuickReplyResult>>()
  /** Each conversation's answers go one after the other, in the order they were pressed. */
  private readonly lanes = new Map<number, Promise<void>>()
  private readonly closing = new AbortController()

  constructor(private readonly deps: QuickReplyDeps) {
    this.locks = new AnswerLocks(deps.locksDir)
  }

  /**
   * Sends `typed` in the conversation and resolves once its send is settled (sent, failed or uncertain),
   * with the conversation as it then is. Throws AppError, recording nothing, when it cannot go at all.
   */
  send(conversationId: number, typed: string): Promise<QuickReplyResult> {
    const text = typed.trim()
    const key = `${conversationId}\n${text}`
    const flying = this.flights.get(key)
    if (flying) return flying
    const target = this.check(conversationId, text)
    const ahead = this.lanes.get(conversationId)
    if (!ahead) this.locks.acquire(conversationId)
    let id: number
    try {
      const at = iso(this.deps.clock.now())
      id = this.deps.inbox.store.addOutgoing(conversationId, target.accountId, target.campaignId, text, at)
    } catch (error) {
      if (!ahead) this.locks.release(conversationId)
      throw error
    }
    this.changed(conversationId)
    const lane = (ahead ?? Promise.resolve()).then(() => this.deliver(id, target))
    this.lanes.set(conversationId, lane)
    const flight = lane.then(() => this.result(conversationId, id))
    this.flights.set(key, flight)
    void lane
      .finally(() => {
        this.flights.delete(key)
        if (this.lanes.get(conversationId) !== lane) return
        this.lanes.delete(conversationId)
        this.locks.release(conversationId)
      })
      .catch(() => undefined)
    return flight
  }

  /**
   * At start: an answer a run left `queued` never reached WhatsApp (failed, in words); one left `sending`
   * may have (uncertain). Neither is sent again by itself. Another live Herald's answers are left to it.
   */
  settle(): number {
    const { store } = this.deps.inbox
    let settled = 0
    for (const { id, conversationId, status } of store.unsettledSends()) {
      if (this.lanes.has(conversationId) || this.locks.heldElsewhere(conversationId) !== null) continue
      const { to, why } = leftUnfinished[status as 'queued' | 'sending']
      if (store.moveSend(id, status, to, why)) settled += 1
    }
    if (settled > 0) {
      this.deps.record(
        'inbox_answers_settled',
        `${settled} answer(s) left unfinished by the last run were settled`,
        {
          settled,
        },
      )
      this.deps.events.emit('inbox:changed', { conversationId: null, unread: this.deps.inbox.unread() })
    }
    return settled
  }

  /** Whether an answer is on its way: quitting then waits for `close()`. */
  isSending(): boolean {
    return this.lanes.size > 0
  }

  /** Answers still waiting for their turn are not sent; one WhatsApp has is settled first. */
  async close(): Promise<void> {
    this.closing.abort()
    await Promise.all(this.lanes.values())
  }

  /**
   * The refusals that need no connection (the conversation, the contact, the text, the number): the CLI asks
   * before it starts WhatsApp. Returns the sending number the answer would go from.
   */
  checkAnswer(conversationId: number, typed: string): Account {
    const conversation = this.deps.inbox.summary(conversationId)
    const optedOut = this.deps.optOuts.has(conversation.phone)
    return answerRefusal(conversation, typed.trim(), optedOut, this.deps.account(conversation.accountId))
  }

  /** Every refusal, before anything is recorded. */
  private check(conversationId: number, text: string): Target {
    const account = this.checkAnswer(conversationId, text)
    if (this.closing.signal.aborted) throw new AppError('UNAVAILABLE', phrase('system.inbox.answer.closing'))
    const number = numberWords(account)
    if (this.deps.numbers.state(account.id).status !== 'ready')
      throw new AppError('UNAVAILABLE', phrase('system.inbox.answer.notConnected', { number }))
    const { phone, campaignId } = this.deps.inbox.summary(conversationId)
    const target = { conversationId, accountId: account.id, number, phone, campaignId, text }
    return { ...target, draw: this.forecast(target) }
  }

  /** The answer's draw, once its number's budget lets it go within the wait; refused with when otherwise. */
  private forecast(target: Omit<Target, 'draw'>): number {
    const draw = (this.deps.random ?? Math.random)()
    const now = this.deps.clock.now()
    const decision = this.deps.budget.forAnswer(target.accountId, answerPace).decide(now, draw)
    if (decision.at - now <= this.maxWaitMs) return draw
    throw new AppError('UNAVAILABLE', budgetRefusal(target.number, decision.reason, decision.at - now))
  }

  private get maxWaitMs(): number {
    return this.deps.maxWaitMs ?? answerMaxWaitMs
  }

  /** Never rejects: whatever happens is recorded on the answer. */
  private async deliver(id: number, target: Target): Promise<void> {
    try {
      if (!(await this.claimSlot(id, target))) return
      this.changed(target.conversationId)
      await this.handOver(id, target)
    } catch (error) {
      // The database failing under the answer: a queued one is not sent; one sending stays for the start-up check
      const why = firstLine(errorText(error))
      this.deps.record('inbox_answer_error', why, { answerId: id }, 'error')
      try {
        this.notSent(id, target, phrase('system.inbox.answer.notRecorded', { why }))
      } catch {
        // Nothing more can be written now: the start-up check settles it
      }
    }
  }

  /** Waits for the number's budget and takes its slot with the send intent; false when it will not go. */
  private async claimSlot(id: number, target: Target): Promise<boolean> {
    const { store } = this.deps.inbox
    const budget = this.deps.budget.forAnswer(target.accountId, answerPace)
    const deadline = this.deps.clock.now() + this.maxWaitMs
    for (;;) {
      if (this.closing.signal.aborted) {
        return this.notSent(id, target, phrase('system.inbox.answer.closingBeforeTurn'))
      }
      if (this.deps.numbers.state(target.accountId).status !== 'ready') {
        const number = target.number
        return this.notSent(id, target, phrase('system.inbox.answer.disconnectedBeforeTurn', { number }))
      }
      const now = this.deps.clock.now()
      let claim: Claim
      try {
        // The budget's slot and the intent are committed together, on disk, or neither is
        claim = store.durably(() =>
          budget.claim(now, target.draw, null, () => store.moveSend(id, 'queued', 'sending', null)),
        )
      } catch (error) {
        const why = firstLine(errorText(error))
        return this.notSent(id, target, phrase('system.inbox.answer.notRecordedBeforeSending', { why }))
      }
      if (claim.taken) return true
      // No longer queued: settled by someone else meanwhile
      if (claim.at <= now) return false
      if (claim.at > deadline) {
        const { reason } = budget.decide(now, target.draw)
        return this.notSent(id, target, budgetRefusal(target.number, reason, claim.at - now))
      }
      await this.deps.clock.sleep(claim.at - now, this.closing.signal)
    }
  }

  private async handOver(id: number, target: Target): Promise<void> {
    const outgoing: OutgoingMessage = {
      messageId: -(answerIds + id),
      campaignId: 0,
      phone: target.phone,
      body: target.text,
      typingSeconds: answerPace.typingSeconds,
      intentAt: this.deps.clock.now(),
    }
    const transport = this.deps.numbers.transport(target.accountId)
    let outcome: Outcome
    try {
      const { waMessageId } = await transport.send(outgoing)
      outcome = { status: 'sent', error: null, waMessageId }
    } catch (error) {
      outcome = await outcomeOfFailure(transport, outgoing, error)
    }
    this.deps.inbox.store.moveSend(id, 'sending', outcome.status, outcome.error, outcome.waMessageId)
    this.changed(target.conversationId)
    const data = { conversationId: target.conversationId, answerId: id, accountId: target.accountId }
    if (outcome.status === 'sent') {
      this.deps.record('inbox_answer_sent', `Sent an answer to ${target.phone} from ${target.number}`, data)
    } else {
      this.deps.record(
        `inbox_answer_${outcome.status}`,
        `An answer to ${target.phone} ${outcome.status === 'failed' ? 'was not sent' : 'may not have gone out'}: ${outcome.error && english(outcome.error)}`,
        data,
        'warn',
      )
    }
  }

  /** A queued answer that will not go, with why; always false. */
  private notSent(id: number, target: Target, why: Phrase): false {
    if (this.deps.inbox.store.moveSend(id, 'queued', 'failed', why)) {
      this.deps.record('inbox_answer_failed', `An answer to ${target.phone} was not sent: ${english(why)}`, {
        conversationId: target.conversationId,
        answerId: id,
      })
      this.changed(target.conversationId)
    }
    return false
  }

  private result(conversationId: number, id: number): QuickReplyResult {
    const conversation = this.deps.inbox.open(conversationId)
    const answer = conversation.messages.find((m) => m.id === id)
    return {
      conversation,
      answer: { id, status: answer?.status ?? 'failed', error: answer?.error ?? null },
    }
  }

  private changed(conversationId: number): void {
    this.deps.events.emit('inbox:changed', { conversationId, unread: this.deps.inbox.unread() })
  }
}
