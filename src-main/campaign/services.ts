import path from 'node:path'
import type { Database } from 'better-sqlite3'
import { errorCategories } from '../../src-shared/domain/campaigns'
import type { ErrorCategory } from '../../src-shared/domain/campaigns'
import type { Settings } from '../../src-shared/domain/settings'
import type { ListsService } from '../contacts/lists-service'
import type { RecordEvent } from '../logging/app-events'
import type { OptOutsService } from '../contacts/opt-outs-service'
import type { EventHub } from '../events'
import { parseKeywords } from '../../src-shared/domain/opt-out-keywords'
import { parseTimeZoneOverrides } from '../../src-shared/domain/time-zone-overrides'
import { DryRunTransport } from '../transport/dry-run'
import { attachmentsDirOf } from './attachments'
import type { Transport } from '../transport/transport'
import type { LiveNumbers } from './numbers'
import type { ReplyRecorder } from './inbound'
import { CampaignsService } from './campaigns-service'
import { systemClock } from '../clock'
import type { Clock } from '../clock'
import type { DiskRoom } from '../disk-space'
import { TemplatesService } from './templates-service'

/** The parts of AppContext the campaign services are built from. */
export type CampaignBase = {
  db: Database
  events: EventHub
  record: RecordEvent
  settings: { get(): Settings }
  lists: ListsService
  optOuts: OptOutsService
  paths: { dataDir: string }
  /** The room on the data folder's disk. */
  disk?: DiskRoom
  /** Where replies are kept as conversations (the Inbox). */
  inbox?: ReplyRecorder
}

export type CampaignServices = { templates: TemplatesService; campaigns: CampaignsService; dryRun: Transport }

export type CampaignServiceOptions = {
  clock?: Clock
  /** Replaces the app's dry-run transport (the CLI passes one with the ledger and failure rate asked for). */
  dryRun?: Transport
  live?: Transport | LiveNumbers
}

/**
 * Builds the template and campaign services over the app's database. The app's own dry run keeps a ledger
 * in the data folder, so that it too can tell after a crash which messages its recipients "received".
 */
/** "100,200" → [100, 200]: demos and end-to-end tests shorten the rehearsal's simulated send time. */
function dryRunLatency(text: string | undefined): [number, number] {
  const [low, high] = (text ?? '').split(',').map(Number)
  if (low === undefined || !Number.isFinite(low) || low < 0) return [300, 1500]
  return [low, high !== undefined && Number.isFinite(high) && high >= low ? high : low]
}

/**
 * "unknown:0.1,network:0.05" → failure rates of the app's rehearsals. Demos and end-to-end tests use it to
 * see what failures look like; the failing numbers are the same on every run.
 */
export function dryRunFailures(text: string | undefined): Partial<Record<ErrorCategory, number>> {
  const rates: Partial<Record<ErrorCategory, number>> = {}
  for (const part of (text ?? '').split(',')) {
    const [category, rate] = part.split(':').map((s) => s.trim())
    const value = Number(rate)
    if ((errorCategories as readonly string[]).includes(category ?? '') && value >= 0 && value <= 1) {
      rates[category as ErrorCategory] = value
    }
  }
  return rates
}

/**
 * "1" → every recipient who reads a rehearsal's message answers (the default is one in ten): the Inbox's
 * end-to-end test and demos get replies at once. Anything but a share from 0 to 1 keeps the default.
 */
export function dryRunReplyRate(text: string | undefined): number | undefined {
  if (text === undefined || text.trim() === '') return undefined
  const rate = Number(text)
  return Number.isFinite(rate) && rate >= 0 && rate <= 1 ? rate : undefined
}

export function openCampaignServices(
  base: CampaignBase,
  options: CampaignServiceOptions = {},
): CampaignServices {
  const clock = options.clock ?? systemClock
  const dryRun =
    options.dryRun ??
    new DryRunTransport({
      clock,
      random: Math.random,
      latencyMs: dryRunLatency(process.env.HERALD_DRY_RUN_LATENCY_MS),
      failureRates: dryRunFailures(process.env.HERALD_DRY_RUN_FAILURES),
      replyRate: dryRunReplyRate(process.env.HERALD_DRY_RUN_REPLY_RATE),
      failureBy: 'number',
      ledgerFile: path.join(base.paths.dataDir, 'dry-run', 'ledger.jsonl'),
    })
  const campaigns = new CampaignsService({
    db: base.db,
    events: base.events,
    record: base.record,
    settings: base.settings,
    lists: base.lists,
    optOuts: base.optOuts,
    clock,
    locksDir: path.join(base.paths.dataDir, 'locks'),
    attachmentsDir: attachmentsDirOf(base.paths.dataDir),
    optOutKeywords: () => parseKeywords(base.settings.get()['campaign.optOutKeywords']),
    timeZoneOverrides: () => parseTimeZoneOverrides(base.settings.get()['campaign.timeZones']),
    dryRun,
    live: options.live,
    disk: base.disk,
    inbox: base.inbox,
  })
  const templates = new TemplatesService({
    db: base.db,
    events: base.events,
    record: base.record,
    lists: base.lists,
    attachmentsDir: attachmentsDirOf(base.paths.dataDir),
  })
  return { templates, campaigns, dryRun }
}
