import os from 'node:os'
import { app, dialog, ipcMain, protocol, session } from 'electron'
import type { BrowserWindow, WebContents } from 'electron'
import type { Locale } from '../../src-shared/i18n/locales'
import { phrase } from '../../src-shared/i18n/phrase'
import type { Phrase } from '../../src-shared/i18n/phrase'
import { sayIn } from '../../src-shared/i18n/wording'
import electronLog from 'electron-log/main'
import { openAppContext, startBackgroundWork } from '../context'
import { DatabaseError } from '../db/errors'
import { AppError } from '../errors'
import type { Desktop } from '../desktop'
import { acquireInstanceLock, AlreadyRunningError, whereParams } from '../instance-lock'
import { createHandlers } from '../ipc/handlers'
import type { WorkspaceControl } from '../ipc/workspaces'
import { createLogger } from '../logging/logger'
import type { Logger } from '../logging/logger'
import { guardProcess } from '../logging/process-guard'
import type { ProcessEvents } from '../logging/process-guard'
import { OpenWorkspaces } from '../open-workspaces'
import type { OpenedWorkspace } from '../open-workspaces'
import { dataPaths, productName, resolveDataDir } from '../paths'
import { findWorkspace } from '../workspaces'
import type { Workspace } from '../workspaces'
import { appVersion } from '../version'
import { registerAppScheme, serveApp } from './app-protocol'
import { createElectronDesktop } from './desktop-electron'
import { forwardEvents, registerIpc } from './ipc-electron'
import { notifyAlerts } from './alert-notifications'
import { noticeLanguage, systemLanguages } from './notice-language'
import { notifyReplies } from './reply-notifications'
import { hardenSession, hardenWebContents, isTrustedFrame } from './security'
import type { AppEntry } from './security'
import { createMainWindow, resolveAppEntry } from './window'

export type StartOptions = {
  env?: NodeJS.ProcessEnv
  /** Receives uncaught errors: the real process, except in tests. */
  processEvents?: ProcessEvents
  /** The folder of the built main script (out/main). */
  mainDir?: string
}

class HeraldMain {
  /** The workspaces open, and the one the window shows (its switcher changes which). */
  private workspaces: OpenWorkspaces | null = null
  private window: BrowserWindow | null = null
  private fallbackLog: Logger | null = null
  private quitting = false

  constructor(
    private readonly entry: AppEntry,
    /** The data folder, with the list of workspaces; `first` is the one shown at start. */
    private readonly root: string,
    private readonly first: Workspace,
    private readonly mainDir: string,
    private readonly env: NodeJS.ProcessEnv,
  ) {}

  // Before the context opens, or when it cannot, errors still go to the same log file.
  log(): Logger {
    if (this.workspaces) return this.workspaces.log
    this.fallbackLog ??= createLogger({
      dataDir: this.first.dataDir,
      console: !app.isPackaged,
      base: electronLog,
    })
    return this.fallbackLog
  }

  /** The sending campaigns paused after an uncaught exception, in every open workspace: how many. */
  pauseSending(reason: Phrase): Promise<number> {
    return this.workspaces?.pauseSending(reason) ?? Promise.resolve(0)
  }

  harden(contents: WebContents): void {
    hardenWebContents(contents, {
      entry: this.entry,
      log: { warn: (...args: unknown[]) => this.log().warn(...args) },
    })
  }

  ready(): void {
    let workspaces: OpenWorkspaces
    try {
      const desktop = createElectronDesktop({
        entry: this.entry,
        mainDir: this.mainDir,
        mainWindow: () => this.window,
        language: () => this.language(),
      })
      workspaces = new OpenWorkspaces({
        root: this.root,
        first: this.first,
        open: (workspace, control) => this.openWorkspace(workspace, control, desktop),
      })
    } catch (error) {
      // Electron's single-instance lock keeps a second desktop app away; the folder's own lock keeps a
      // browser run on it away too, and the user is told where the Herald that holds it is.
      if (!(error instanceof AlreadyRunningError)) return this.failStartup(error)
      const locale = this.language()
      dialog.showErrorBox(sayIn(locale, shellWords.alreadyRunning), alreadyRunningText(error, locale))
      app.quit()
      return
    }
    this.workspaces = workspaces
    try {
      this.serve(workspaces)
    } catch (error) {
      this.failStartup(error)
    }
  }

