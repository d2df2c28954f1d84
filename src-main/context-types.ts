import type { NodeLogger } from 'electron-log'
import type { AppInfo } from '../src-shared/domain/app-info'
import type { Locale } from '../src-shared/i18n/locales'
import type { AccountsService } from './accounts/accounts-service'
import type { AlertsService } from './alerts/alerts-service'
import type { AnalyticsService } from './analytics/analytics-service'
import type { InboxService } from './inbox/inbox-service'
import type { InboxMedia } from './inbox/inbox-media'
import type { QuickReply } from './inbox/quick-reply'
import type { CampaignsService } from './campaign/campaigns-service'
import type { Clock } from './clock'
import type { TemplatesService } from './campaign/templates-service'
import type { ListsService } from './contacts/lists-service'
import type { RecordEvent } from './logging/app-events'
import type { OptOutsService } from './contacts/opt-outs-service'
import type { DataCareService } from './data-care/data-care-service'
import type { DiskRoom, FreeSpace } from './disk-space'
import type { MigrationReport } from './db/migrate'
import type { Desktop } from './desktop'
import type { EventHub } from './events'
import type { HistoryService } from './history/history-service'
import type { ImportSessions } from './import/session'
import type { AppEvents } from './logging/app-events'
import type { Logger } from './logging/logger'
import type { DataPaths } from './paths'
import type { CustomReportsService } from './reports/custom-reports'
import type { ReportScheduler } from './reports/report-scheduler'
import type { DashboardLayoutsService } from './analytics/dashboard-layouts'
import type { ReportsService } from './reports/reports-service'
import type { SettingsService } from './settings/settings-service'
import type { Transport } from './transport/transport'
import type { BrowserFound } from './whatsapp/browser'
import type { WaClientFactory } from './whatsapp/client'
import type { WhatsAppConnection } from './whatsapp/connection'
import type { LinkTester } from './whatsapp/link-test'

export type Runtime = AppInfo['runtime']

export type ContextOptions = {
  dataDir: string
  runtime: Runtime
  /** Echo the log to the terminal (development). */
  console?: boolean
  /** better-sqlite3's addon built for Electron, when running inside Electron. */
  nativeBinding?: string
  /** electron-log's main-process instance, inside Electron. */
  logBase?: NodeLogger
  /** The user's locale, for the default country on first run. */
  locale?: string
  /**
   * This computer's preferred languages, for Settings' `app.language` = `system`: Electron's list in the app;
   * the terminal's locale and Node's elsewhere (settings-language.ts).
   */
  systemLanguages?: () => readonly string[]
  /** Dialogs, the file manager, PDF and restarting: the Electron app's, or the browser run's (default). */
  desktop?: Desktop
  /**
   * Makes the whatsapp-web.js client: the real one by default, or HERALD_WHATSAPP_CLIENT's outside a
   * packaged build (client-override.ts); tests pass a fake (fake-client.ts).
   */
  whatsappClient?: WaClientFactory
  /** A packaged desktop app: HERALD_WHATSAPP_CLIENT is ignored there. */
  packaged?: boolean
  /** Where HERALD_WHATSAPP_CLIENT is read: the process's environment by default. */
  env?: NodeJS.ProcessEnv
  /** Finds the browser WhatsApp Web runs in: this computer's by default; tests pass their own answer. */
  findBrowser?: (configured: string) => BrowserFound
  /** The time campaigns, pacing and sending windows see: the system clock by default; tests pin it. */
  clock?: Clock
  /** Free bytes on a folder's disk: statfs by default; tests say how full the disk is. */
  freeSpace?: FreeSpace
}

/**
 * The services of one running Herald, shared by the Electron app, the browser host and the CLI. Only
 * services: the database behind them is theirs (context-wiring.ts builds them over it).
 */
export type AppContext = {
  runtime: Runtime
  paths: DataPaths
  /** The schema the database is at (`to`), and the migrations this start applied to reach it. */
  migration: MigrationReport
  log: Logger
  events: EventHub
  settings: SettingsService
  /** The app's own history of what happened; `record` writes to it. */
  appEvents: AppEvents
  lists: ListsService
  optOuts: OptOutsService
  imports: ImportSessions
  templates: TemplatesService
  campaigns: CampaignsService
  analytics: AnalyticsService
  /** A campaign's message log, retrying what did not go. */
  history: HistoryService
  /** Exports and the PDF report. */
  reports: ReportsService
  /** Saved custom reports: typed definitions, never SQL; run and exported through the report writers. */
  customReports: CustomReportsService
  /** Saved reports that run by themselves (daily, weekly, monthly) into a folder, and their run history. */
  reportSchedules: ReportScheduler
  /** The Dashboard's named layouts of widgets, and the one in use. */
  dashboardLayouts: DashboardLayoutsService
  /** Alert rules (desktop notification, signed webhook), their deliveries and retries, and "Send test". */
  alerts: AlertsService
  /** The database's health, backups, restore, retention and optimizing. */
  dataCare: DataCareService
  /** The room on the data folder's disk, and the words for a full one (IPC and CLI alike). */
  disk: DiskRoom
  desktop: Desktop
  /**
   * The language of what the main process writes for the user (scheduled report files, a retry's names):
   * Settings' `app.language`, `system` resolved with this computer's languages. The CLI keeps English.
   */
  language(): Locale
  /** The time campaigns, pacing and sending windows see (ContextOptions.clock). */
  clock: Clock
  /** The WhatsApp Web connection. */
  whatsapp: WhatsAppConnection
  /** "Send a test message": proves the link before the first campaign. */
  linkTest: LinkTester
  /** Every reply, as conversations: read, mark, answer. */
  inbox: InboxService
  /** Answers from the Inbox, sent through the conversation's number at its pace, never twice. */
  quickReply: QuickReply
  /** A contact's photo, voice message or file, fetched from WhatsApp and saved. */
  inboxMedia: InboxMedia
  /** The sending numbers, each with its own connection; `whatsapp` and `linkTest` are the first one's. */
  accounts: AccountsService
  /** Writes an event to the log file and to the app_events table. */
  record: RecordEvent
  info(): AppInfo
  /**
   * Campaign services whose dry runs go through `dryRun` (the CLI's rehearsal, with the ledger and failure
   * rates asked for) and that send nothing live. The caller closes them.
   */
  openRehearsal(dryRun: Transport): CampaignsService
  /** Whether closing has to wait: a campaign is sending, or WhatsApp's browser is open. */
  busy(): boolean
  /**
   * Closes everything in the one safe order: campaigns that are sending finish and record the message in
   * flight while WhatsApp is still there, then WhatsApp's browser closes, then the database. When nothing
   * is `busy()` everything is closed before it returns (a quit that cannot wait still closes the
   * database). Calling it again returns the same promise.
   */
  shutdown(): Promise<void>
}
