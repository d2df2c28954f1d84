import { seededRandom } from '../../src-shared/domain/random'
import { phrase } from '../../src-shared/i18n/phrase'
import type { Phrase } from '../../src-shared/i18n/phrase'
import { english } from '../../src-shared/i18n/wording'
import { reasonOf } from '../db/repos/campaigns-repo'
import type { CampaignRecord, CampaignsRepo } from '../db/repos/campaigns-repo'
import type { MessagesRepo } from '../db/repos/messages-repo'
import type { Transport } from '../transport/transport'
import type { PauseCause } from '../../src-shared/domain/campaigns'
import type { ShareRecord } from '../db/repos/accounts-repo'
import type { BreakerOptions } from './breaker'
import type { Clock } from '../clock'
import { CampaignEngine } from './engine'
import type { EngineOutcome } from './engine'
import { Pacer } from './pacing'
import type { SendBudget } from './send-budget'
import type { RunLocks } from './run-lock'
import type { SafetySignals } from './safety-signals'

export type RunnerDeps = {
  /** The account's shared sending budget; every engine asks it before each send. */
  budget?: SendBudget
  campaigns: CampaignsRepo
  messages: MessagesRepo
  clock: Clock
  locks: RunLocks
  attachmentsDir: string
  transportFor(campaign: CampaignRecord, accountId: number): Transport
  /** The numbers a campaign goes out on, and the share each paused on its own. */
  shares: {
    of(campaignId: number): ShareRecord[]
    pause(campaignId: number, accountId: number, cause: PauseCause, reason: Phrase): void
  }
  isOptedOut(phone: string): boolean
  timeZoneFor(phone: string): string
  onChange(campaignId: number): void
  note(kind: string, message: string, data?: unknown, level?: 'info' | 'warn' | 'error'): void
  breaker?: BreakerOptions
  /** Opt-outs and complaints in the account's latest sends: each engine gets its judge. */
  safetySignals?: SafetySignals
}

const day = 24 * 60 * 60 * 1000

/**
 * The engines of this process, one per sending campaign, and the timers of scheduled ones. Memory only
 * mirrors SQLite: a campaign's status is the truth, and this only decides who is sending it right now.
 */
export class CampaignRunner {
  /** Each sending campaign's engines, one per number with messages left (its lane). */
  private readonly engines = new Map<number, Map<number, CampaignEngine>>()
  private readonly outcomes = new Map<number, Promise<EngineOutcome>>()
  /** The lanes' ends of each sending campaign, waited for together. */
  private readonly ends = new Map<number, Set<Promise<EngineOutcome>>>()
  /** Campaigns `halt` stopped: their run ends 'stopped' whatever their lanes said. */
  private readonly aborted = new Set<number>()
  private readonly timers = new Map<number, AbortController>()
  private closed = false

  constructor(private readonly deps: RunnerDeps) {}

  isSending(campaignId: number): boolean {
    return this.engines.has(campaignId)
  }

  /** Takes the campaign's run lock; throws CONFLICT when another live process holds it. */
  claim(campaignId: number): void {
    if (!this.engines.has(campaignId)) this.deps.locks.acquire(campaignId)
  }

  /** Lets go of a lock taken with `claim` for work that did not launch an engine. */
  unclaim(campaignId: number): void {
    if (!this.engines.has(campaignId)) this.deps.locks.release(campaignId)
  }

  /** The process id of another live Herald sending this campaign, or null. */
  heldElsewhere(campaignId: number): number | null {
    return this.deps.locks.heldElsewhere(campaignId)
  }

  /** How this process's run of the campaign ended (waiting for it), or undefined if it is not sending. */
  whenDone(campaignId: number): Promise<EngineOutcome> | undefined {
    return this.outcomes.get(campaignId)
  }

