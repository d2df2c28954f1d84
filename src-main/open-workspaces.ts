import path from 'node:path'
import type { WorkspaceColour, WorkspaceSummary } from '../src-shared/domain/workspaces'
import { requestChannels } from '../src-shared/ipc/channels'
import type { AppContext } from './context'
import { phrase } from '../src-shared/i18n/phrase'
import type { Phrase } from '../src-shared/i18n/phrase'
import { DatabaseError, workspaceCannotOpen } from './db/errors'
import { AppError } from './errors'
import { EventHub } from './events'
import { AlreadyRunningError, whereParams } from './instance-lock'
import type { Handlers } from './ipc/dispatch'
import type { WorkspaceControl } from './ipc/workspaces'
import type { Logger } from './logging/logger'
import { addWorkspace, findWorkspace, listWorkspaces, renameWorkspace } from './workspaces'
import type { Workspace } from './workspaces'

/** One workspace's services, as this process has them open. */
export type OpenedWorkspace = {
  /** Read at each use: the browser run replaces a workspace's services after a restore. */
  readonly ctx: AppContext
  readonly handlers: Handlers
  /** Lets go of the workspace's data folder (its lock); called once its services are shut down. */
  release(): void
}

/**
 * Opens a workspace in this process: takes its data folder (AlreadyRunningError when another Herald holds
 * it), opens its services and starts their background work. Its handlers answer the switcher with `control`.
 */
export type WorkspaceOpener<T extends OpenedWorkspace = OpenedWorkspace> = (
  workspace: Workspace,
  control: WorkspaceControl,
) => T

export type OpenWorkspacesOptions<T extends OpenedWorkspace = OpenedWorkspace> = {
  /** The data folder that holds workspaces.json (the default workspace's). */
  root: string
  /** The workspace the window shows first. */
  first: Workspace
  open: WorkspaceOpener<T>
  /** How often a workspace sending in the background is looked at, to close it once it is done. */
  watchMs?: number
}

type AnyHandler = (input: unknown) => unknown

/** Every request channel, answered by the handlers `current()` gives when the request comes. */
function following(current: () => Handlers): Handlers {
  const handlers: Record<string, AnyHandler> = {}
  for (const channel of requestChannels) {
    handlers[channel] = (input) => (current()[channel] as AnyHandler)(input)
  }
  return handlers as Handlers
}

/** The campaigns the context is sending now, by name. */
function sendingIn(ctx: AppContext): string[] {
  if (!ctx.campaigns.isSending()) return []
  return ctx.campaigns
    .list()
    .filter((campaign) => campaign.status === 'running')
    .map((campaign) => campaign.name)
}

const key = (workspace: Workspace): string => path.resolve(workspace.dataDir)

/**
 * The workspaces this process (the desktop app, the browser run) has open, one AppContext each, and the one
 * the window shows. Requests (`handlers`) and events (`events`) go to and come from that one only: a
 * workspace left while it was sending goes on in the background, unheard, and is closed once it is done.
 */
export class OpenWorkspaces<T extends OpenedWorkspace = OpenedWorkspace> implements WorkspaceControl {
  /** The shown workspace's events and the switcher's own: all the window hears. */
  readonly events = new EventHub()
  /** Every request channel, answered by the workspace shown when the request comes. */
  readonly handlers: Handlers
  /** The shown workspace's log (each workspace writes to its own folder's). */
  readonly log: Logger
  private readonly opened = new Map<string, T>()
  private readonly closing = new Map<string, Promise<void>>()
  private shown: string
  private stopRelay: () => void = () => undefined
  private switching = false
  private watch: ReturnType<typeof setInterval> | null = null

  /** Opens `options.first`; throws what opening it throws. */
  constructor(private readonly options: OpenWorkspacesOptions<T>) {
    this.shown = key(options.first)
    this.opened.set(this.shown, options.open(options.first, this))
    this.handlers = following(() => this.active.handlers)
    const log = (): Logger => this.active.ctx.log
    this.log = {
      error: (...args: unknown[]) => log().error(...args),
      warn: (...args: unknown[]) => log().warn(...args),
      info: (...args: unknown[]) => log().info(...args),
      debug: (...args: unknown[]) => log().debug(...args),
      get file() {
        return log().file
      },
    }
    this.relay()
  }

  /** The workspace the window shows. */
  get active(): T {
    const opened = this.opened.get(this.shown)
    if (!opened) throw new Error('The shown workspace is not open')
    return opened
  }

  /** Every workspace open here: the shown one and those sending in the background. */
  all(): T[] {
    return [...this.opened.values()]
  }

  /** Whether quitting has to wait for one of them (AppContext.busy). */
  busy(): boolean {
    return this.all().some((opened) => opened.ctx.busy())
  }

  /** After an unexpected error: pauses the campaigns sending in every open workspace; how many paused. */
  async pauseSending(reason: Phrase): Promise<number> {
    const paused = await Promise.all(this.all().map((opened) => opened.ctx.campaigns.pauseSending(reason)))
    return paused.reduce((sum, count) => sum + count, 0)
  }

  /** The name of the workspace shown ('' if it was removed meanwhile). */
  shownName(): string {
    return listWorkspaces(this.options.root).find((w) => key(w) === this.shown)?.name ?? ''
  }

