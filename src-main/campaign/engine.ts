import path from 'node:path'
import type { ErrorCategory, PauseCause, PausingCategory, Waiting } from '../../src-shared/domain/campaigns'
import { categoryInfo, pausesCampaign } from '../../src-shared/domain/error-categories'
import { phrase } from '../../src-shared/i18n/phrase'
import type { Phrase } from '../../src-shared/i18n/phrase'
import { english } from '../../src-shared/i18n/wording'
import { reasonOf } from '../db/repos/campaigns-repo'
import type { CampaignRecord, CampaignsRepo } from '../db/repos/campaigns-repo'
import type { Detail, MessageRecord, MessagesRepo } from '../db/repos/messages-repo'
import { settledAnswer, TransportError } from '../transport/transport'
import type { OutgoingMessage, Transport } from '../transport/transport'
import { CircuitBreaker } from './breaker'
import type { BreakerOptions } from './breaker'
import type { Clock } from '../clock'
import type { PaceDecision, Pacer } from './pacing'
import type { CampaignBudget } from './send-budget'
import { detailThen, failureDetail, notOnWhatsApp, onOptOutList } from './message-details'
import { ask, outgoing, reconcileSending } from './reconcile'

export type EngineDeps = {
  campaigns: CampaignsRepo
  messages: MessagesRepo
  transport: Transport
  clock: Clock
  pacer: Pacer
  /** The account's sending budget, shared with every other campaign and process; none for test runs. */
  budget?: CampaignBudget | null
  /** Draws the gap's random spread for each send from the account's budget. */
  random?: () => number
  /** Where the campaign's attachment file is kept. */
  attachmentsDir: string
  isOptedOut(phone: string): boolean
  timeZoneFor(phone: string): string
  /** Something about the campaign changed: progress should be pushed. */
  onChange(campaignId: number): void
  /** A line for the app's own log. */
  note(kind: string, message: string, data?: unknown): void
  breaker?: BreakerOptions
  /** The account-safety signals (opt-outs, complaints): why to pause after a send, or null. */
  safety?: (now: number) => Phrase | null
  maxAttempts?: number
  /** The number whose share of the campaign this engine sends; the whole campaign when left out. */
  accountId?: number
  /** With several numbers: a problem of this number pauses its share only while the others go on. */
  share?: ShareLane
}

/** One number's lane of a campaign sent on several (runner.ts holds them). */
export type ShareLane = {
  /** Whether another number's lane of the campaign is still sending. */
  othersSending(): boolean
  /** Records why this number's share paused; the campaign pauses too when no other lane goes on. */
  pause(cause: PauseCause, reason: Phrase): void
}

/** Why the run ended. 'stopped' means someone else changed the campaign (pause, stop) or `stop()`. */
export type EngineOutcome = 'completed' | 'paused' | 'stopped'

/** What a pausing failure's pause says: the category's title and what to do (error-categories.ts). */
const pausedOn: Record<PausingCategory, Phrase> = {
  disconnected: phrase('sending.pause.disconnected'),
  session_lost: phrase('sending.pause.sessionLost'),
  rate_limited: phrase('sending.pause.rateLimited'),
}

const iso = (ms: number): string => new Date(ms).toISOString()

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/**
 * Sends one campaign, one message at a time. For each message: wait for the pacer, commit `sending`
 * durably, call the transport, commit the outcome. A message is never handed to the transport without a
 * committed intent, and the loop re-reads SQLite at every step, so a kill at any moment leaves a state
 * the next run can settle.
 */
export class CampaignEngine {
  readonly done: Promise<EngineOutcome>
  private readonly abort = new AbortController()
  private readonly breaker: CircuitBreaker
  private readonly campaignId: number
  /** The random spread of the next send's gap in the shared budget, kept until that send is taken. */
  private draw: number | null = null
  /** The wait last recorded in SQLite, as written, so that an unchanged wait is not written again. */
  private recordedWait = 'null'

