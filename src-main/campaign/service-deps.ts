import type { Database } from 'better-sqlite3'
import type { PauseCause } from '../../src-shared/domain/campaigns'
import type { Phrase } from '../../src-shared/i18n/phrase'
import type { Settings } from '../../src-shared/domain/settings'
import type { ListsService } from '../contacts/lists-service'
import type { RecordEvent } from '../logging/app-events'
import type { OptOutsService } from '../contacts/opt-outs-service'
import type { EventHub } from '../events'
import type { Transport } from '../transport/transport'
import type { BreakerOptions } from './breaker'
import type { Clock } from '../clock'
import type { DiskRoom } from '../disk-space'
import type { LiveNumbers } from './numbers'
import type { ReplyRecorder } from './inbound'

/** What the campaign services need from the app; AppContext holds all of it. */
export type CampaignServiceDeps = {
  db: Database
  events: EventHub
  record: RecordEvent
  settings: { get(): Settings }
  lists: Pick<ListsService, 'get' | 'contacts' | 'validAtImport'>
  optOuts: Pick<OptOutsService, 'has' | 'add'>
  clock: Clock
  /** Where run locks live (one file per campaign being sent), e.g. `<dataDir>/locks`. */
  locksDir: string
  /** Where attached images and PDFs are kept (`<dataDir>/attachments`): a campaign's file is read there. */
  attachmentsDir: string
  /** The transport of dry-run campaigns. */
  dryRun: Transport
  /** Each number's WhatsApp transport (one for all in tests); without it live campaigns are refused. */
  live?: Transport | LiveNumbers
  optOutKeywords?: () => readonly string[]
  /** Per-country time zones for countries with several (Settings); the built-in default otherwise. */
  timeZoneOverrides?: () => Readonly<Record<string, string>>
  breaker?: BreakerOptions
  /** The user's time zone, for dates written into a message's detail; the computer's when left out. */
  timeZone?: string
  /** The room on the data folder's disk, checked before a campaign is written (the app always has it). */
  disk?: DiskRoom
  /** Where replies are kept as conversations (the Inbox). */
  inbox?: ReplyRecorder
}

/**
 * Why Herald pauses a campaign: the cause code decides by, and the words the user reads (none for theirs):
 * a phrase the window words in the user's language, or English words from a caller that has none.
 */
export type PauseWhy = { cause: PauseCause; reason: Phrase | string | null }