  /** Hears the shown workspace's events (again, after a restore replaced its services). */
  relay(): void {
    this.stopRelay()
    this.stopRelay = this.active.ctx.events.subscribe((event, payload) => this.events.emit(event, payload))
  }

  list(): WorkspaceSummary[] {
    return listWorkspaces(this.options.root).map((workspace) => this.summary(workspace))
  }

  add(name: string, colour: WorkspaceColour): WorkspaceSummary {
    const added = addWorkspace(this.options.root, name, new Date(), colour)
    this.changed(false)
    return this.summary(added)
  }

  rename(name: string, to: string, colour?: WorkspaceColour): WorkspaceSummary {
    const renamed = renameWorkspace(this.options.root, name, to, colour)
    this.changed(false)
    return this.summary(renamed)
  }

  /**
   * Shows `name` from now on. The workspace left is shut down, unless it is sending: with `leaveSending`
   * it then goes on in the background (without, CONFLICT). Opening `name` fails before anything changes.
   */
  async switchTo(name: string, leaveSending: boolean): Promise<WorkspaceSummary> {
    if (this.switching) throw new AppError('CONFLICT', phrase('system.workspaces.switching'))
    const target = findWorkspace(this.options.root, name)
    if (key(target) === this.shown) return this.summary(target)
    const left = this.active
    const leftName = this.shownName()
    const sending = sendingIn(left.ctx)
    if (sending.length > 0 && !leaveSending) {
      throw new AppError(
        'CONFLICT',
        phrase('system.workspaces.leftSending', { campaign: sending[0] ?? '', workspace: leftName }),
      )
    }
    this.switching = true
    try {
      const next = this.opened.get(key(target)) ?? (await this.openAnother(target))
      this.opened.set(key(target), next)
      this.shown = key(target)
      this.relay()
      left.ctx.record(
        'workspace_left',
        sending.length > 0
          ? `Switched to the workspace "${target.name}"; ${sending.length} campaign(s) go on sending here in the background`
          : `Switched to the workspace "${target.name}"`,
      )
      next.ctx.record('workspace_shown', `Switched here from the workspace "${leftName}"`)
      await this.closeIdle()
      this.watchBackground()
    } finally {
      this.switching = false
    }
    this.changed(true)
    return this.summary(target)
  }

  /** Shuts every open workspace down, each in its safe order (sending campaigns stop after their message). */
  shutdown(): Promise<void> {
    this.stopWatching()
    return Promise.all([...this.closing.values(), ...this.all().map((opened) => opened.ctx.shutdown())]).then(
      () => undefined,
    )
  }

  /** Lets go of every open workspace's data folder: after `shutdown`, or when the process ends anyway. */
  release(): void {
    this.stopWatching()
    this.stopRelay()
    for (const opened of this.all()) opened.release()
  }

  private async openAnother(workspace: Workspace): Promise<T> {
    // A workspace left a moment ago may still be closing: its folder is free once it has.
    await this.closing.get(key(workspace))
    try {
      return this.options.open(workspace, this)
    } catch (error) {
      if (error instanceof AlreadyRunningError) {
        throw new AppError(
          'CONFLICT',
          phrase('system.workspaces.openElsewhere', { name: workspace.name, ...whereParams(error.holder) }),
        )
      }
      if (error instanceof DatabaseError)
        throw new AppError('UNAVAILABLE', workspaceCannotOpen(error, workspace.name))
      throw error
    }
  }

  /** Closes every workspace not shown that has nothing sending; resolves once they are closed. */
  private async closeIdle(): Promise<void> {
    const idle = [...this.opened].filter(
      ([dir, opened]) => dir !== this.shown && !opened.ctx.campaigns.isSending(),
    )
    await Promise.all(
      idle.map(([dir, opened]) => {
        this.opened.delete(dir)
        const closed = opened.ctx
          .shutdown()
          .catch((error: unknown) => this.active.ctx.log.error('Closing a workspace failed', error))
          .finally(() => {
            opened.release()
            this.closing.delete(dir)
          })
        this.closing.set(dir, closed)
        return closed
      }),
    )
  }

  // A workspace sending in the background is closed once it is done, and the switcher hears of it.
  private watchBackground(): void {
    if (this.watch || this.opened.size < 2) return
    this.watch = setInterval(() => {
      if (this.switching) return
      const before = this.opened.size
      void this.closeIdle().then(() => {
        if (this.opened.size < 2) this.stopWatching()
        if (this.opened.size !== before) this.changed(false)
      })
    }, this.options.watchMs ?? 5000)
    this.watch.unref?.()
  }

  private stopWatching(): void {
    if (this.watch) clearInterval(this.watch)
    this.watch = null
  }

  private changed(switched: boolean): void {
    this.events.emit('workspaces:changed', { current: this.shownName(), switched })
  }

  private summary(workspace: Workspace): WorkspaceSummary {
    const opened = this.opened.get(key(workspace))
    return {
      name: workspace.name,
      colour: workspace.colour,
      current: key(workspace) === this.shown,
      isDefault: workspace.isDefault,
      sending: opened ? sendingIn(opened.ctx) : [],
    }
  }
}
