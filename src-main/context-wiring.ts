import path from 'node:path'
import type { Database } from 'better-sqlite3'
import { countryFromLocale } from '../src-shared/domain/countries'
import { AnalyticsService } from './analytics/analytics-service'
import { DashboardLayoutsService } from './analytics/dashboard-layouts'
import { systemClock } from './clock'
import { openCampaignServices } from './campaign/services'
import type { CampaignBase } from './campaign/services'
import { ListsService } from './contacts/lists-service'
import { OptOutsService } from './contacts/opt-outs-service'
import type { AppContext, ContextOptions } from './context-types'
import { DataCareService } from './data-care/data-care-service'
import { openDatabase } from './db/connection'
import { reusableBytes } from './db/maintenance'
import { DiskRoom } from './disk-space'
import type { OpenedDatabase } from './db/connection'
import { SettingsRepo } from './db/repos/settings-repo'
import { createBrowserDesktop } from './host/desktop-browser'
import { EventHub } from './events'
import { HistoryService } from './history/history-service'
import { normalizePhone } from './import/phone'
import { ImportSessions } from './import/session'
import { AppEvents } from './logging/app-events'
import { createLogger } from './logging/logger'
import type { Logger } from './logging/logger'
import { dataPaths } from './paths'
import type { DataPaths } from './paths'
import { tightenDataFolder } from './private-files'
import { CustomReportsService } from './reports/custom-reports'
import { ReportScheduler } from './reports/report-scheduler'
import { ReportsService } from './reports/reports-service'
import { SettingsService } from './settings/settings-service'
import { appVersion } from './version'
import { followConnection } from './whatsapp/auto-resume'
import { browserForStandIn, clientOverride } from './whatsapp/client-override'
import { WhatsAppConnection } from './whatsapp/connection'
import { LinkTester } from './whatsapp/link-test'
import { SessionFiles } from './whatsapp/session-files'
import { WhatsAppTransport } from './whatsapp/transport'
import { WhatsAppNumbers } from './whatsapp/numbers'
import type { NumberLink } from './whatsapp/numbers'
import { AccountsService } from './accounts/accounts-service'
import { AlertsService } from './alerts/alerts-service'
import { watchForAlerts } from './alerts/watcher'
import { workspaceNameOf } from './alerts/workspace-name'
import { InboxService } from './inbox/inbox-service'
import { openInboxSending } from './inbox/inbox-sending'
import { parseKeywords } from '../src-shared/domain/opt-out-keywords'
import type { Locale } from '../src-shared/i18n/locales'
import { settingsLanguage } from './settings/settings-language'

/** The services, and the database under them: only the composition root and tests hold the handle. */
export type WiredContext = { ctx: AppContext; db: Database }

function systemLocale(): string {
  return Intl.DateTimeFormat().resolvedOptions().locale
}

/** The log first, so that a database that cannot be opened is logged too. */
function openDataFolder(options: ContextOptions): { paths: DataPaths; log: Logger } & OpenedDatabase {
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
  try {
    return { paths, log, ...openDatabase(paths.databasePath, { nativeBinding: options.nativeBinding }) }
  } catch (error) {
    log.error('Could not open the database', error)
    throw error
  }
}

/**
 * Builds every service of one Herald over its data folder, each once, and wires them together. Nothing
 * starts here: `startup` (context.ts) settles what a previous run left.
 */