  constructor(
    private readonly deps: EngineDeps,
    private readonly campaign: CampaignRecord,
  ) {
    this.campaignId = campaign.id
    this.breaker = new CircuitBreaker((ids) => deps.messages.statusesOf(ids), deps.breaker)
    this.done = this.run()
  }

  /** Ends the run after the message in flight (if any) has its outcome committed. */
  stop(): void {
    this.abort.abort()
  }

  private nextDraw(): number {
    this.draw ??= (this.deps.random ?? Math.random)()
    return this.draw
  }

  private get signal(): AbortSignal {
    return this.abort.signal
  }

  private stillRunning(): boolean {
    return !this.signal.aborted && this.deps.campaigns.status(this.campaignId) === 'running'
  }

  private async run(): Promise<EngineOutcome> {
    const { messages, transport, clock } = this.deps
    const settled = await reconcileSending(
      messages,
      transport,
      this.campaignId,
      () => iso(clock.now()),
      this.deps.accountId,
    )
    if (settled.sent + settled.requeued + settled.uncertain > 0) {
      this.deps.note(
        'campaign_reconciled',
        `Checked the messages left sending in campaign ${this.campaignId}`,
        settled,
      )
      this.deps.onChange(this.campaignId)
    }
    while (this.stillRunning()) {
      const step = await this.step()
      if (step !== 'continue') return step
    }
    return 'stopped'
  }

  private async step(): Promise<EngineOutcome | 'continue'> {
    const { messages, clock } = this.deps
    const now = clock.now()
    const next = messages.nextReady(this.campaignId, iso(now), this.deps.accountId)
    if (!next) return this.idle(now)
    if (this.deps.isOptedOut(next.phone)) {
      this.skipOptedOut(next)
      return 'continue'
    }
    const zone = this.deps.timeZoneFor(next.phone)
    const paced = this.deps.pacer.decide(now, zone)
    const budgeted = this.deps.budget?.decide(now, this.nextDraw())
    // The later of the two holds the message, and its rule is the reason the live view gives
    const wait = budgeted && budgeted.at > paced.at ? budgeted : paced
    if (wait.at > now) {
      this.recordWait(this.waiting(wait, zone))
      await clock.sleep(wait.at - now, this.signal)
      // The budget is shared: another campaign may have taken the slot meanwhile, so all is asked again
      return this.stillRunning() ? 'continue' : 'stopped'
    }
    this.recordWait(null)
    return this.sendOne(next)
  }

  private waiting(decision: PaceDecision, zone: string): Waiting {
    const until = iso(decision.at)
    const reason = decision.reason ?? 'pace'
    if (reason !== 'window') return { reason, until }
    return { reason, until, opensAt: this.campaign.pacing.windowStart, zone }
  }

  /** Tells every window (and other processes, through SQLite) why the next message waits. */
  private recordWait(waiting: Waiting | null): void {
    const text = JSON.stringify(waiting)
    if (text === this.recordedWait) return
    try {
      this.deps.campaigns.setWaiting(this.campaignId, waiting)
    } catch {
      // Only words for the windows: a full disk is met, and said, by the send's own write
      return
    }
    this.recordedWait = text
    this.deps.onChange(this.campaignId)
  }

  /** Nothing ready: finished, or waiting for a retry that is not due yet. */
  private async idle(now: number): Promise<EngineOutcome | 'continue'> {
    const { messages, clock, accountId } = this.deps
    // This number's share is done while others still have theirs: the last lane finishes the campaign
    if (accountId !== undefined && messages.unfinished(this.campaignId, accountId) === 0) {
      if (messages.unfinished(this.campaignId) > 0) return 'completed'
    }
    if (messages.unfinished(this.campaignId) === 0) {
      const done = this.deps.campaigns.move(this.campaignId, 'running', {
        status: 'completed',
        reason: null,
        finishedAt: iso(now),
      })
      this.deps.onChange(this.campaignId)
      if (done) this.deps.note('campaign_completed', `Campaign "${this.campaign.name}" finished`)
      return done ? 'completed' : 'stopped'
    }
    const due = messages.earliestQueued(this.campaignId, accountId)
    await clock.sleep(due ? Math.max(0, Date.parse(due) - now) : 1000, this.signal)
    return 'continue'
  }

