import type { CampaignInput } from '../../src-shared/domain/campaigns'
import { phrase } from '../../src-shared/i18n/phrase'
import type { CampaignsRepo } from '../db/repos/campaigns-repo'
import type { MessagesRepo } from '../db/repos/messages-repo'
import type { TemplatesRepo } from '../db/repos/templates-repo'
import { AppError } from '../errors'
import type { AccountView } from './account-view'
import { assertCreatable, createCampaign, shareDealer } from './create-campaign'
import type { CreateDeps, CreatePlan, ShareWeight } from './create-campaign'
import { estimateCampaign } from './estimate'
import type { CampaignEstimate } from './estimate'
import { paceSpec } from './pace-presets'
import type { RecentContacts } from './recent-contacts'
import type { CampaignNumbers } from './numbers'
import type { CampaignServiceDeps } from './service-deps'

export type PlannerParts = {
  repo: CampaignsRepo
  messages: MessagesRepo
  templates: TemplatesRepo
  recent: RecentContacts
  accountView: AccountView
  numbers: CampaignNumbers
  zoneOf(phone: string): string
}

/** Before a campaign exists: what it would send and when (the estimate), and writing it with its messages. */
export class CampaignPlanner {
  constructor(
    private readonly deps: CampaignServiceDeps,
    private readonly parts: PlannerParts,
  ) {}

  /**
   * How many messages, when the last goes, and how many the frequency cap leaves out. With several
   * numbers, each number's share (dealt by weight, as at creation) goes at its own pace, budget and
   * warm-up, and the campaign finishes when the slowest share does.
   */
  estimate(
    listId: number,
    pace: CampaignInput['pace'],
    cap: { dryRun?: boolean; skipRecentDays?: number; accounts?: CampaignInput['accounts'] } = {},
  ): CampaignEstimate {
    const { recent, accountView, numbers } = this.parts
    const dryRun = cap.dryRun ?? false
    const list = this.deps.lists.get(listId)
    const spec = paceSpec(pace, this.deps.settings.get())
    const first = this.deps.lists.contacts(listId, { verdict: 'valid', offset: 0, limit: 1 }).rows[0]
    const skipRecentDays = recent.daysFor(cap.skipRecentDays)
    const recentlyContacted = recent.count(listId, dryRun, skipRecentDays)
    const messages = Math.max(0, list.counts.valid - recentlyContacted)
    const zone = this.parts.zoneOf(first?.phone ?? '')
    const now = this.deps.clock.now()
    const shares = numbers.chosen(cap.accounts)
    const dealt = dealCounts(shares, messages)
    const names = new Map(numbers.names().map((n) => [n.id, n.name]))
    const each = shares.map((share) => {
      const account = accountView.forNew(dryRun, spec, now, share.accountId, (other) =>
        numbers.remainingOn(other.id, share.accountId),
      )
      const own = dealt.get(share.accountId) ?? 0
      return { share, account, estimate: estimateCampaign(account.spec, own, now, zone, account) }
    })
    // The slowest share says when the campaign ends, and its number's warm-up is the one worth telling
    const slowest = each.reduce((a, b) => ((b.estimate.finishAt ?? '') > (a.estimate.finishAt ?? '') ? b : a))
    return {
      messages,
      finishAt: slowest.estimate.finishAt,
      days: Math.max(...each.map((e) => e.estimate.days)),
      recentlyContacted,
      skipRecentDays,
      sharing: [...new Set(each.flatMap((e) => e.account.sharing))],
      warmUp: slowest.account.warmUp,
      numbers:
        shares.length < 2
          ? []
          : each.map((e) => ({
              accountId: e.share.accountId,
              name: names.get(e.share.accountId) ?? `Number ${e.share.accountId}`,
              messages: e.estimate.messages,
              finishAt: e.estimate.finishAt,
            })),
    }
  }

  /** Writes a new campaign from the user's choices, with today's settings; returns its id. */
  create(input: CampaignInput): Promise<number> {
    assertCreatable(input, this.deps.live !== undefined)
    const template = this.parts.templates.get(input.templateId)
    if (!template) throw new AppError('NOT_FOUND', phrase('sending.create.templateGone'))
    const list = this.deps.lists.get(input.listId)
    const { recent } = this.parts
    return this.insert({
      input,
      list,
      template,
      pacing: paceSpec(input.pace, this.deps.settings.get()),
      recent: recent.capFor(list.id, input.dryRun, recent.daysFor(input.skipRecentDays)),
      shares: this.parts.numbers.chosen(input.accounts),
    })
  }

  /** Writes a campaign planned elsewhere (History's retry); returns its id. */
  createFrom(plan: Omit<CreatePlan, 'list' | 'recent'>): Promise<number> {
    return this.insert({ ...plan, list: this.deps.lists.get(plan.input.listId) })
  }

  private insert(plan: CreatePlan): Promise<number> {
    const deps: CreateDeps = {
      campaigns: this.parts.repo,
      messages: this.parts.messages,
      contacts: (listId, offset, limit) => this.deps.lists.validAtImport(listId, offset, limit),
      isOptedOut: (phone) => this.deps.optOuts.has(phone),
      now: () => new Date(this.deps.clock.now()).toISOString(),
      room: this.deps.disk,
      saveShares: (id, shares) => this.parts.numbers.save(id, shares),
    }
    return createCampaign(deps, plan)
  }
}

/** How many of `messages` each number gets, dealt as creation deals them. */
function dealCounts(shares: readonly ShareWeight[], messages: number): Map<number, number> {
  const counts = new Map<number, number>()
  if (shares.length === 1) return new Map([[shares[0]!.accountId, messages]])
  const deal = shareDealer(shares)
  for (let i = 0; i < messages; i += 1) {
    const id = deal()
    counts.set(id, (counts.get(id) ?? 0) + 1)
  }
  return counts
}
