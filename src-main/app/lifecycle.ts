import os from 'node:os'
import { app, dialog, ipcMain, protocol, session } from 'electron'
import type { BrowserWindow, WebContents } from 'electron'
import electronLog from 'electron-log/main'
import { openAppContext, startBackgroundWork } from '../context'
import type { AppContext } from '../context'
import { DatabaseError } from '../db/errors'
import { acquireInstanceLock, AlreadyRunningError, runningWhere } from '../instance-lock'
import type { InstanceLock } from '../instance-lock'
import { createHandlers } from '../ipc/handlers'
import { createLogger } from '../logging/logger'
import type { Logger } from '../logging/logger'
import { guardProcess } from '../logging/process-guard'
import type { ProcessEvents } from '../logging/process-guard'
import { dataPaths, productName, resolveDataDir } from '../paths'
import { workspaceDataDir } from '../workspaces'
import { appVersion } from '../version'
import { registerAppScheme, serveApp } from './app-protocol'
import { createElectronDesktop } from './desktop-electron'
import { forwardEvents, registerIpc } from './ipc-electron'
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
  private ctx: AppContext | null = null
  private window: BrowserWindow | null = null
  private fallbackLog: Logger | null = null
  private lock: InstanceLock | null = null
  private quitting = false

  constructor(
    private readonly entry: AppEntry,
    private readonly dataDir: string,
    private readonly mainDir: string,
    private readonly env: NodeJS.ProcessEnv,
  ) {}

  // Before the context opens, or when it cannot, errors still go to the same log file.
  log(): Logger {
    if (this.ctx) return this.ctx.log
    this.fallbackLog ??= createLogger({ dataDir: this.dataDir, console: !app.isPackaged, base: electronLog })
    return this.fallbackLog
  }

  /** The sending campaigns paused after an uncaught exception: how many. */
  pauseSending(reason: string): Promise<number> {
    return this.ctx ? this.ctx.campaigns.pauseSending(reason) : Promise.resolve(0)
  }

  harden(contents: WebContents): void {
    hardenWebContents(contents, {
      entry: this.entry,
      log: { warn: (...args: unknown[]) => this.log().warn(...args) },
    })
  }

  ready(): void {
    if (!this.takeDataFolder()) return
    try {
      const desktop = createElectronDesktop({
        entry: this.entry,
        mainDir: this.mainDir,
        mainWindow: () => this.window,
      })
      this.ctx = openAppContext({
        dataDir: this.dataDir,
        runtime: 'electron',
        console: !app.isPackaged,
        packaged: app.isPackaged,
        nativeBinding: this.env.HERALD_SQLITE_BINDING || undefined,
        logBase: electronLog,
        locale: app.getSystemLocale() || undefined,
        // app.exit skips will-quit, where the lock is let go: without this the restarted app would find
        // the folder free only once this process is gone.
        desktop: {
          ...desktop,
          relaunch: () => {
            this.releaseLock()
            desktop.relaunch()
          },
        },
      })
    } catch (error) {
      this.failStartup(error)
      return
    }
    try {
      this.serve(this.ctx)
    } catch (error) {
      this.failStartup(error)
    }
  }

  /**
   * Electron's single-instance lock keeps a second desktop app away; this one keeps a browser run on the
   * same folder away too, and tells the user where the Herald that holds it is.
   */
  private takeDataFolder(): boolean {
    try {
      this.lock = acquireInstanceLock(this.dataDir, 'desktop')
      return true
    } catch (error) {
      if (!(error instanceof AlreadyRunningError)) {
        this.failStartup(error)
        return false
      }
      dialog.showErrorBox('Herald is already running', alreadyRunningText(error))
      app.quit()
      return false
    }
  }

  private releaseLock(): void {
    this.lock?.release()
    this.lock = null
  }

  private serve(ctx: AppContext): void {
    if (this.env.ELECTRON_RENDERER_URL && this.entry.kind === 'app') {
      ctx.log.warn(
        'ELECTRON_RENDERER_URL is ignored: only an unpackaged Herald loads a dev server on this machine',
      )
    }
    hardenSession(session.defaultSession, this.entry)
    if (this.entry.kind === 'app') serveApp(session.defaultSession.protocol, this.entry.dir)
    registerIpc(ipcMain, createHandlers(ctx), {
      isTrustedSender: (frame) => isTrustedFrame(frame, this.entry),
      log: ctx.log,
    })
    this.openWindow()
    startBackgroundWork(ctx)
    ctx.record('app_started', `Herald ${appVersion} started`, {
      version: appVersion,
      electron: process.versions.electron,
      platform: `${process.platform}-${process.arch}`,
    })
  }

  openWindow(): void {
    const ctx = this.ctx
    if (!ctx || this.window) return
    const window = createMainWindow({ entry: this.entry, mainDir: this.mainDir, log: ctx.log })
    const stopForwarding = forwardEvents(ctx.events, window)
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

  // Called with nothing busy, or after the wait: the services are closed before this returns.
  close(): void {
    void this.ctx?.shutdown()
    this.releaseLock()
  }

  /**
   * On quit the services shut down in their safe order (ctx.shutdown): when a campaign is sending or the
   * WhatsApp browser is open, the quit is held until they have, then goes on.
   */
  quit(event?: Electron.Event): void {
    const ctx = this.ctx
    if (!ctx || this.quitting || !ctx.busy()) return this.close()
    event?.preventDefault()
    this.quitting = true
    void ctx.shutdown().finally(() => app.quit())
  }

  // Never touches the database file: a DatabaseError's message already says what the user can do.
  failStartup(error: unknown): void {
    if (error instanceof DatabaseError) {
      dialog.showErrorBox('Herald cannot open its data', error.message)
    } else {
      this.log().error('Herald could not start', error)
      const logFile = dataPaths(this.dataDir).logFile
      dialog.showErrorBox(
        'Herald could not start',
        `Something went wrong while Herald was starting. The details are in the log file:\n\n${logFile}\n\n` +
          'Start Herald again. If this keeps happening, keep that file: it says what went wrong.',
      )
    }
    this.releaseLock()
    app.quit()
  }
}

function alreadyRunningText(error: AlreadyRunningError): string {
  const { holder } = error
  const folder = `Data folder: ${error.dataDir}`
  if (holder?.kind === 'browser' && holder.url) {
    return (
      `Herald is already running on this data folder in your web browser, at:\n\n${holder.url}\n\n` +
      'Open that address to use it, or stop that Herald (Ctrl+C in the window where it was started) and ' +
      `open the app again.\n\n${folder}`
    )
  }
  return (
    `Herald is already running on this data folder (${runningWhere(holder)}). Use that one, or close ` +
    `it and open the app again.\n\n${folder}`
  )
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
  let dataDir: string
  try {
    dataDir = workspaceDataDir(app.getPath('userData'), undefined, env)
  } catch (error) {
    return app.whenReady().then(() => {
      dialog.showErrorBox(
        'Herald cannot open that workspace',
        error instanceof Error ? error.message : String(error),
      )
      app.quit()
    })
  }
  const herald = new HeraldMain(entry, dataDir, mainDir, env)
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
