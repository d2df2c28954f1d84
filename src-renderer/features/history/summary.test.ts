import { describe, expect, it } from 'vitest'
import { countsOf } from '../../../src-shared/domain/status-counts.test-support'
import type { Campaign, StatusCounts } from '../../../src-shared/domain/campaigns'
import { figuresOf, filterCampaigns, sortCampaigns } from './summary'

function campaign(
  id: number,
  name: string,
  counts: Partial<StatusCounts>,
  extra: Partial<Campaign> = {},
): Campaign {
  const all = countsOf(counts)
  return {
    id,
    name,
    listId: 1,
    listName: 'Shops',
    templateId: 1,
    templateName: 'Spring offer',
    status: 'completed',
    dryRun: true,
    pacing: {} as Campaign['pacing'],
    variantRule: { kind: 'single' },
    attachment: null,
    statusReason: null,
    scheduledAt: null,
    createdAt: `2026-03-0${id}T10:00:00.000Z`,
    startedAt: null,
    finishedAt: null,
    counts: all,
    total: Object.values(all).reduce((a, b) => a + b, 0),
    ...extra,
  }
}

describe('campaign figures', () => {
  it('counts a replied message as read, delivered and sent, and rates on what was sent', () => {
    const f = figuresOf(countsOf({ sent: 2, delivered: 3, read: 1, replied: 4, failed: 5, skipped: 1 }), 16)
    expect(f).toMatchObject({ messages: 16, sent: 10, delivered: 8, read: 5, replied: 4, failed: 5 })
    expect(f.deliveredRate).toBe(0.8)
    expect(f.repliedRate).toBe(0.4)
    expect(figuresOf(countsOf({ queued: 3 }), 3).deliveredRate).toBeNull()
  })
})

describe('sorting and filtering the history', () => {
  const a = campaign(1, 'Autumn', { replied: 1, sent: 9 })
  const b = campaign(2, 'beach', { replied: 5, sent: 5 }, { dryRun: false, status: 'cancelled' })
  const c = campaign(3, 'Cold leads', { queued: 4 }, { listName: 'Leeds cafés' })

  it('sorts by any figure both ways, with campaigns that sent nothing last', () => {
    const names = (list: Campaign[]): string[] => list.map((x) => x.name)
    expect(names(sortCampaigns([a, b, c], { key: 'repliedRate', descending: true }))).toEqual([
      'beach',
      'Autumn',
      'Cold leads',
    ])
    expect(names(sortCampaigns([a, b, c], { key: 'repliedRate', descending: false }))).toEqual([
      'Autumn',
      'beach',
      'Cold leads',
    ])
    expect(names(sortCampaigns([c, b, a], { key: 'name', descending: false }))).toEqual([
      'Autumn',
      'beach',
      'Cold leads',
    ])
  })

  it('finds text in the name, list or message, and filters by status and mode', () => {
    expect(filterCampaigns([a, b, c], { text: 'leeds', status: 'all', mode: 'all' })).toEqual([c])
    expect(filterCampaigns([a, b, c], { text: 'SPRING', status: 'all', mode: 'live' })).toEqual([b])
    expect(filterCampaigns([a, b, c], { text: '', status: 'completed', mode: 'dry' })).toEqual([a, c])
  })
})