  private skipOptedOut(m: MessageRecord): void {
    this.deps.messages.move(m, 'queued', 'skipped', {
      at: iso(this.deps.clock.now()),
      error: { category: 'opted_out', detail: onOptOutList },
    })
    this.deps.onChange(this.campaignId)
  }

  /**
   * Asks the transport whether the number can receive messages, before any intent is written: a number
   * that cannot is skipped without a send, and a lost connection pauses with nothing left to check.
   */
  private async reachable(m: MessageRecord): Promise<EngineOutcome | 'continue' | 'send'> {
    const { transport } = this.deps
    if (!transport.checkNumber) return 'send'
    let onWhatsApp: boolean
    try {
      onWhatsApp = await transport.checkNumber(m.phone)
    } catch (error) {
      const category = error instanceof TransportError ? error.category : 'unknown'
      if (pausesCampaign(category)) return this.pauseOn(category)
      // Anything else: the send itself meets the problem and handles it (retry, fail) as usual.
      return 'send'
    }
    if (!this.stillRunning()) return 'stopped'
    if (onWhatsApp) return 'send'
    this.deps.messages.move(m, 'queued', 'skipped', {
      at: iso(this.deps.clock.now()),
      error: { category: 'not_on_whatsapp', detail: notOnWhatsApp },
    })
    this.deps.onChange(this.campaignId)
    return 'continue'
  }

  private async sendOne(queued: MessageRecord): Promise<EngineOutcome | 'continue'> {
    const { messages, transport, clock } = this.deps
    const check = await this.reachable(queued)
    if (check !== 'send') return check
    const intentMs = clock.now()
    const intentAt = iso(intentMs)
    const m: MessageRecord = { ...queued, sendingAt: intentAt }
    let claimed: boolean
    try {
      const intent = (): boolean => messages.move(m, 'queued', 'sending', { at: intentAt, attempt: true })
      const { budget } = this.deps
      // The budget's slot and the intent are committed together, or neither is
      const claim = messages.durably(() =>
        budget ? budget.claim(intentMs, this.nextDraw(), m.id, intent) : { taken: intent() },
      )
      claimed = claim.taken
      if (claimed) this.draw = null
    } catch (error) {
      return this.pause(
        'storage',
        phrase('sending.pause.notRecordedBefore', { phone: m.phone, error: errorText(error) }),
      )
    }
    if (!claimed) return 'continue'
    this.deps.onChange(this.campaignId)
    let waMessageId: string
    try {
      ;({ waMessageId } = await transport.send(this.outgoing(m)))
    } catch (error) {
      this.deps.pacer.recordSend(clock.now())
      return this.failed(m, error)
    }
    const sentAt = clock.now()
    this.deps.pacer.recordSend(sentAt)
    this.breaker.success(m.id, sentAt)
    try {
      messages.move(m, 'sending', 'sent', { at: iso(sentAt), waMessageId })
    } catch (error) {
      // It went out but could not be recorded: it stays `sending`, and resuming reconciles it.
      return this.pause('storage', phrase('sending.pause.notRecordedAfter', { error: errorText(error) }))
    }
    this.deps.onChange(this.campaignId)
    return this.judge(sentAt)
  }

  /** The message with the campaign's attachment, which the transport checks is still there. */
  private outgoing(m: MessageRecord): OutgoingMessage {
    const message = outgoing(m, this.campaign.pacing.typingSeconds)
    const attachment = this.campaign.attachment
    if (!attachment) return message
    const file = path.join(this.deps.attachmentsDir, path.basename(attachment.file))
    return { ...message, attachment: { path: file, name: attachment.name } }
  }