  /**
   * Starts sending a campaign already moved to `running` (the caller claimed it first): one lane for each
   * of its numbers with messages left, each with that number's transport, pace, budget and breaker. The
   * campaign's outcome is known once every lane has ended.
   */
  launch(campaign: CampaignRecord): Promise<EngineOutcome> {
    const lanes = new Map<number, CampaignEngine>()
    this.engines.set(campaign.id, lanes)
    const shares = this.deps.shares.of(campaign.id)
    const several = shares.length > 1
    const busy = shares.filter((s) => this.deps.messages.unfinished(campaign.id, s.accountId) > 0)
    // With nothing left anywhere, one lane still runs to finish the campaign
    const chosen = busy.length > 0 ? busy : shares.slice(0, 1)
    const ends = new Set<Promise<EngineOutcome>>()
    this.ends.set(campaign.id, ends)
    for (const accountId of chosen.length > 0 ? chosen.map((s) => s.accountId) : [1])
      ends.add(this.lane(campaign, lanes, accountId, several))
    const outcome = this.allEnded(ends)
      .then((results) => this.settle(campaign, results))
      .finally(() => {
        this.ends.delete(campaign.id)
        this.engines.delete(campaign.id)
        this.outcomes.delete(campaign.id)
        this.deps.locks.release(campaign.id)
        if (!this.closed) this.deps.onChange(campaign.id)
      })
    this.outcomes.set(campaign.id, outcome)
    return outcome
  }

  /** Waits for every lane, those `widen` adds meanwhile too. */
  private async allEnded(ends: Set<Promise<EngineOutcome>>): Promise<EngineOutcome[]> {
    const results: EngineOutcome[] = []
    while (ends.size > 0) {
      const batch = [...ends]
      ends.clear()
      results.push(...(await Promise.all(batch)))
    }
    return results
  }

  /** One number's lane: its engine, removed from the campaign's lanes when it ends. */
  private lane(
    campaign: CampaignRecord,
    lanes: Map<number, CampaignEngine>,
    accountId: number,
    several: boolean,
  ): Promise<EngineOutcome> {
    const { clock, messages } = this.deps
    const now = clock.now()
    const history = {
      sentAt: messages
        .sentTimesSince(new Date(now - day).toISOString(), campaign.dryRun, accountId)
        .map(Date.parse),
      firstSendAt: ((first) => (first ? Date.parse(first) : undefined))(
        messages.firstSentAt(campaign.dryRun, accountId),
      ),
    }
    const seed = `${campaign.id}:${accountId}:${now}`
    const engine = new CampaignEngine(
      {
        ...this.deps,
        transport: this.deps.transportFor(campaign, accountId),
        pacer: new Pacer(campaign.pacing, seededRandom(`pace:${seed}`), history),
        budget: this.deps.budget?.forCampaign(campaign, accountId) ?? null,
        random: seededRandom(`budget:${seed}`),
        safety: this.deps.safetySignals?.judgeFor(campaign),
        accountId: several ? accountId : undefined,
        share: several
          ? {
              othersSending: () => [...lanes.keys()].some((id) => id !== accountId),
              pause: (cause, reason) => this.deps.shares.pause(campaign.id, accountId, cause, reason),
            }
          : undefined,
      },
      campaign,
    )
    lanes.set(accountId, engine)
    return engine.done
      .catch((error: unknown) => this.crashed(campaign, error))
      .finally(() => lanes.delete(accountId))
  }

  /**
   * Every lane has ended. A lane that paused its number's share while others went on leaves the campaign
   * `running` with messages left: it pauses now, with that number's reason.
   */
  private settle(campaign: CampaignRecord, results: EngineOutcome[]): EngineOutcome {
    if (this.closed || this.aborted.delete(campaign.id)) return 'stopped'
    const { campaigns, messages } = this.deps
    const status = campaigns.status(campaign.id)
    if (status !== 'running') {
      if (results.every((r) => r === 'stopped')) return 'stopped'
      return status === 'paused' ? 'paused' : status === 'completed' ? 'completed' : 'stopped'
    }
    if (messages.unfinished(campaign.id) === 0) return 'completed'
    const pausedShare = this.deps.shares.of(campaign.id).find((s) => s.pausedCause !== null)
    const { reason, reasonPhrase } = pausedShareReason(pausedShare)
    const paused = campaigns.move(campaign.id, 'running', {
      status: 'paused',
      cause: (pausedShare?.pausedCause as PauseCause | undefined) ?? 'unexpected_error',
      reason,
      reasonPhrase,
    })
    this.deps.note('campaign_paused', `Campaign "${campaign.name}" paused itself: ${reason}`)
    return paused ? 'paused' : 'stopped'
  }