export function wireAppContext(options: ContextOptions): WiredContext {
  const { paths, log, db, migration } = openDataFolder(options)
  const clock = options.clock ?? systemClock
  const events = new EventHub()
  const appEvents = new AppEvents(db, log)
  const record: AppContext['record'] = (...args) => appEvents.record(...args)
  const country = countryFromLocale(options.locale ?? systemLocale())
  const settings = new SettingsService({
    repo: new SettingsRepo(db),
    events,
    log,
    record,
    defaults: country ? { defaultCountry: country } : {},
  })
  const defaultCountry = (): string => settings.get().defaultCountry
  const language = (): Locale => settingsLanguage(settings.get()['app.language'], options.systemLanguages)
  const disk = new DiskRoom({
    folder: paths.dataDir,
    freeSpace: options.freeSpace,
    reusable: () => reusableBytes(db),
  })
  const lists = new ListsService({ db, events, record })
  const optOuts = new OptOutsService({ db, events, record, normalize: normalizePhone, defaultCountry })
  const imports = new ImportSessions({
    lists,
    optOuts,
    defaultCountry,
    onProgress: (progress) => events.emit('import:progress', progress),
    record,
    room: disk,
  })
  const override = options.whatsappClient
    ? null
    : clientOverride(options.env ?? process.env, options.packaged ?? false)
  if (override)
    record('whatsapp_client_override', `WhatsApp client from ${override.module}`, undefined, 'warn')
  // Replies from a private "@lid" chat a message went to before this start still find their contact
  const storedPhoneOf = (chatId: string): string | undefined => campaigns.phoneOfChat(chatId)
  // Each sending number: its own browser and login; the first number's state is also the header's
  const numberLink = (accountId: number, hub: EventHub): NumberLink => {
    const connection = new WhatsAppConnection({
      dataDir: paths.dataDir,
      accountId,
      events: hub,
      settings: () => settings.get(),
      record,
      factory: options.whatsappClient ?? override?.factory,
      findBrowser: override ? browserForStandIn(options.findBrowser) : options.findBrowser,
      clock,
    })
    const transport = new WhatsAppTransport({ source: connection, clock, note: record, storedPhoneOf })
    const linkTest = new LinkTester({
      connection,
      transport,
      files: new SessionFiles(paths.dataDir, accountId),
      clock,
      record,
      normalize: normalizePhone,
      defaultCountry,
      onProgress: (test) => {
        if (accountId === 1) events.emit('whatsapp:test-progress', test)
        events.emit('accounts:test-progress', { accountId, test })
      },
    })
    return { accountId, connection, transport, linkTest }
  }
  const first = numberLink(1, events)
  const { connection: whatsapp, transport: live, linkTest } = first
  const numbers = new WhatsAppNumbers({
    first,
    // A later number's state goes to the windows as 'accounts:state' only: the header follows the first
    make: (accountId) => numberLink(accountId, new EventHub()),
    events,
    onLinked: (accountId, phone) => accounts.linked(accountId, phone),
  })
  const inbox = new InboxService({
    db,
    events,
    record,
    clock,
    optOuts,
    showRehearsal: () => settings.get()['inbox.showRehearsal'] === 'yes',
    notify: () => settings.get()['inbox.notify'],
    leadWords: () => parseKeywords(settings.get()['inbox.leadWords']),
  })
  const base: CampaignBase = { db, events, record, settings, lists, optOuts, paths, disk, inbox }
  const { templates, campaigns, dryRun } = openCampaignServices(base, { live: numbers, clock })
  const accounts = new AccountsService({
    db,
    numbers,
    budget: campaigns.budget,
    clock,
    events,
    record,
    firstEstablished: () => settings.get()['whatsapp.establishedNumber'] === 'yes',
    setFirstEstablished: (established) => {
      settings.update({ 'whatsapp.establishedNumber': established ? 'yes' : 'no' })
    },
    disconnectIdle: () => settings.get()['whatsapp.disconnectIdle'] === 'yes',
  })
  const unfollow = followConnection({
    connection: whatsapp,
    campaigns,
    events,
    clock,
    autoResume: () => settings.get()['campaign.autoResume'] === 'yes',
    record,
  })
  const reports = new ReportsService({ db, record })
  const { quickReply, inboxMedia } = openInboxSending({
    inbox,
    optOuts,
    numbers,
    accounts,
    budget: campaigns.budget,
    events,
    record,
    clock,
    dataDir: paths.dataDir,
  })
  const alerts = new AlertsService({
    db,
    events,
    record,
    clock,
    workspace: () => workspaceNameOf(paths.dataDir),
    canNotify: options.runtime !== 'cli',
  })
  const unwatchAlerts = watchForAlerts({
    events,
    alerts,
    campaign: (id) => (campaigns.find(id) ? campaigns.get(id) : null),
    pauseCause: (id) => campaigns.pauseCause(id),
    numberName: (id) => accounts.accounts().find((a) => a.id === id)?.name ?? `Number ${id}`,
    clock,
    record,
  })
  const customReports = new CustomReportsService({ db, record, clock })
  // Started by startBackgroundWork (the app and the browser run), never by the command line
  const reportSchedules = new ReportScheduler({
    db,
    reports: customReports,
    events,
    record,
    log,
    clock,
    exportsFolder: path.join(paths.dataDir, 'exports'),
    language,
  })
  const busy = (): boolean =>
    campaigns.isSending() || quickReply.isSending() || numbers.hasBrowser() || reportSchedules.isWriting()
  const closeNow = (): void => {
    unfollow()
    void reportSchedules.close()
    unwatchAlerts()
    alerts.close()
    live.close()
    void whatsapp.close()
    void numbers.close()
    accounts.close()
    void imports.closeAll()
    void campaigns.close()
    void quickReply.close()
    dryRun.close?.()
    if (db.open) db.close()
  }
  let closing: Promise<void> | undefined
  const shutdown = (): Promise<void> =>
    (closing ??= (async () => {
      try {
        // A scheduled report being written is finished before the database closes
        if (reportSchedules.isWriting()) await reportSchedules.close()
        if (busy()) {
          await Promise.all([campaigns.close(), quickReply.close()])
          await Promise.all([whatsapp.close(), numbers.close()])
        }
        // An alert a campaign's last steps fired is posted before the database closes
        if (alerts.isSending()) await alerts.settle()
      } finally {
        closeNow()
      }
    })())
  const ctx: AppContext = {
    runtime: options.runtime,
    paths,
    migration,
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
    history: new HistoryService({ db, campaigns, templates, lists, optOuts, settings, record }),
    reports,
    customReports,
    reportSchedules,
    alerts,
    dashboardLayouts: new DashboardLayoutsService({ db, record }),
    dataCare: new DataCareService({
      db,
      paths,
      record,
      counts: () => ({ campaigns: campaigns.list().length, messages: reports.messageCount() }),
      shutdown,
      disk,
    }),
    disk,
    desktop: options.desktop ?? createBrowserDesktop(),
    language,
    clock,
    whatsapp,
    linkTest,
    accounts,
    inbox,
    quickReply,
    inboxMedia,
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
    openRehearsal: (transport) => openCampaignServices(base, { dryRun: transport, clock }).campaigns,
    busy,
    shutdown,
  }
  return { ctx, db }
}
