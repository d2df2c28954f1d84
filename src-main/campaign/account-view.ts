import type { CampaignRecord, CampaignsRepo } from '../db/repos/campaigns-repo'
import type { PacingSpec } from '../../src-shared/domain/campaigns'
import { estimateFinish } from './pacing'
import type { History } from './pacing'
import type { SendBudget, WarmUp } from './send-budget'

/** What the live view says about the account a campaign sends on. */
export type AccountContext = { sharing: string[]; warmUp: WarmUp | null }

const remainingOf = (c: CampaignRecord): number => c.counts.queued + c.counts.sending

/**
 * A campaign seen with the others on its account: those sending at the same time (in this process or
 * another: the database says), the warm-up day, and when it should finish with the budget shared.
 */
export class AccountView {
  constructor(
    private readonly campaigns: CampaignsRepo,
    private readonly budget: SendBudget,
  ) {}

  /** The other campaigns sending on the same account now (dry runs have an account of their own). */
  others(c: { id: number | null; dryRun: boolean }): CampaignRecord[] {
    return this.campaigns
      .idsWithStatus('running')
      .filter((id) => id !== c.id)
      .map((id) => this.campaigns.get(id))
      .filter((o): o is CampaignRecord => o !== undefined && o.dryRun === c.dryRun)
  }

  context(c: CampaignRecord, now: number): AccountContext {
    if (c.pacing.preset === 'none') return { sharing: [], warmUp: null }
    return {
      sharing: c.status === 'running' ? this.others(c).map((o) => o.name) : [],
      warmUp: this.budget.warmUp(c.dryRun, now, c.pacing),
    }
  }

  /**
   * Before start: the budget a new campaign would share on one number, as estimateCampaign takes it.
   * `remainingOn` tells how many messages another running campaign still has for this number (0 when it
   * does not send from it); left out, all of them.
   */
  forNew(
    dryRun: boolean,
    spec: PacingSpec,
    now: number,
    accountId = 1,
    remainingOn: (other: CampaignRecord) => number = remainingOf,
  ): {
    spec: PacingSpec
    history?: History
    othersRemaining: number
    sharing: string[]
    warmUp: WarmUp | null
  } {
    if (spec.preset === 'none') return { spec, othersRemaining: 0, sharing: [], warmUp: null }
    const others = this.others({ id: null, dryRun })
      .map((o) => ({ name: o.name, remaining: remainingOn(o) }))
      .filter((o) => o.remaining > 0)
    return {
      spec: { ...spec, warmUp: this.budget.warmingUp(accountId) },
      history: this.budget.history(dryRun, now, accountId),
      othersRemaining: others.reduce((n, o) => n + o.remaining, 0),
      sharing: others.map((o) => o.name),
      warmUp: this.budget.warmUp(dryRun, now, spec, accountId),
    }
  }

  /**
   * When the last of `remaining` messages should go: the budget is shared, so every other running
   * campaign's messages go through it too, after the sends of the last 24 hours.
   */
  finishAt(
    c: CampaignRecord,
    remaining: number,
    now: number,
    timeZone: string,
    random: () => number,
  ): number {
    const others = c.pacing.preset === 'none' ? [] : this.others(c)
    const total = remaining + others.reduce((n, o) => n + remainingOf(o), 0)
    const spec = { ...c.pacing, warmUp: c.pacing.preset !== 'none' && this.budget.warmingUp() }
    const history = c.pacing.preset === 'none' ? undefined : this.budget.history(c.dryRun, now)
    return estimateFinish(spec, total, now, timeZone, random, history)
  }
}
