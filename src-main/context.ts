import type { Database } from 'better-sqlite3'
import type { NodeLogger } from 'electron-log'
import { countryFromLocale } from '../src-shared/domain/countries'
import { AnalyticsService } from './analytics/analytics-service'
import type { CampaignsService } from './campaign/campaigns-service'
import { systemClock } from './campaign/clock'
import type { Clock } from './campaign/clock'
import { openCampaignServices } from './campaign/services'
import type { TemplatesService } from './campaign/templates-service'
import type { AppInfo } from '../src-shared/domain/app-info'
import { ListsService } from './contacts/lists-service'
import { OptOutsService } from './contacts/opt-outs-service'
import { openDatabase } from './db/connection'
import { AppEventsRepo } from './db/repos/app-events-repo'
import type { AppEventLevel } from './db/repos/app-events-repo'
import { SettingsRepo } from './db/repos/settings-repo'
import type { Desktop } from './desktop'
import { createBrowserDesktop } from './desktop-browser'
import { EventHub } from './events'
import { normalizePhone } from './import/phone'
import { ImportSessions } from './import/session'
import { createLogger } from './logging/logger'
import type { Logger } from './logging/logger'
import { dataPaths } from './paths'
import type { DataPaths } from './paths'
import { tightenDataFolder } from './private-files'
import { SettingsService } from './settings/settings-service'
import { appVersion } from './version'
import type { BrowserFound } from './whatsapp/browser'
import type { WaClientFactory } from './whatsapp/client'
import { browserForStandIn, clientOverride } from './whatsapp/client-override'
import { LinkTester } from './whatsapp/link-test'
import { SessionFiles } from './whatsapp/session-files'
import { followConnection } from './whatsapp/auto-resume'
import { WhatsAppConnection } from './whatsapp/connection'
import { WhatsAppTransport } from './whatsapp/transport'

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
}

/** The services of one running Herald, shared by the Electron app, the browser host and the CLI. */
export type AppContext = {
  runtime: Runtime
  paths: DataPaths
  db: Database
  schemaVersion: number
  log: Logger
  events: EventHub
  settings: SettingsService
  appEvents: AppEventsRepo
  lists: ListsService
  optOuts: OptOutsService
  imports: ImportSessions
  templates: TemplatesService
  campaigns: CampaignsService
  analytics: AnalyticsService
  desktop: Desktop
  /** The time campaigns, pacing and sending windows see (ContextOptions.clock). */
  clock: Clock
  /** The WhatsApp Web connection; `await whatsapp.close()` before `close()` where the caller can wait. */
  whatsapp: WhatsAppConnection
  /** "Send a test message": proves the link before the first campaign. */
  linkTest: LinkTester
  /** Writes an event to the log file and to the app_events table. */
  record(kind: string, message: string, data?: unknown, level?: AppEventLevel): void
  info(): AppInfo
  close(): void
}

function systemLocale(): string {
  return Intl.DateTimeFormat().resolvedOptions().locale
}

