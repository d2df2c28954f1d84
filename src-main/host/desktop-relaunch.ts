import path from 'node:path'
import { maxImportBytes } from '../../src-shared/domain/contacts'
import { openAppContext, startBackgroundWork } from '../context'
import type { AppContext, ContextOptions } from '../context'
import { createBrowserDesktop } from './desktop-browser'
import type { BrowserDesktopOptions } from './desktop-browser'
import type { EventHub } from '../events'
import { createHandlers } from '../ipc/handlers'
import type { Handlers } from '../ipc/dispatch'
import type { WorkspaceControl } from '../ipc/workspaces'
import { Uploads } from '../uploads'

/** The services of the browser run, which a restore replaces while the page and its address stay. */
export type LiveContext = {
  readonly ctx: AppContext
  readonly handlers: Handlers
  readonly events: EventHub
  /** Files this run saved (exports, backups), kept across a restore: all that downloads serve. */
  readonly savedFiles: ReadonlySet<string>
  /** Files the page sent (POST /upload) until a request claims them; kept across a restore too. */
  readonly uploads: Uploads
  /** Called once a fresh context serves, after a restore. */
  onRelaunch(listener: (ctx: AppContext) => void): void
}

/**
 * Opens the data folder for the browser run. There is no process to restart there, so "relaunch" closes
 * the services and opens them again on the same folder: the next request already reaches the restored data.
 * `workspaces` answers the workspace switcher's requests.
 */
export function openLiveContext(
  options: Omit<ContextOptions, 'desktop'>,
  desktop: Omit<BrowserDesktopOptions, 'onRelaunch'> = {},
  workspaces?: WorkspaceControl,
): LiveContext {
  const listeners = new Set<(ctx: AppContext) => void>()
  const savedFiles = new Set<string>()
  // The largest file either kind of request takes; an attachment's own limit is checked when claimed.
  const uploads = new Uploads({ dir: path.join(options.dataDir, 'uploads'), maxBytes: maxImportBytes })
  const open = (): { ctx: AppContext; handlers: Handlers } => {
    const ctx = openAppContext({
      ...options,
      desktop: createBrowserDesktop({ ...desktop, onRelaunch: relaunch }),
    })
    return { ctx, handlers: createHandlers(ctx, { saved: savedFiles, uploads, workspaces }) }
  }
  let current = open()
  function relaunch(): void {
    // Closed already by the restore that asked for this (ctx.shutdown): the same promise, settled.
    void current.ctx.shutdown()
    current = open()
    current.ctx.record('app_restarted', 'Herald started again on its data folder after a restore')
    startBackgroundWork(current.ctx)
    for (const listener of listeners) listener(current.ctx)
  }
  return {
    get ctx() {
      return current.ctx
    },
    get handlers() {
      return current.handlers
    },
    get events() {
      return current.ctx.events
    },
    savedFiles,
    uploads,
    onRelaunch: (listener) => void listeners.add(listener),
  }
}
