import path from 'node:path'
import { guardProcess } from '../logging/process-guard'
import type { ProcessEvents } from '../logging/process-guard'
import { startBackgroundWork } from '../context'
import { openLiveContext } from './desktop-relaunch'
import type { LiveContext } from './desktop-relaunch'
import { acquireInstanceLock, AlreadyRunningError, runningWhere } from '../instance-lock'
import type { InstanceLock } from '../instance-lock'
import { OpenWorkspaces } from '../open-workspaces'
import type { OpenedWorkspace, WorkspaceOpener } from '../open-workspaces'
import { findWorkspace } from '../workspaces'
import { openInBrowser } from './open-browser'
import { startHost } from './server'
import type { RunningHost } from './server'
import { findRendererDir } from '../renderer-files'

export type BrowserRunOptions = {
  /** The data folder: the default workspace's, which holds the list of the others. */
  dataDir: string
  /** The workspace the page shows first (--workspace, HERALD_WORKSPACE); the default when absent. */
  workspace?: string
  port: number
  open: boolean
  console: boolean
  print(text: string): void
  /** `process` where this is the whole program: a stray error is then logged, not fatal (process-guard.ts). */
  processEvents?: ProcessEvents
}

/** The built renderer, wherever this file runs from: out/main/*.js, or src-main/host/*.ts in a checkout. */
export function locateRenderer(): string | null {
  return findRendererDir([
    ...(process.env.HERALD_RENDERER_DIR ? [process.env.HERALD_RENDERER_DIR] : []),
    path.resolve(__dirname, '../renderer'),
    path.resolve(__dirname, '../../out/renderer'),
  ])
}

function alreadyRunning(error: AlreadyRunningError, folderOption: string): string {
  const { holder } = error
  const where = runningWhere(holder)
  const use =
    holder?.kind === 'browser' && holder.url
      ? '; open that address'
      : holder?.kind === 'desktop'
        ? '; switch to its window'
        : ''
  return (
    `Herald is already running on this data folder (${where}${use}). Data folder: ${error.dataDir}. ` +
    `To start Herald here, stop that one first, or choose another data folder with ${folderOption}.`
  )
}

/**
 * The line for the terminal when the browser run cannot start. `folderOption` is how this command is given
 * another data folder (the browser run takes --data-dir; npm start reads HERALD_DATA_DIR).
 */
export function describeStartupError(error: unknown, port: number, folderOption = '--data-dir DIR'): string {
  if (error instanceof AlreadyRunningError) return alreadyRunning(error, folderOption)
  if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
    return `Herald could not start: port ${port} is already in use by another program. Choose another port, or leave it out to use a free one.`
  }
  return `Herald could not start: ${error instanceof Error ? error.message : String(error)}`
}

/** A workspace open in the browser run: its services (replaced after a restore) and its folder's lock. */
type LiveWorkspace = OpenedWorkspace & { readonly live: LiveContext; readonly lock: InstanceLock }

/** The browser run once it serves: its address, and the workspaces the page can switch between. */
type Serving = { url: string | null; workspaces: OpenWorkspaces<LiveWorkspace> | null }

// A second start on the same folder names this address; the folder stays held without it all the same.
function tellAddress(lock: InstanceLock, url: string, live: LiveContext): void {
  try {
    lock.setUrl(url)
  } catch (error) {
    live.ctx.log.warn('Could not write the browser run address into the data folder lock', error)
  }
}

/** Opens a workspace for the browser run: its folder's lock first, then its services. */
function liveWorkspaces(serving: Serving, console: boolean): WorkspaceOpener<LiveWorkspace> {
  return (workspace, control) => {
    const lock = acquireInstanceLock(workspace.dataDir, 'browser')
    let live: LiveContext
    try {
      live = openLiveContext({ dataDir: workspace.dataDir, runtime: 'browser', console }, {}, control)
    } catch (error) {
      lock.release()
      throw error
    }
    // After a restore the same address serves the fresh services (see openLiveContext).
    live.onRelaunch(() => serving.workspaces?.relay())
    // Opened by a switch, once the page is served: the first starts its background work below.
    if (serving.url) {
      tellAddress(lock, serving.url, live)
      startBackgroundWork(live.ctx)
    }
    return {
      live,
      lock,
      get ctx() {
        return live.ctx
      },
      get handlers() {
        return live.handlers
      },
      release: () => {
        void live.uploads.close()
        lock.release()
      },
    }
  }
}

/**
 * Starts the browser run: the first workspace's lock, its services, the host, and the URL for the user.
 * Throws AlreadyRunningError, before opening anything, when another Herald holds its folder. The page can
 * switch to another workspace (OpenWorkspaces); each one opened takes its own folder's lock.
 */
export async function runBrowserHost(
  options: BrowserRunOptions,
): Promise<RunningHost & { stop(): Promise<void> }> {
  const rendererDir = locateRenderer()
  if (!rendererDir)
    throw new Error('The app has not been built yet: run "npm run build" first, then try again.')
  const serving: Serving = { url: null, workspaces: null }
  const workspaces = new OpenWorkspaces<LiveWorkspace>({
    root: options.dataDir,
    first: findWorkspace(options.dataDir, options.workspace),
    open: liveWorkspaces(serving, options.console),
  })
  serving.workspaces = workspaces
  const first = workspaces.active
  let host: RunningHost
  try {
    // Getters: the page's requests, downloads and uploads go to the workspace it shows at the time.
    host = await startHost({
      handlers: workspaces.handlers,
      events: workspaces.events,
      log: workspaces.log,
      rendererDir,
      port: options.port,
      get savedFiles() {
        return workspaces.active.live.savedFiles
      },
      get uploads() {
        return workspaces.active.live.uploads
      },
    })
  } catch (error) {
    await workspaces.shutdown()
    workspaces.release()
    throw error
  }
  serving.url = host.url
  tellAddress(first.lock, host.url, first.live)
  const unguard = options.processEvents
    ? guardProcess(
        options.processEvents,
        () => workspaces.log,
        (line) => options.print(line),
        { pauseCampaigns: (reason) => workspaces.pauseSending(reason) },
      )
    : () => undefined
  const ctx = first.ctx
  ctx.record('app_started', `Browser run started on port ${host.port}`, { version: ctx.info().version })
  startBackgroundWork(ctx)
  options.print(`Herald is running. Open this address in your browser:\n\n  ${host.url}\n`)
  options.print(`Data folder: ${ctx.paths.dataDir}`)
  if (options.open && openInBrowser(host.url, ctx.paths.dataDir))
    options.print('Opening it in your browser now.')
  options.print('Press Ctrl+C here to stop Herald.')
  return {
    ...host,
    stop: async () => {
      try {
        // The page goes first, as the desktop app's window does; then the services, in their safe order.
        await host.close()
        for (const { live } of workspaces.all()) {
          await live.uploads.close()
          live.ctx.record('app_stopped', 'Browser run stopped')
        }
        await workspaces.shutdown()
        unguard()
      } finally {
        workspaces.release()
      }
    },
  }
}