  /** Takes a workspace's folder, then opens its services; the first starts its background work in `serve`. */
  private openWorkspace(workspace: Workspace, control: WorkspaceControl, desktop: Desktop): OpenedWorkspace {
    const lock = acquireInstanceLock(workspace.dataDir, 'desktop')
    try {
      const ctx = openAppContext({
        dataDir: workspace.dataDir,
        runtime: 'electron',
        console: !app.isPackaged,
        packaged: app.isPackaged,
        nativeBinding: this.env.HERALD_SQLITE_BINDING || undefined,
        logBase: electronLog,
        locale: app.getSystemLocale() || undefined,
        systemLanguages,
        desktop: { ...desktop, relaunch: () => this.relaunch(desktop) },
      })
      if (this.workspaces) startBackgroundWork(ctx)
      return { ctx, handlers: createHandlers(ctx, { workspaces: control }), release: () => lock.release() }
    } catch (error) {
      lock.release()
      throw error
    }
  }

  /**
   * After a restore: the other open workspaces close in their safe order (the restored one is closed), then
   * Herald starts again on the workspace shown. app.exit skips will-quit, where the locks are let go:
   * without this the restarted app would find the folders free only once this process is gone.
   */
  private relaunch(desktop: Desktop): void {
    const workspaces = this.workspaces
    if (!workspaces) return desktop.relaunch()
    // app.relaunch passes on this process's environment: the new one opens the workspace it names.
    process.env.HERALD_WORKSPACE = workspaces.shownName()
    void workspaces.shutdown().finally(() => {
      workspaces.release()
      desktop.relaunch()
    })
  }

  private serve(workspaces: OpenWorkspaces): void {
    const ctx = workspaces.active.ctx
    if (this.env.ELECTRON_RENDERER_URL && this.entry.kind === 'app') {
      ctx.log.warn(
        'ELECTRON_RENDERER_URL is ignored: only an unpackaged Herald loads a dev server on this machine',
      )
    }
    hardenSession(session.defaultSession, this.entry)
    if (this.entry.kind === 'app') serveApp(session.defaultSession.protocol, this.entry.dir)
    // The window talks to the workspace it shows, whichever that is when a request comes (OpenWorkspaces).
    registerIpc(ipcMain, workspaces.handlers, {
      isTrustedSender: (frame) => isTrustedFrame(frame, this.entry),
      log: workspaces.log,
    })
    this.openWindow()
    // In the language of the workspace shown, as its window speaks; English rather than no notification (or
    // a throw into what emitted the event) should its settings not be readable just then
    const language = (): Locale => {
      try {
        return noticeLanguage(workspaces.active.ctx.settings.get()['app.language'])
      } catch {
        return 'en'
      }
    }
    // A reply in the workspace shown: a desktop notification that opens its conversation
    notifyReplies({ events: workspaces.events, open: (id) => this.showConversation(id), language })
    // An alert rule that asks for a notification: clicking it brings the window forward
    notifyAlerts({ events: workspaces.events, open: (path) => this.showPath(path), language })
    startBackgroundWork(ctx)
    ctx.record('app_started', `Herald ${appVersion} started`, {
      version: appVersion,
      electron: process.versions.electron,
      platform: `${process.platform}-${process.arch}`,
    })
  }

  /** `hash`: the route a new window opens on. */
  openWindow(hash?: string): void {
    const workspaces = this.workspaces
    if (!workspaces || this.window) return
    const window = createMainWindow({
      entry: this.entry,
      mainDir: this.mainDir,
      log: workspaces.log,
      hash,
      language: () => this.language(),
    })
    // Only the shown workspace's events: one sending in the background is not heard.
    const stopForwarding = forwardEvents(workspaces.events, window)
    window.on('closed', () => {
      stopForwarding()
      if (this.window === window) this.window = null
    })
    this.window = window
  }

  focusWindow(): void {
    const window = this.window
    if (!window) return this.openWindow()
    if (window.isMinimized()) window.restore()
    window.show()
    window.focus()
  }

  /** A reply's notification was clicked: the window comes forward on that conversation. */
  showConversation(conversationId: number): void {
    const window = this.window
    // No window (macOS keeps Herald running without one): a new one opens on the conversation
    if (!window || window.isDestroyed()) return this.openWindow(`/inbox/${conversationId}`)
    this.focusWindow()
    window.webContents.send('inbox:show', { conversationId })
  }

  /** An alert's notification was clicked: the window comes forward (a new one opens on `path`). */
  showPath(path: string): void {
    const window = this.window
    if (!window || window.isDestroyed()) return this.openWindow(path)
    this.focusWindow()
  }

  // Called with nothing busy, or after the wait: the services are closed before this returns.
  close(): void {
    void this.workspaces?.shutdown()
    this.workspaces?.release()
  }

