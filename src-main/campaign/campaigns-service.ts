import type {
  Campaign,
  CampaignInput,
  CampaignProgress,
  ErrorCategory,
  PauseCause,
} from '../../src-shared/domain/campaigns'
import { phrase } from '../../src-shared/i18n/phrase'
import type { Phrase } from '../../src-shared/i18n/phrase'
import type { CampaignRecord } from '../db/repos/campaigns-repo'
import { CampaignsRepo, reasonOf, toPublicCampaign } from '../db/repos/campaigns-repo'
import { MessagesRepo } from '../db/repos/messages-repo'
import { SendSlotsRepo } from '../db/repos/send-slots-repo'
import { AccountsRepo } from '../db/repos/accounts-repo'
import { TemplatesRepo } from '../db/repos/templates-repo'
import { AppError } from '../errors'
import type { EngineOutcome } from './engine'
import type { Transport } from '../transport/transport'
import { CampaignPlanner } from './campaign-planner'
import type { CreatePlan } from './create-campaign'
import type { CampaignEstimate } from './estimate'
import { listenEveryNumber } from './inbound'
import { CampaignNumbers, liveNumbersOf } from './numbers'
import type { LiveNumbers } from './numbers'
import { defaultOptOutKeywords } from '../../src-shared/domain/opt-out-keywords'
import { SendBudget } from './send-budget'
import { AccountView } from './account-view'
import { ProgressReporter } from './progress'
import { RecentContacts } from './recent-contacts'
import { reconcileSending, skipQueued } from './reconcile'
import { CampaignRunner } from './runner'
import { RunLocks } from './run-lock'
import { SafetySignals } from './safety-signals'
import { parseComplaintWords } from '../../src-shared/domain/complaint-words'
import type { CampaignServiceDeps, PauseWhy } from './service-deps'
import { assertCampaignMove, assertMessageMove } from './state-machine'
import { timeZoneForPhone } from './time-zones'

const iso = (ms: number): string => new Date(ms).toISOString()

const interrupted = phrase('sending.pause.interrupted')

/**
 * Campaigns from creation to the end: the one service the IPC handlers and the CLI use. Every state
 * change is committed to SQLite first; the engines in memory only follow it.
 */
export class CampaignsService {
  private readonly repo: CampaignsRepo
  private readonly messages: MessagesRepo
  /** The sending budget of the WhatsApp number (and of dry runs), shared with every process. */
  readonly budget: SendBudget
  private readonly accountView: AccountView
  private readonly planner: CampaignPlanner
  private readonly recent: RecentContacts
  private readonly runner: CampaignRunner
  private readonly progressReporter: ProgressReporter
  private readonly unsubscribe: (() => void)[]
  /** Each campaign's sending numbers and their shares. */
  readonly numbers: CampaignNumbers
  private readonly live: LiveNumbers | undefined

  constructor(private readonly deps: CampaignServiceDeps) {
    this.repo = new CampaignsRepo(deps.db)
    this.messages = new MessagesRepo(deps.db, assertMessageMove)
    this.numbers = new CampaignNumbers(new AccountsRepo(deps.db), this.messages)
    this.live = liveNumbersOf(deps.live)
    this.recent = new RecentContacts(deps)
    const onChange = (id: number): void => this.progressReporter.poke(id)
    this.progressReporter = new ProgressReporter({
      campaigns: this.repo,
      messages: this.messages,
      clock: deps.clock,
      emit: (progress) => deps.events.emit('campaign:progress', progress),
      finishAt: (c, remaining, now) =>
        this.accountView.finishAt(c, remaining, now, this.zoneOfNext(c.id), Math.random),
      account: (c, now) => ({ ...this.accountView.context(c, now), byAccount: this.numbers.progress(c.id) }),
    })
    this.budget = new SendBudget({
      slots: new SendSlotsRepo(deps.db),
      established: (accountId) => this.numbers.established(accountId, deps.settings.get()),
    })
    this.accountView = new AccountView(this.repo, this.budget)
    this.planner = new CampaignPlanner(deps, {
      repo: this.repo,
      messages: this.messages,
      templates: new TemplatesRepo(deps.db),
      recent: this.recent,
      accountView: this.accountView,
      numbers: this.numbers,
      zoneOf: (phone) => this.zoneOf(phone),
    })
    this.runner = new CampaignRunner({
      budget: this.budget,
      campaigns: this.repo,
      messages: this.messages,
      clock: deps.clock,
      locks: new RunLocks(deps.locksDir),
      attachmentsDir: deps.attachmentsDir,
      transportFor: (c, accountId) => this.transportFor(c, accountId),
      shares: this.numbers,
      isOptedOut: (phone) => deps.optOuts.has(phone),
      timeZoneFor: (phone) => this.zoneOf(phone),
      onChange,
      note: (kind, message, data, level) => deps.record(kind, message, data, level),
      breaker: deps.breaker,
      safetySignals: new SafetySignals({
        db: deps.db,
        optOutKeywords: deps.optOutKeywords ?? (() => defaultOptOutKeywords),
        complaintWords: () => parseComplaintWords(deps.settings.get()['campaign.complaintWords']),
      }),
    })
    this.unsubscribe = listenEveryNumber(deps.dryRun, this.live, {
      messages: this.messages,
      optOuts: deps.optOuts,
      keywords: deps.optOutKeywords ?? (() => defaultOptOutKeywords),
      onChange,
      note: (kind, message, data) => deps.record(kind, message, data),
      inbox: deps.inbox,
      failed: (error) =>
        deps.record('inbound_error', 'Could not record an ack or reply', { error: String(error) }, 'warn'),
    })
  }

