import type { PacingSpec } from '../../src-shared/domain/campaigns'
import { sendAccount } from '../db/repos/send-slots-repo'
import type { SendAccount, SendSlotsRepo } from '../db/repos/send-slots-repo'
import { warmUpCaps } from './pace-presets'
import { Pacer } from './pacing'
import type { PaceDecision } from './pacing'

const DAY = 24 * 60 * 60_000
const unlimited = 1_000_000_000
/** The warm-up schedule's last day (pace-presets.ts): from day 11 the pace's own caps apply. */
export const warmUpDays = 10

export type SendBudgetDeps = {
  /** The slots of the last two days, and each account's very first one (when its warm-up began). */
  slots: SendSlotsRepo
  /** "This number has sent to customers for months" turns the number's warm-up off. */
  established(accountId: number): boolean
}

export type WarmUp = { day: number; hourlyCap: number; dailyCap: number }

export type Claim = { taken: true } | { taken: false; at: number }

/**
 * One sending budget per account — the WhatsApp number, or the dry runs' own — kept in SQLite and asked
 * before every send by every campaign of every process: the minimum gap between any two sends (with the
 * pace's random spread), the rolling hourly and 24-hour caps, and the warm-up caps of a number whose first
 * Herald send is less than 11 days old. Batch pauses and the sending window stay with each campaign.
 */
export class SendBudget {
  constructor(private readonly deps: SendBudgetDeps) {}

  /** The budget a campaign sends under; null for the "no waiting" pace of test runs. */
  forCampaign(
    campaign: { id: number; dryRun: boolean; pacing: PacingSpec },
    accountId = 1,
  ): CampaignBudget | null {
    if (campaign.pacing.preset === 'none') return null
    return new CampaignBudget(
      this,
      sendAccount(campaign.dryRun, accountId),
      campaign.id,
      campaign.pacing,
      accountId,
    )
  }

  /**
   * The budget an answer typed in the Inbox is sent under: the number's live budget with the answer's own
   * pace. Its slot has no campaign, and every campaign on the number counts it.
   */
  forAnswer(accountId: number, pacing: PacingSpec): CampaignBudget {
    return new CampaignBudget(this, sendAccount(false, accountId), null, pacing, accountId)
  }

  /** Which day of the warm-up the number is on at `now`, and what it allows; null once it is over. */
  warmUp(dryRun: boolean, now: number, spec?: PacingSpec, accountId = 1): WarmUp | null {
    if (this.deps.established(accountId)) return null
    const first = this.firstSendAt(sendAccount(dryRun, accountId))
    const day = first === undefined ? 1 : Math.floor((now - first) / DAY) + 1
    if (day > warmUpDays) return null
    return { day, ...warmUpCaps(spec ?? ({ hourlyCap: unlimited, dailyCap: unlimited } as PacingSpec), day) }
  }

  /** The account's sends of the last 24 hours and its first send, for estimates that count them. */
  history(
    dryRun: boolean,
    now: number,
    accountId = 1,
  ): { sentAt: number[]; firstSendAt: number | undefined } {
    const account = sendAccount(dryRun, accountId)
    return { sentAt: this.deps.slots.since(account, now - DAY), firstSendAt: this.firstSendAt(account) }
  }

  /** Whether the warm-up schedule applies to the number. */
  warmingUp(accountId = 1): boolean {
    return !this.deps.established(accountId)
  }

  /** A pacer over the account's sends of the last 24 hours, for the account-wide rules only. */
  pacerFor(account: SendAccount, spec: PacingSpec, now: number, draw: number, accountId = 1): Pacer {
    const accountRules: PacingSpec = {
      ...spec,
      batchSize: unlimited,
      batchPauseMinutes: 0,
      windowStart: '00:00',
      windowEnd: '24:00',
      warmUp: this.warmingUp(accountId),
    }
    const dryRun = account.startsWith('dry-run')
    return new Pacer(accountRules, () => draw, this.history(dryRun, now, accountId))
  }

  get slots(): SendSlotsRepo {
    return this.deps.slots
  }

  private firstSendAt(account: SendAccount): number | undefined {
    return this.deps.slots.oldest(account) ?? undefined
  }
}

/** The account's budget as one campaign sees it, with that campaign's pace. */
export class CampaignBudget {
  constructor(
    private readonly budget: SendBudget,
    readonly account: SendAccount,
    /** null for an answer sent from the Inbox. */
    private readonly campaignId: number | null,
    private readonly spec: PacingSpec,
    private readonly accountId = 1,
  ) {}

  /** The earliest time ≥ now at which the account allows this campaign's next send; `draw` (0–1) picks the gap. */
  nextFree(now: number, draw: number): number {
    return this.budget.pacerFor(this.account, this.spec, now, draw, this.accountId).nextSendAt(now, 'UTC')
  }

  /**
   * The same answer with its reason: the gap after another campaign's send on this number is the shared
   * budget's wait, not this campaign's pace.
   */
  decide(now: number, draw: number): PaceDecision {
    const decision = this.budget
      .pacerFor(this.account, this.spec, now, draw, this.accountId)
      .decide(now, 'UTC')
    if (decision.reason !== 'pace') return decision
    const last = this.budget.slots.lastCampaign(this.account)
    return last !== null && last !== this.campaignId ? { ...decision, reason: 'shared_budget' } : decision
  }

  /**
   * Takes the slot at `now` and records the send intent (`intent`, which returns false when the message
   * is no longer there to send) in one write transaction: another process that took the budget meanwhile
   * makes this answer "not yet", with the time to try again. Nothing is taken unless the intent is.
   */
  claim(now: number, draw: number, messageId: number | null, intent: () => boolean): Claim {
    return this.budget.slots.exclusively(() => {
      const free = this.nextFree(now, draw)
      if (free > now) return { taken: false, at: free }
      if (!intent()) return { taken: false, at: now }
      this.budget.slots.take(this.account, now, this.campaignId, messageId)
      return { taken: true }
    })
  }
}
