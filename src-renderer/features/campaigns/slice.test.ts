import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { Campaign, CampaignProgress } from '../../../src-shared/domain/campaigns'
import type { Result } from '../../../src-shared/ipc/result'
import { answer, held, requests, resetFakeApi, settled } from '../../state/fake-api.test-support'
import { campaign, counts, progress } from '../../state/samples.test-support'
import { createHeraldStore } from '../../state/store'

vi.mock('../../lib/api', () => import('../../state/fake-api.test-support'))

const refused = { ok: false, error: { code: 'UNAVAILABLE', message: 'Herald is busy.' } } as const

beforeEach(resetFakeApi)

describe('the campaigns list', () => {
  it('says why when the first read fails', async () => {
    const store = createHeraldStore()
    answer('campaigns:list', () => refused)
    await store.getState().loadCampaigns()
    expect(store.getState()).toMatchObject({ campaignsStatus: 'failed', campaignsError: 'Herald is busy.' })
  })

  it('keeps the campaigns on screen when a later read fails', async () => {
    const store = createHeraldStore()
    answer('campaigns:list', () => ({ ok: true, value: [campaign()] }))
    await store.getState().loadCampaigns()
    answer('campaigns:list', () => refused)
    await store.getState().loadCampaigns()
    expect(store.getState()).toMatchObject({ campaignsStatus: 'loaded', campaignsError: null })
    expect(store.getState().campaigns).toHaveLength(1)
  })
})

describe('progress', () => {
  it('carries a pushed status and counts into that campaign alone', () => {
    const store = createHeraldStore()
    const other = campaign({ id: 2, name: 'Other' })
    store.setState({ campaigns: [campaign({ id: 1 }), other] })
    store.getState().setProgress(progress({ campaignId: 1, status: 'paused', counts: counts({ sent: 4 }) }))
    const [first, second] = store.getState().campaigns
    expect(first).toMatchObject({ status: 'paused', counts: counts({ sent: 4 }) })
    expect(second).toBe(other)
  })

  it('keeps the same list when a push changes nothing the list shows', () => {
    const store = createHeraldStore()
    const pushed = progress({ campaignId: 1, status: 'running', counts: counts({ sent: 4 }) })
    store.setState({ campaigns: [campaign({ id: 1 }), campaign({ id: 2 })] })
    store.getState().setProgress(pushed)
    const campaigns = store.getState().campaigns
    // The same figures again, in new objects, as every push brings them, and the per-minute chart moved on.
    store.getState().setProgress({ ...pushed, counts: { ...pushed.counts }, perMinute: [] })
    expect(store.getState().campaigns).toBe(campaigns)
    store.getState().setProgress(progress({ campaignId: 3 }))
    expect(store.getState().campaigns).toBe(campaigns)
    store.getState().setProgress({ ...pushed, counts: counts({ sent: 5 }) })
    expect(store.getState().campaigns).not.toBe(campaigns)
    expect(store.getState().campaigns[1]).toBe(campaigns[1])
  })

  it('keeps a pushed progress over a read that left before it', async () => {
    const store = createHeraldStore()
    const read = held<Result<CampaignProgress>>()
    answer('campaigns:get', () => ({ ok: true, value: campaign() }))
    answer('campaigns:progress', () => read.promise)
    const loading = store.getState().loadCampaign(1)
    await settled()
    store.getState().setProgress(progress({ counts: counts({ sent: 9 }) }))
    read.settle({ ok: true, value: progress({ counts: counts({ sent: 1 }) }) })
    await loading
    expect(store.getState().progress[1]?.counts.sent).toBe(9)
  })

  it('takes a read when nothing was pushed meanwhile', async () => {
    const store = createHeraldStore()
    answer('campaigns:get', () => ({ ok: true, value: campaign() }))
    answer('campaigns:progress', () => ({ ok: true, value: progress({ counts: counts({ sent: 3 }) }) }))
    await store.getState().loadCampaign(1)
    expect(store.getState().progress[1]?.counts.sent).toBe(3)
    expect(store.getState().campaigns).toEqual([campaign()])
  })
})

describe('changes', () => {
  it('lists a campaign that was created but could not start, first', async () => {
    const store = createHeraldStore()
    store.setState({ campaigns: [campaign({ id: 1 })] })
    const draft: Campaign = campaign({ id: 2, status: 'draft', startedAt: null })
    answer('campaigns:create', () => ({ ok: true, value: draft }))
    answer('campaigns:start', () => refused)
    const input = { listId: 1, templateId: 1, dryRun: true, pace: 'safe' } as const
    const outcome = await store.getState().createAndStart(input)
    expect(outcome).toEqual({ ok: false, error: refused.error, campaign: draft })
    expect(store.getState().campaigns.map((c) => c.id)).toEqual([2, 1])
  })

  it('forgets a deleted campaign and its progress, and nothing else', async () => {
    const store = createHeraldStore()
    store.setState({
      campaigns: [campaign({ id: 1 }), campaign({ id: 2 })],
      progress: { 1: progress({ campaignId: 1 }), 2: progress({ campaignId: 2 }) },
    })
    answer('campaigns:delete', () => ({ ok: true, value: null }))
    await store.getState().deleteCampaign(1)
    expect(store.getState().campaigns.map((c) => c.id)).toEqual([2])
    expect(Object.keys(store.getState().progress)).toEqual(['2'])
    expect(requests.map((r) => r.channel)).toEqual(['campaigns:delete'])
  })

  it('keeps a campaign that could not be deleted', async () => {
    const store = createHeraldStore()
    store.setState({ campaigns: [campaign()] })
    answer('campaigns:delete', () => refused)
    const result = await store.getState().deleteCampaign(1)
    expect(result.ok).toBe(false)
    expect(store.getState().campaigns).toHaveLength(1)
  })
})
