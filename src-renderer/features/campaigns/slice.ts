import type { StateCreator } from 'zustand'
import type {
  Campaign,
  CampaignInput,
  CampaignProgress,
  StatusCounts,
} from '../../../src-shared/domain/campaigns'
import type { AppFailure, Result } from '../../../src-shared/ipc/result'
import { api } from '../../lib/api'
import type { Loadable } from '../../state/app-slice'
import type { Store } from '../../state/store'
import { loadWhole } from '../../state/whole-lists'
import type { CampaignForm } from './use-campaign-form'

export type CampaignAction = 'start' | 'pause' | 'resume' | 'stop'

/** A campaign that was created may still fail to start; the caller then needs both. */
export type CreateOutcome =
  { ok: true; campaign: Campaign } | { ok: false; error: AppFailure; campaign: Campaign | null }

export type CampaignsSlice = {
  campaigns: Campaign[]
  campaignsStatus: Loadable
  campaignsError: string | null
  /** The latest progress of each campaign Herald told us about, by campaign id. */
  progress: Record<number, CampaignProgress>
  /** The new-campaign form as the user left it to send a test message first, to fill it again on return. */
  campaignDraft: CampaignForm | null
  keepCampaignDraft: (form: CampaignForm | null) => void
  loadCampaigns: () => Promise<void>
  /** Reads one campaign and its progress, so a reload shows what the engine has now. */
  loadCampaign: (campaignId: number) => Promise<Result<Campaign>>
  setProgress: (progress: CampaignProgress) => void
  createAndStart: (input: CampaignInput, at?: string) => Promise<CreateOutcome>
  controlCampaign: (campaignId: number, action: CampaignAction) => Promise<Result<Campaign>>
  /** "Move the rest to the other numbers": a number's waiting messages go to the campaign's other numbers. */
  moveRest: (campaignId: number, accountId: number) => Promise<Result<Campaign>>
  deleteCampaign: (campaignId: number) => Promise<Result<null>>
}

type SetState = Parameters<StateCreator<Store, [], [], CampaignsSlice>>[0]

function upsert(set: SetState, campaign: Campaign): void {
  set((state) => {
    const known = state.campaigns.some((c) => c.id === campaign.id)
    return {
      campaigns: known
        ? state.campaigns.map((c) => (c.id === campaign.id ? campaign : c))
        : [campaign, ...state.campaigns],
    }
  })
}

const sameCounts = (a: StatusCounts, b: StatusCounts): boolean =>
  (Object.keys(a) as (keyof StatusCounts)[]).every((status) => a[status] === b[status])

/**
 * The list with a campaign's progress carried into it (status, reason, counts, total), so it stays current
 * without reads. Only that campaign's object is new; when nothing shown changed, the list is the same array,
 * and the screens that select it do not draw again.
 */
function carryProgress(campaigns: Campaign[], progress: CampaignProgress): Campaign[] {
  const index = campaigns.findIndex((c) => c.id === progress.campaignId)
  const campaign = campaigns[index]
  if (!campaign) return campaigns
  const { status, statusReason, statusReasonPhrase, counts, total } = progress
  // The phrase follows its English words: the same words, the same phrase
  const same =
    campaign.status === status &&
    campaign.statusReason === statusReason &&
    campaign.total === total &&
    sameCounts(campaign.counts, counts)
  return same
    ? campaigns
    : campaigns.with(index, { ...campaign, status, statusReason, statusReasonPhrase, counts, total })
}

export const createCampaignsSlice: StateCreator<Store, [], [], CampaignsSlice> = (set, get) => {
  // A pushed event is newer than a read that was already on its way; this tells them apart.
  let clock = 0
  const pushedAt = new Map<number, number>()

  async function loadProgress(campaignId: number): Promise<void> {
    const asked = clock
    const result = await api.invoke('campaigns:progress', { campaignId })
    if (!result.ok || (pushedAt.get(campaignId) ?? -1) >= asked) return
    set((state) => ({ progress: { ...state.progress, [campaignId]: result.value } }))
  }

  return {
    campaigns: [],
    campaignsStatus: 'idle',
    campaignsError: null,
    progress: {},
    campaignDraft: null,
    keepCampaignDraft(campaignDraft) {
      set({ campaignDraft })
    },
    loadCampaigns: () => loadWhole(set, 'campaigns', () => api.invoke('campaigns:list', {})),
    async loadCampaign(campaignId) {
      const [result] = await Promise.all([
        api.invoke('campaigns:get', { campaignId }),
        loadProgress(campaignId),
      ])
      if (result.ok) upsert(set, result.value)
      return result
    },
    setProgress(progress) {
      pushedAt.set(progress.campaignId, ++clock)
      set((state) => ({
        progress: { ...state.progress, [progress.campaignId]: progress },
        campaigns: carryProgress(state.campaigns, progress),
      }))
    },
    async createAndStart(input, at) {
      const created = await api.invoke('campaigns:create', input)
      if (!created.ok) return { ok: false, error: created.error, campaign: null }
      upsert(set, created.value)
      const started = await api.invoke('campaigns:start', { campaignId: created.value.id, at })
      if (!started.ok) return { ok: false, error: started.error, campaign: created.value }
      upsert(set, started.value)
      return { ok: true, campaign: started.value }
    },
    async controlCampaign(campaignId, action) {
      const result = await api.invoke(`campaigns:${action}`, { campaignId })
      if (result.ok) {
        upsert(set, result.value)
        void loadProgress(campaignId)
      }
      return result
    },
    async moveRest(campaignId, accountId) {
      const result = await api.invoke('campaigns:move-rest', { campaignId, accountId })
      if (result.ok) {
        upsert(set, result.value)
        void loadProgress(campaignId)
      }
      return result
    },
    async deleteCampaign(campaignId) {
      const result = await api.invoke('campaigns:delete', { campaignId })
      if (result.ok) {
        const progress = { ...get().progress }
        delete progress[campaignId]
        set((state) => ({ campaigns: state.campaigns.filter((c) => c.id !== campaignId), progress }))
      }
      return result
    },
  }
}
