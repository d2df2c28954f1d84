// Small, valid domain objects for the renderer's tests; each test overrides what it is about.
import type { Campaign, CampaignProgress, StatusCounts, Template } from '../../src-shared/domain/campaigns'
import type { ContactList, ImportAnalysis, ImportOpened } from '../../src-shared/domain/contacts'

export function counts(some: Partial<StatusCounts> = {}): StatusCounts {
  return { queued: 0, sending: 0, sent: 0, delivered: 0, read: 0, replied: 0, failed: 0, skipped: 0, ...some }
}

export function campaign(some: Partial<Campaign> = {}): Campaign {
  return {
    id: 1,
    name: 'Spring offer',
    listId: 1,
    listName: 'Shops',
    templateId: 1,
    templateName: 'Hello',
    status: 'running',
    dryRun: true,
    pacing: {
      preset: 'safe',
      minDelaySeconds: 30,
      maxDelaySeconds: 90,
      batchSize: 20,
      batchPauseMinutes: 10,
      hourlyCap: 60,
      dailyCap: 300,
      windowStart: '09:00',
      windowEnd: '20:00',
      warmUp: false,
      typingSeconds: 0,
    },
    variantRule: { kind: 'single' },
    attachment: null,
    statusReason: null,
    scheduledAt: null,
    createdAt: '2026-03-01T09:00:00.000Z',
    startedAt: '2026-03-01T09:01:00.000Z',
    finishedAt: null,
    counts: counts({ queued: 10 }),
    total: 10,
    ...some,
  }
}

export function progress(some: Partial<CampaignProgress> = {}): CampaignProgress {
  return {
    campaignId: 1,
    status: 'running',
    statusReason: null,
    counts: counts({ queued: 8, sent: 2 }),
    total: 10,
    eta: null,
    perMinute: [],
    recent: [],
    ...some,
  }
}

export function template(some: Partial<Template> = {}): Template {
  return {
    id: 1,
    name: 'Hello',
    variants: [{ name: 'A', body: 'Hello {{name}}' }],
    attachment: null,
    createdAt: '2026-03-01T09:00:00.000Z',
    updatedAt: '2026-03-01T09:00:00.000Z',
    ...some,
  }
}

export function contactList(some: Partial<ContactList> = {}): ContactList {
  return {
    id: 1,
    name: 'Shops',
    sourceFile: 'shops.xlsx',
    sheet: 'Sheet1',
    country: 'GB',
    createdAt: '2026-03-01T09:00:00.000Z',
    counts: { total: 3, valid: 3, invalid: 0, duplicate: 0, opted_out: 0, repaired: 0 },
    fieldKeys: ['name'],
    fieldHeaders: {},
    ...some,
  }
}

export function opened(sessionId: string): ImportOpened {
  return { sessionId, fileName: 'shops.xlsx', sheets: [], defaultSheet: 'Sheet1' }
}

export function analysis(sessionId: string, country: string): ImportAnalysis {
  return {
    sessionId,
    sheet: 'Sheet1',
    country,
    headerRow: 1,
    columns: [],
    counts: { total: 3, valid: 3, invalid: 0, duplicate: 0, opted_out: 0, repaired: 0 },
    problem: null,
    suggestedCountry: null,
  }
}