  /** A number's share was given to the campaign's other numbers while it sends: lanes for them. */
  widen(campaign: CampaignRecord): void {
    const lanes = this.engines.get(campaign.id)
    const ends = this.ends.get(campaign.id)
    if (!lanes || !ends) return
    for (const share of this.deps.shares.of(campaign.id)) {
      if (lanes.has(share.accountId) || share.pausedCause !== null) continue
      if (this.deps.messages.unfinished(campaign.id, share.accountId) === 0) continue
      ends.add(this.lane(campaign, lanes, share.accountId, true))
    }
  }

  /** Asks the engine to stop and waits until the message in flight has its outcome committed. */
  async halt(campaignId: number): Promise<void> {
    const lanes = this.engines.get(campaignId)
    if (!lanes) return
    this.aborted.add(campaignId)
    for (const engine of lanes.values()) engine.stop()
    await this.outcomes.get(campaignId)?.catch(() => undefined)
  }

  /** Calls `start` at `at` (epoch ms) unless cancelled first. */
  schedule(campaignId: number, at: number, start: () => void): void {
    this.unschedule(campaignId)
    const controller = new AbortController()
    this.timers.set(campaignId, controller)
    void this.deps.clock.sleep(Math.max(0, at - this.deps.clock.now()), controller.signal).then(() => {
      if (controller.signal.aborted) return
      this.timers.delete(campaignId)
      start()
    })
  }

  unschedule(campaignId: number): void {
    this.timers.get(campaignId)?.abort()
    this.timers.delete(campaignId)
  }

  /** Whether any campaign is sending in this process right now. */
  anySending(): boolean {
    return this.engines.size > 0
  }

  /** The campaigns this process is sending right now. */
  sending(): number[] {
    return [...this.engines.keys()]
  }

  /** Stops everything this process is doing; each engine first commits its message in flight. */
  async closeAll(): Promise<void> {
    this.closed = true
    for (const id of [...this.timers.keys()]) this.unschedule(id)
    await Promise.all([...this.engines.keys()].map((id) => this.halt(id)))
  }

  // A bug or a database failure inside the loop: the campaign pauses with the reason rather than vanishing.
  private crashed(campaign: CampaignRecord, error: unknown): EngineOutcome {
    const detail = error instanceof Error ? error.message : String(error)
    // Closing: the database and the log may be gone. The campaign stays `running`; recovery settles it.
    if (this.closed) return 'stopped'
    try {
      this.deps.note('campaign_error', `Campaign "${campaign.name}" stopped on an error`, { detail }, 'error')
      const paused = this.deps.campaigns.move(campaign.id, 'running', {
        status: 'paused',
        cause: 'unexpected_error',
        ...reasonOf(phrase('sending.pause.unexpected', { detail })),
      })
      return paused ? 'paused' : 'stopped'
    } catch {
      // The database itself is gone (closing): the campaign stays `running` and start-up recovery settles it.
      return 'stopped'
    }
  }
}

/**
 * Why the campaign paused when its last lane ended: the paused number's name and reason in English, and for
 * the window that number's own phrase (its name is beside it in the numbers' panel).
 */
function pausedShareReason(share: ShareRecord | undefined): {
  reason: string
  reasonPhrase: Phrase | null
} {
  if (!share || share.pausedReason === null) {
    const said = share
      ? phrase('sending.pause.numberPaused', { name: share.name })
      : phrase('sending.pause.noNumberLeft')
    return { reason: english(said), reasonPhrase: said }
  }
  return { reason: `${share.name}: ${share.pausedReason}`, reasonPhrase: share.pausedReasonPhrase }
}