  private async failed(m: MessageRecord, error: unknown): Promise<EngineOutcome | 'continue'> {
    const category: ErrorCategory = error instanceof TransportError ? error.category : 'unknown'
    const detail = failureDetail(error)
    const info = categoryInfo[category]
    this.breaker.failure(category)
    const at = iso(this.deps.clock.now())
    if (pausesCampaign(category)) {
      // Left in `sending`: whether it went out is checked when the campaign resumes, with the connection back.
      this.deps.messages.recordError(m, 'sending', at, { category, detail })
      return this.pauseOn(category)
    }
    if (info.severity === 'retry') await this.retryOrFail(m, category, detail)
    else {
      const to = info.severity === 'skip' ? 'skipped' : 'failed'
      this.deps.messages.move(m, 'sending', to, { at, error: { category, detail } })
    }
    this.deps.onChange(this.campaignId)
    return this.judge(this.deps.clock.now())
  }

  /** A transient failure may still have reached the chat: ask before trying again. */
  private async retryOrFail(m: MessageRecord, category: ErrorCategory, detail: Detail): Promise<void> {
    const { messages, transport, clock } = this.deps
    const { answer, waMessageId } = settledAnswer(await ask(transport, m))
    const now = clock.now()
    const attempts = m.attempts + 1
    if (answer === 'sent') {
      messages.move(m, 'sending', 'sent', {
        at: iso(now),
        waMessageId,
        note: `Reported ${category}, but it had gone out.`,
      })
    } else if (answer === 'unknown') {
      messages.move(m, 'sending', 'failed', {
        at: iso(now),
        error: { category: 'uncertain', detail: detailThen(detail, 'uncertain', attempts) },
      })
    } else if (attempts >= (this.deps.maxAttempts ?? 3)) {
      messages.move(m, 'sending', 'failed', {
        at: iso(now),
        error: { category, detail: detailThen(detail, 'gaveUp', attempts) },
      })
    } else {
      const base = this.campaign.pacing.preset === 'none' ? 1000 : 30_000
      messages.move(m, 'sending', 'queued', {
        at: iso(now),
        nextAttemptAt: iso(now + base * 2 ** (attempts - 1)),
        error: { category, detail },
      })
    }
  }

  private judge(now: number): EngineOutcome | 'continue' {
    const breaker = this.breaker.judge(now)
    if (breaker) return this.pauseUnlessDone('breaker', breaker)
    const safety = this.deps.safety?.(now) ?? null
    return safety ? this.pauseUnlessDone('safety', safety) : 'continue'
  }

  /** A pause protects the messages still to send: with none left, the campaign finishes instead. */
  private pauseUnlessDone(cause: PauseCause, reason: Phrase): EngineOutcome | 'continue' {
    if (this.deps.messages.unfinished(this.campaignId, this.deps.accountId) === 0) return 'continue'
    return this.pause(cause, reason)
  }

  /** Pauses on a failure of a pausing category, which is the cause; the words are the category's. */
  private pauseOn(category: PausingCategory): EngineOutcome {
    return this.pause(category, pausedOn[category])
  }

  private pause(cause: PauseCause, said: Phrase): EngineOutcome {
    const { share } = this.deps
    const reason = english(said)
    // A full disk is everyone's problem; anything else (a lost link, a breaker) is this number's
    if (share && cause !== 'storage') {
      share.pause(cause, said)
      if (share.othersSending()) {
        this.deps.note(
          'campaign_share_paused',
          `Campaign "${this.campaign.name}" paused one number: ${reason}`,
        )
        this.deps.onChange(this.campaignId)
        return 'paused'
      }
    }
    const paused = this.deps.campaigns.move(this.campaignId, 'running', {
      status: 'paused',
      cause,
      ...reasonOf(said),
    })
    this.deps.note('campaign_paused', `Campaign "${this.campaign.name}" paused itself: ${reason}`)
    this.deps.onChange(this.campaignId)
    return paused ? 'paused' : 'stopped'
  }
}