  private zoneOf(phone: string): string {
    return timeZoneForPhone(phone, this.deps.timeZoneOverrides?.())
  }

  list(): Campaign[] {
    return this.repo.all().map(toPublicCampaign)
  }

  get(campaignId: number): Campaign {
    return toPublicCampaign(this.record(campaignId))
  }

  /** The campaign with the variants it was created with, or undefined when there is none. */
  find(campaignId: number): CampaignRecord | undefined {
    return this.repo.get(campaignId)
  }

  /** The number a message was sent to in this WhatsApp chat (an "@lid" one too), if any. */
  phoneOfChat(chatId: string): string | undefined {
    return this.messages.phoneOfChat(chatId)
  }

  /** Live messages that failed since `since` (ISO), counted by category (`herald wa doctor`). */
  failuresSince(since: string): { category: ErrorCategory; count: number }[] {
    return this.messages.failuresSince(since)
  }

  /** Before start: how many messages, when the last goes, and how many the frequency cap leaves out. */
  estimate(
    listId: number,
    pace: CampaignInput['pace'],
    cap: { dryRun?: boolean; skipRecentDays?: number; accounts?: CampaignInput['accounts'] } = {},
  ): CampaignEstimate {
    return this.planner.estimate(listId, pace, cap)
  }

  /** How many of a campaign's contacts were left out for a recent message (the frequency cap). */
  leftOutRecently(campaignId: number): number {
    return this.recent.leftOut(campaignId)
  }

  async create(input: CampaignInput): Promise<Campaign> {
    const id = await this.planner.create(input)
    const campaign = this.record(id)
    this.deps.record('campaign_created', `Created campaign "${campaign.name}" (${campaign.total} messages)`, {
      campaignId: id,
      dryRun: campaign.dryRun,
    })
    if (input.scheduledAt) return this.start(id, input.scheduledAt)
    this.progressReporter.poke(id)
    return toPublicCampaign(campaign)
  }

  /**
   * A campaign like an earlier one (History's retry): the template and pacing as given — the earlier
   * campaign's, not today's settings — and nobody left out for a recent message. Not started, not recorded.
   */
  async createFrom(plan: Omit<CreatePlan, 'list' | 'recent'>): Promise<Campaign> {
    return this.get(await this.planner.createFrom(plan))
  }

  /** Starts now, or at `at` (ISO) when that is in the future. */
  start(campaignId: number, at?: string): Campaign {
    const campaign = this.record(campaignId)
    const when = at ? Date.parse(at) : this.deps.clock.now()
    if (when > this.deps.clock.now()) {
      assertCampaignMove(campaign.status, 'scheduled')
      this.repo.move(campaignId, campaign.status, {
        status: 'scheduled',
        scheduledAt: iso(when),
        reason: null,
      })
      this.arm(campaignId, when)
      this.deps.record('campaign_scheduled', `Scheduled campaign "${campaign.name}" for ${iso(when)}`)
      this.progressReporter.poke(campaignId)
      return this.get(campaignId)
    }
    return this.run(campaign)
  }

