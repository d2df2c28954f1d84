import path from 'node:path'
import { guardProcess } from '../logging/process-guard'
import type { ProcessEvents } from '../logging/process-guard'
import { startBackgroundWork } from '../context'
import { openLiveContext } from './desktop-relaunch'
import type { LiveContext } from './desktop-relaunch'
import { acquireInstanceLock, AlreadyRunningError, runningWhere } from '../instance-lock'
import { openInBrowser } from './open-browser'
import { startHost } from './server'
import type { RunningHost } from './server'
import { findRendererDir } from '../renderer-files'

export type BrowserRunOptions = {
  dataDir: string
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

/**
 * Starts the browser run: the data folder's lock, its services, the host, and the URL for the user. Throws
 * AlreadyRunningError, before opening anything, when another Herald holds the folder.
 */
export async function runBrowserHost(
  options: BrowserRunOptions,
): Promise<RunningHost & { stop(): Promise<void> }> {
  const rendererDir = locateRenderer()
  if (!rendererDir)
    throw new Error('The app has not been built yet: run "npm run build" first, then try again.')
  const lock = acquireInstanceLock(options.dataDir, 'browser')
  let live: LiveContext
  try {
    live = openLiveContext({ dataDir: options.dataDir, runtime: 'browser', console: options.console })
  } catch (error) {
    lock.release()
    throw error
  }
  const ctx = live.ctx
  let host: RunningHost
  try {
    // Getters: after a restore the same address serves the fresh services (see openLiveContext).
    host = await startHost({
      get handlers() {
        return live.handlers
      },
      get events() {
        return live.events
      },
      log: ctx.log,
      rendererDir,
      port: options.port,
      savedFiles: live.savedFiles,
      uploads: live.uploads,
    })
  } catch (error) {
    await ctx.shutdown()
    lock.release()
    throw error
  }
  try {
    lock.setUrl(host.url)
  } catch (error) {
    // The folder stays held all the same; a second start just cannot name this address.
    ctx.log.warn('Could not write the browser run address into the data folder lock', error)
  }
  const unguard = options.processEvents
    ? guardProcess(
        options.processEvents,
        () => live.ctx.log,
        (line) => options.print(line),
        { pauseCampaigns: (reason) => live.ctx.campaigns.pauseSending(reason) },
      )
    : () => undefined
  live.onRelaunch(() => host.resubscribe())
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
        await live.uploads.close()
        live.ctx.record('app_stopped', 'Browser run stopped')
        await live.ctx.shutdown()
        unguard()
      } finally {
        lock.release()
      }
    },
  }
}