/** Opens the data folder: the log first, so that a database that cannot be opened is logged too. */
export function openAppContext(options: ContextOptions): AppContext {
  const paths = dataPaths(options.dataDir)
  // Before anything is written: a folder an older Herald left readable by others is closed first.
  const privacy = tightenDataFolder(paths.dataDir)
  const log = createLogger({
    dataDir: paths.dataDir,
    console: options.console ?? false,
    base: options.logBase,
  })
  if (privacy.failed.length > 0 || privacy.truncated) {
    log.warn('Some of the data folder may still be readable by other users', {
      failed: privacy.failed.slice(0, 20),
      truncated: privacy.truncated,
    })
  }
  let opened
  try {
    opened = openDatabase(paths.databasePath, { nativeBinding: options.nativeBinding })
  } catch (error) {
    log.error('Could not open the database', error)
    throw error
  }
  const { db, migration } = opened
  const clock = options.clock ?? systemClock
  const events = new EventHub()
  const appEvents = new AppEventsRepo(db)
  const record = (kind: string, message: string, data?: unknown, level: AppEventLevel = 'info'): void => {
    log[level](`[${kind}] ${message}`)
    appEvents.record({ at: new Date().toISOString(), level, kind, message, data })
  }
  const country = countryFromLocale(options.locale ?? systemLocale())
  const settings = new SettingsService({
    repo: new SettingsRepo(db),
    events,
    log,
    record,
    defaults: country ? { defaultCountry: country } : {},
  })
  const lists = new ListsService({ db, events, record })
  const optOuts = new OptOutsService({
    db,
    events,
    record,
    normalize: normalizePhone,
    defaultCountry: () => settings.get().defaultCountry,
  })
  const imports = new ImportSessions({
    lists,
    optOuts,
    defaultCountry: () => settings.get().defaultCountry,
    onProgress: (progress) => events.emit('import:progress', progress),
    record,
  })
  const override = options.whatsappClient
    ? null
    : clientOverride(options.env ?? process.env, options.packaged ?? false)
  if (override)
    record('whatsapp_client_override', `WhatsApp client from ${override.module}`, undefined, 'warn')
  const whatsapp = new WhatsAppConnection({
    dataDir: paths.dataDir,
    events,
    settings: () => settings.get(),
    record,
    factory: options.whatsappClient ?? override?.factory,
    findBrowser: override ? browserForStandIn(options.findBrowser) : options.findBrowser,
    clock,
  })
  // Replies from a private "@lid" chat a message went to before this start still find their contact
  const storedPhoneOf = (chatId: string): string | undefined => campaigns.messages.phoneOfChat(chatId)
  const live = new WhatsAppTransport({ source: whatsapp, clock, note: record, storedPhoneOf })
  const { templates, campaigns, dryRun } = openCampaignServices(
    { db, events, record, settings, lists, optOuts, paths },
    { live, clock },
  )
  const linkTest = new LinkTester({
    connection: whatsapp,
    transport: live,
    files: new SessionFiles(paths.dataDir),
    clock,
    record,
    normalize: normalizePhone,
    defaultCountry: () => settings.get().defaultCountry,
    onProgress: (test) => events.emit('whatsapp:test-progress', test),
  })
  // Campaigns left half-created or `running` by a process that is gone are settled before anyone looks.
  campaigns.recover()
  const unfollow = followConnection({
    connection: whatsapp,
    campaigns,
    events,
    clock,
    autoResume: () => settings.get()['campaign.autoResume'] === 'yes',
    record,
  })
  // A list whose saving was cut short by a crash is incomplete: it is removed, never shown.
  const unfinished = lists.deleteUnfinished()
  if (unfinished > 0) record('lists_cleaned', `Removed ${unfinished} list(s) whose import was interrupted`)
  if (migration.applied.length > 0) {
    record('db_migrated', `Database schema ${migration.from} → ${migration.to}`, {
      applied: migration.applied,
    })
  }
  return {
    runtime: options.runtime,
    paths,
    db,
    schemaVersion: migration.to,
    log,
    events,
    settings,
    appEvents,
    lists,
    optOuts,
    imports,
    templates,
    campaigns,
    analytics: new AnalyticsService(db),
    desktop: options.desktop ?? createBrowserDesktop(),
    clock,
    whatsapp,
    linkTest,
    record,
    info: () => ({
      name: 'Herald',
      version: appVersion,
      runtime: options.runtime,
      platform: `${process.platform}-${process.arch}`,
      dataDir: paths.dataDir,
      databasePath: paths.databasePath,
      logFile: log.file,
      schemaVersion: migration.to,
    }),
    close: () => {
      unfollow()
      live.close()
      // The browser is closed in the background here; quitting waits for it where it can (lifecycle, host).
      void whatsapp.close()
      void imports.closeAll()
      void campaigns.close()
      dryRun.close?.()
      if (db.open) db.close()
    },
  }
}

/**
 * What a long-running Herald (the app, the browser run) starts once its window can be served: scheduled
 * campaigns are armed, and WhatsApp reconnects with the saved login so the user finds it ready.
 */
export function startBackgroundWork(ctx: AppContext): void {
  ctx.campaigns.armSchedules()
  if (ctx.whatsapp.hasSavedSession()) {
    ctx.whatsapp
      .connect()
      .catch((error: unknown) => ctx.log.warn('Reconnecting WhatsApp at start failed', error))
  }
}
