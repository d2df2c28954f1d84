import { seededRandom } from '../../src-shared/domain/random'
import type { CampaignRecord, CampaignsRepo } from '../db/repos/campaigns-repo'
import type { MessagesRepo } from '../db/repos/messages-repo'
import type { Transport } from '../transport/transport'
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
  transportFor(campaign: CampaignRecord): Transport
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
  private readonly engines = new Map<number, CampaignEngine>()
  private readonly outcomes = new Map<number, Promise<EngineOutcome>>()
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

  /** Starts sending a campaign already moved to `running` (the caller claimed it first). */
  launch(campaign: CampaignRecord): Promise<EngineOutcome> {
    const { clock, messages } = this.deps
    const now = clock.now()
    const history = {
      sentAt: messages.sentTimesSince(new Date(now - day).toISOString(), campaign.dryRun).map(Date.parse),
      firstSendAt: ((first) => (first ? Date.parse(first) : undefined))(
        messages.firstSentAt(campaign.dryRun),
      ),
    }
    const engine = new CampaignEngine(
      {
        ...this.deps,
        transport: this.deps.transportFor(campaign),
        pacer: new Pacer(campaign.pacing, seededRandom(`pace:${campaign.id}:${now}`), history),
        budget: this.deps.budget?.forCampaign(campaign) ?? null,
        random: seededRandom(`budget:${campaign.id}:${now}`),
        safety: this.deps.safetySignals?.judgeFor(campaign),
      },
      campaign,
    )
    this.engines.set(campaign.id, engine)
    const outcome = engine.done
      .catch((error: unknown) => this.crashed(campaign, error))
      .finally(() => {
        this.engines.delete(campaign.id)
        this.outcomes.delete(campaign.id)
        this.deps.locks.release(campaign.id)
        if (!this.closed) this.deps.onChange(campaign.id)
      })
    this.outcomes.set(campaign.id, outcome)
    return outcome
  }

  /** Asks the engine to stop and waits until the message in flight has its outcome committed. */
  async halt(campaignId: number): Promise<void> {
    const engine = this.engines.get(campaignId)
    if (!engine) return
    engine.stop()
    await engine.done.catch(() => undefined)
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
    const reason = `Herald hit an unexpected problem and paused the campaign (${detail}). Resume to try again.`
    // Closing: the database and the log may be gone. The campaign stays `running`; recovery settles it.
    if (this.closed) return 'stopped'
    try {
      this.deps.note('campaign_error', `Campaign "${campaign.name}" stopped on an error`, { detail }, 'error')
      const paused = this.deps.campaigns.move(campaign.id, 'running', {
        status: 'paused',
        cause: 'unexpected_error',
        reason,
      })
      return paused ? 'paused' : 'stopped'
    } catch {
      // The database itself is gone (closing): the campaign stays `running` and start-up recovery settles it.
      return 'stopped'
    }
  }
}