  /**
   * Pauses after the message in flight; the reply comes once that message's outcome is recorded. The user's
   * pause by default; when Herald pauses it (WhatsApp disconnected), the cause and the words it shows.
   */
  async pause(campaignId: number, why: PauseWhy = { cause: 'user', reason: null }): Promise<Campaign> {
    const said = reasonOf(why.reason)
    const { reason } = said
    const campaign = this.record(campaignId)
    assertCampaignMove(campaign.status, 'paused')
    this.repo.move(campaignId, campaign.status, { status: 'paused', cause: why.cause, ...said })
    await this.runner.halt(campaignId)
    this.deps.record('campaign_paused', `Paused campaign "${campaign.name}"${reason ? `: ${reason}` : ''}`)
    this.progressReporter.poke(campaignId)
    return this.get(campaignId)
  }

  resume(campaignId: number): Campaign {
    const campaign = this.record(campaignId)
    if (this.runner.isSending(campaignId)) {
      throw new AppError('CONFLICT', phrase('sending.campaign.stillFinishing'))
    }
    return this.run(campaign)
  }

  /** Stops for good: the message in flight finishes, the rest are marked skipped. */
  async stop(campaignId: number): Promise<Campaign> {
    const campaign = this.record(campaignId)
    assertCampaignMove(campaign.status, 'cancelled')
    this.runner.claim(campaignId)
    try {
      this.repo.move(campaignId, campaign.status, {
        status: 'cancelled',
        reason: null,
        finishedAt: this.now(),
      })
      this.runner.unschedule(campaignId)
      await this.runner.halt(campaignId)
      const transportOf = (accountId: number): Transport => this.transportFor(campaign, accountId)
      await reconcileSending(this.messages, transportOf, campaignId, () => this.now())
      await skipQueued(this.messages, campaignId, () => this.now())
    } finally {
      this.runner.unclaim(campaignId)
    }
    this.deps.record('campaign_stopped', `Stopped campaign "${campaign.name}"`)
    this.progressReporter.poke(campaignId)
    return this.get(campaignId)
  }

  delete(campaignId: number): void {
    const campaign = this.record(campaignId)
    if (['running', 'scheduled'].includes(campaign.status) || this.runner.isSending(campaignId)) {
      throw new AppError('CONFLICT', phrase('sending.campaign.stopBeforeDeleting'))
    }
    this.repo.delete(campaignId)
    this.deps.record('campaign_deleted', `Deleted campaign "${campaign.name}"`, { campaignId })
  }

  /** Why the campaign paused; null when it is not paused or no longer there. */
  pauseCause(campaignId: number): PauseCause | null {
    return this.repo.pauseCause(campaignId)
  }

  /** Whether the campaign sends on WhatsApp, not as a dry run; false when it is no longer there. */
  isLive(campaignId: number): boolean {
    return this.repo.get(campaignId)?.dryRun === false
  }

  /**
   * The campaigns sending on WhatsApp now (dry runs left out), in this process or another; `onlyOn`: those
   * sent on that number alone (one on several numbers pauses only that number's share, by itself).
   */
  liveRunning(onlyOn?: number): number[] {
    const running = this.repo.liveRunning()
    if (onlyOn === undefined) return running
    return running.filter((id) => this.numbers.of(id).every((s) => s.accountId === onlyOn))
  }

  progress(campaignId: number): CampaignProgress {
    return this.progressReporter.build(this.record(campaignId))
  }

  /**
   * At start-up: campaigns whose creation a crash cut short are removed, and campaigns left `running`
   * by a process that is gone become `interrupted`, to be resumed by the user.
   */
  recover(): void {
    for (const id of this.repo.unprepared()) this.repo.delete(id)
    for (const id of this.repo.idsWithStatus('running')) {
      if (this.runner.isSending(id) || this.runner.heldElsewhere(id) !== null) continue
      this.repo.move(id, 'running', { status: 'interrupted', ...reasonOf(interrupted) })
      this.deps.record('campaign_interrupted', `Campaign ${id} was interrupted`, { campaignId: id }, 'warn')
    }
  }

