import type { CampaignInput } from '../../src-shared/domain/campaigns'
import type { CampaignsRepo } from '../db/repos/campaigns-repo'
import type { MessagesRepo } from '../db/repos/messages-repo'
import type { TemplatesRepo } from '../db/repos/templates-repo'
import { AppError } from '../errors'
import type { AccountView } from './account-view'
import { assertCreatable, createCampaign } from './create-campaign'
import type { CreateDeps, CreatePlan } from './create-campaign'
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

  /** How many messages, when the last goes, and how many the frequency cap leaves out. */
  estimate(
    listId: number,
    pace: CampaignInput['pace'],
    cap: { dryRun?: boolean; skipRecentDays?: number } = {},
  ): CampaignEstimate {
    const { recent, accountView } = this.parts
    const list = this.deps.lists.get(listId)
    const spec = paceSpec(pace, this.deps.settings.get())
    const first = this.deps.lists.contacts(listId, { verdict: 'valid', offset: 0, limit: 1 }).rows[0]
    const skipRecentDays = recent.daysFor(cap.skipRecentDays)
    const recentlyContacted = recent.count(listId, cap.dryRun ?? false, skipRecentDays)
    const messages = Math.max(0, list.counts.valid - recentlyContacted)
    const zone = this.parts.zoneOf(first?.phone ?? '')
    const now = this.deps.clock.now()
    const account = accountView.forNew(cap.dryRun ?? false, spec, now)
    return {
      ...estimateCampaign(account.spec, messages, now, zone, account),
      recentlyContacted,
      skipRecentDays,
      sharing: account.sharing,
      warmUp: account.warmUp,
    }
  }

  /** Writes a new campaign from the user's choices, with today's settings; returns its id. */
  create(input: CampaignInput): Promise<number> {
    assertCreatable(input, this.deps.live !== undefined)
    const template = this.parts.templates.get(input.templateId)
    if (!template)
      throw new AppError('NOT_FOUND', 'That message template no longer exists. Choose another one.')
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
