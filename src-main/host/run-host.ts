import path from 'node:path'
import { guardProcess } from '../logging/process-guard'
import type { ProcessEvents } from '../logging/process-guard'
import { startBackgroundWork } from '../context'
import { openLiveContext } from '../desktop-relaunch'
import { openInBrowser } from './open-browser'
import { startHost } from './server'
import type { RunningHost } from './server'
import { findRendererDir } from './static-files'

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

/** One sentence for the terminal when the browser run cannot start. */
export function describeStartupError(error: unknown, port: number): string {
  if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
    return `Port ${port} is already in use by another program. Choose another port, or leave it out to use a free one.`
  }
  return error instanceof Error ? error.message : String(error)
}

/** Starts the browser run: the data folder's services, the host, and the URL for the user. */
export async function runBrowserHost(
  options: BrowserRunOptions,
): Promise<RunningHost & { stop(): Promise<void> }> {
  const rendererDir = locateRenderer()
  if (!rendererDir)
    throw new Error('The app has not been built yet: run "npm run build" first, then try again.')
  const live = openLiveContext({ dataDir: options.dataDir, runtime: 'browser', console: options.console })
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
    })
  } catch (error) {
    ctx.close()
    throw error
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
  if (options.open && openInBrowser(host.url)) options.print('Opening it in your browser now.')
  options.print('Press Ctrl+C here to stop Herald.')
  return {
    ...host,
    stop: async () => {
      await live.ctx.campaigns.close()
      await live.ctx.whatsapp.close()
      await host.close()
      live.ctx.record('app_stopped', 'Browser run stopped')
      live.ctx.close()
      unguard()
    },
  }
}