  /** Re-arms the timers of scheduled campaigns (in the process that sends: the app or the host). */
  armSchedules(): void {
    for (const id of this.repo.idsWithStatus('scheduled')) {
      const at = this.repo.get(id)?.scheduledAt
      this.arm(id, at ? Date.parse(at) : this.deps.clock.now())
    }
  }

  /** Resolves when this process stops sending the campaign, with why. */
  async whenDone(campaignId: number): Promise<EngineOutcome | 'not_sending'> {
    return (await this.runner.whenDone(campaignId)) ?? 'not_sending'
  }

  /** Whether a campaign is sending in this process: quitting then waits for `close()`. */
  isSending(): boolean {
    return this.runner.anySending()
  }

  /**
   * After an unexpected error: pauses every campaign this process is sending, each after its message in
   * flight, with the reason shown to the user (sending.pause.strayError); one that cannot be paused (it ended
   * meanwhile) is left as it is. Returns how many paused.
   */
  async pauseSending(reason: Phrase | string): Promise<number> {
    const paused = await Promise.all(
      this.runner.sending().map((id) =>
        this.pause(id, { cause: 'unexpected_error', reason }).then(
          () => true,
          () => false,
        ),
      ),
    )
    return paused.filter(Boolean).length
  }

  async close(): Promise<void> {
    for (const stop of this.unsubscribe) stop()
    await this.runner.closeAll()
    this.progressReporter.close()
  }

  /**
   * "Move the rest to the other numbers": a number's queued messages go to the campaign's other numbers.
   * Only ever asked for: the same contact must never hear from two numbers, so nothing moves by itself.
   */
  moveRest(campaignId: number, accountId: number): Campaign {
    const campaign = this.record(campaignId)
    if (['completed', 'cancelled'].includes(campaign.status))
      throw new AppError('CONFLICT', phrase('sending.campaign.nothingToMove'))
    const moved = this.numbers.moveRest(campaignId, accountId)
    const words = `Moved ${moved} messages of campaign "${campaign.name}" to its other numbers`
    this.deps.record('campaign_share_moved', words, { campaignId, accountId, moved })
    if (campaign.status === 'running') this.runner.widen(campaign)
    this.progressReporter.poke(campaignId)
    return this.get(campaignId)
  }

  private run(campaign: CampaignRecord): Campaign {
    assertCampaignMove(campaign.status, 'running')
    this.transportFor(campaign, 1)
    this.numbers.clearPauses(campaign.id)
    this.runner.claim(campaign.id)
    const moved = this.repo.move(campaign.id, campaign.status, {
      status: 'running',
      reason: null,
      startedAt: iso(this.deps.clock.now()),
    })
    if (!moved) throw new AppError('CONFLICT', phrase('sending.campaign.changedMeanwhile'))
    this.runner.unschedule(campaign.id)
    void this.runner.launch(this.record(campaign.id))
    this.deps.record(
      'campaign_started',
      `Sending campaign "${campaign.name}"${campaign.dryRun ? ' (dry run)' : ''}`,
    )
    this.progressReporter.poke(campaign.id)
    return this.get(campaign.id)
  }

  private arm(campaignId: number, at: number): void {
    this.runner.schedule(campaignId, at, () => {
      try {
        const campaign = this.record(campaignId)
        if (campaign.status === 'scheduled') this.run(campaign)
      } catch (error) {
        this.deps.record(
          'campaign_error',
          `Campaign ${campaignId} could not start at its time`,
          { error: String(error) },
          'error',
        )
      }
    })
  }

  private transportFor(campaign: CampaignRecord, accountId: number): Transport {
    return this.numbers.transport(campaign.dryRun ? this.deps.dryRun : this.live, accountId)
  }

  private zoneOfNext(campaignId: number): string {
    const next = this.messages.withStatus(campaignId, 'queued', 1)[0]
    return next ? this.zoneOf(next.phone) : 'UTC'
  }

  private record(campaignId: number): CampaignRecord {
    const campaign = this.repo.get(campaignId)
    if (!campaign) throw new AppError('NOT_FOUND', phrase('sending.campaign.notFound'))
    return campaign
  }

  private now(): string {
    return iso(this.deps.clock.now())
  }
}