  /**
   * On quit the services of every open workspace shut down in their safe order (ctx.shutdown): when a
   * campaign is sending or a WhatsApp browser is open, the quit is held until they have, then goes on.
   */
  quit(event?: Electron.Event): void {
    const workspaces = this.workspaces
    if (!workspaces || this.quitting || !workspaces.busy()) return this.close()
    event?.preventDefault()
    this.quitting = true
    void workspaces.shutdown().finally(() => app.quit())
  }

  /**
   * The language the window speaks, for the dialogs over it: Settings' of the workspace shown, or this
   * computer's while none is open (or its settings cannot be read).
   */
  language(): Locale {
    try {
      const choice = this.workspaces?.active.ctx.settings.get()['app.language'] ?? 'system'
      return noticeLanguage(choice)
    } catch {
      return noticeLanguage('system')
    }
  }

  // Never touches the database file: a DatabaseError's message already says what the user can do.
  failStartup(error: unknown): void {
    const locale = this.language()
    if (error instanceof DatabaseError) {
      dialog.showErrorBox(sayIn(locale, shellWords.cannotOpenData), sayIn(locale, error.phrase))
    } else {
      this.log().error('Herald could not start', error)
      const logFile = dataPaths(this.first.dataDir).logFile
      dialog.showErrorBox(
        sayIn(locale, shellWords.couldNotStart),
        sayIn(locale, phrase('system.shell.couldNotStart.detail', { logFile })),
      )
    }
    this.workspaces?.release()
    app.quit()
  }
}

/** The titles of the dialogs Herald shows when it cannot start. */
const shellWords = {
  alreadyRunning: phrase('system.shell.alreadyRunning.title'),
  cannotOpenData: phrase('system.shell.cannotOpenData.title'),
  couldNotStart: phrase('system.shell.couldNotStart.title'),
  cannotOpenWorkspace: phrase('system.shell.cannotOpenWorkspace.title'),
}

function alreadyRunningText(error: AlreadyRunningError, locale: Locale): string {
  const { holder } = error
  const folder = error.dataDir
  if (holder?.kind === 'browser' && holder.url)
    return sayIn(locale, phrase('system.shell.alreadyRunning.browser', { url: holder.url, folder }))
  return sayIn(locale, phrase('system.shell.alreadyRunning.elsewhere', { folder, ...whereParams(holder) }))
}

function catchCrashes(herald: HeraldMain, processEvents: ProcessEvents): void {
  // Handling these replaces Electron's default dialog, which shows the user a raw stack trace. The window
  // shows a paused campaign's reason; the line itself goes to the log.
  guardProcess(
    processEvents,
    () => herald.log(),
    (line) => herald.log().warn(line),
    { pauseCampaigns: (reason) => herald.pauseSending(reason) },
  )
}

// Resolves when start-up has finished, whether it succeeded or showed the user why it could not.
export function startHerald(options: StartOptions = {}): Promise<void> {
  const env = options.env ?? process.env
  app.setName(productName)
  registerAppScheme(protocol)
  // Electron derives userData from package.json's lowercase name; pin it to the folder the CLI uses.
  app.setPath('userData', resolveDataDir(undefined, { platform: process.platform, env, home: os.homedir() }))
  if (!app.requestSingleInstanceLock()) {
    app.quit()
    return Promise.resolve()
  }
  const mainDir = options.mainDir ?? __dirname
  const entry = resolveAppEntry({
    devServerUrl: env.ELECTRON_RENDERER_URL,
    isPackaged: app.isPackaged,
    mainDir,
  })
  // The workspace HERALD_WORKSPACE names, if any, of the data folder (workspaces.ts)
  const root = app.getPath('userData')
  let first: Workspace
  try {
    first = findWorkspace(root, env.HERALD_WORKSPACE || undefined)
  } catch (error) {
    return app.whenReady().then(() => {
      const locale = noticeLanguage('system')
      const english = error instanceof Error ? error.message : String(error)
      const words = error instanceof AppError && error.phrase ? sayIn(locale, error.phrase) : english
      dialog.showErrorBox(sayIn(locale, shellWords.cannotOpenWorkspace), words)
      app.quit()
    })
  }
  const herald = new HeraldMain(entry, root, first, mainDir, env)
  catchCrashes(herald, options.processEvents ?? process)
  app.on('web-contents-created', (_event, contents) => herald.harden(contents))
  app.on('second-instance', () => herald.focusWindow())
  app.on('activate', () => herald.openWindow())
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
  // will-quit rather than before-quit: a window can still cancel the quit after before-quit.
  app.on('will-quit', (event) => herald.quit(event))
  return app.whenReady().then(
    () => herald.ready(),
    (error: unknown) => herald.failStartup(error),
  )
}
