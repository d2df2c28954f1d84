import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { notConnected } from '../../src-shared/domain/whatsapp'
import type { WhatsAppState } from '../../src-shared/domain/whatsapp'
import type { Settings } from '../../src-shared/domain/settings'
import { phrase } from '../../src-shared/i18n/phrase'
import { systemClock } from '../clock'
import type { Clock } from '../clock'
import type { EventHub } from '../events'
import { Attempt } from './attempt'
import { findInstalledBrowser, snapCannotOpen } from './browser'
import type { BrowserFound } from './browser'
import { accountPhone, createWaClient, sandboxArgs, sandboxFacts } from './client'
import type { WaClient, WaClientFactory, WaEventName, WaEvents } from './client'
import { errorText, problemFromDisconnect, problemFromError, problems } from './errors'
import type { ConnectionProblem } from './errors'
import { ConnectionState, defaultTimeouts, detailSaying, neverThrowing } from './connection-state'
import type { ConnectionTimeouts, Recorder, StateListener } from './connection-state'
import { AutoReconnect, canRetryDisconnect, canRetryProblem, waitingPatch } from './reconnect'
import { SessionFiles } from './session-files'
import { shutDownClient } from './shutdown'

export type ConnectionOptions = {
  dataDir: string
  /** The sending number this connection is for: its own login folder (the first number's by default). */
  accountId?: number
  events: EventHub
  settings: () => Settings
  record: Recorder
  /** The real whatsapp-web.js client by default; tests pass a fake. */
  factory?: WaClientFactory
  findBrowser?: (configured: string) => BrowserFound
  /** The user's home folder (os.homedir() by default), for the check of Snap's Chromium. */
  home?: string
  timeouts?: Partial<ConnectionTimeouts>
  /** Times the automatic reconnects; tests pass a simulated clock. */
  clock?: Clock
}

/**
 * Herald's one link to WhatsApp: starts whatsapp-web.js in a browser the user already has, follows it
 * from QR code to ready, and closes the browser on every way out (failure, cancel, logout, quit).
 */
export class WhatsAppConnection {
  private readonly store: ConnectionState
  private attempt: Attempt | null = null
  private readonly files: SessionFiles
  private readonly factory: WaClientFactory
  private readonly timeouts: ConnectionTimeouts
  private closing: Promise<void> | null = null
  private readonly options: ConnectionOptions
  /** Bumped by every start and stop, so a start that was overtaken lets go of its client. */
  private generation = 0
  private readonly retries: AutoReconnect

  constructor(options: ConnectionOptions) {
    this.options = { ...options, record: neverThrowing(options.record) }
    this.store = new ConnectionState(options.events, (error) =>
      this.options.record('whatsapp_listener_failed', errorText(error), undefined, 'error'),
    )
    this.files = new SessionFiles(options.dataDir, options.accountId)
    this.factory = options.factory ?? createWaClient
    this.timeouts = { ...defaultTimeouts, ...options.timeouts }
    this.retries = new AutoReconnect(
      options.clock ?? systemClock,
      () => this.files.sessionDir(),
      (error) => this.options.record('whatsapp_mark_failed', errorText(error), undefined, 'warn'),
    )
  }

  state(): WhatsAppState {
    return this.store.get()
  }

  /** The client when WhatsApp is ready to send, else null. */
  client(): WaClient | null {
    return this.store.get().status === 'ready' ? (this.attempt?.client ?? null) : null
  }

  /** Every change of state, as 'whatsapp:state' carries it; returns the function that stops listening. */
  onState(listener: StateListener): () => void {
    return this.store.onChange(listener)
  }

  /** Whether a browser may be running for WhatsApp, so that quitting should wait for it to close. */
  hasBrowser(): boolean {
    return this.attempt !== null
  }

  /** The browser WhatsApp Web would run in now, as Connect would find it. */
  browser(): BrowserFound {
    return (this.options.findBrowser ?? findInstalledBrowser)(this.options.settings()['whatsapp.browserPath'])
  }

  hasSavedSession(): boolean {
    return this.files.hasSavedSession()
  }

  /**
   * Starts connecting and returns at once; a connection already under way or ready is left as it is.
   * Pressed by hand (or at start), it also starts the automatic retries' waits from the first again.
   */
  async connect(options: { clearCache?: boolean } = {}): Promise<WhatsAppState> {
    if (this.closing || this.store.isBusy()) return this.store.get()
    if (this.attempt && this.store.get().status === 'ready') return this.store.get()
    this.retries.manual()
    return this.start(options)
  }

  private async start(options: { clearCache?: boolean }): Promise<WhatsAppState> {
    // The state turns 'starting' before anything is awaited, so a second press finds it busy.
    const previous = this.detach()
    const generation = this.generation
    this.store.set({
      status: 'starting',
      ...detailSaying(phrase('whatsapp.detail.lookingForBrowser')),
      account: null,
    })
    if (previous) await this.shutDown(previous)
    const settings = this.options.settings()
    const browser = this.browser()
    if (!browser.ok) return this.fail(browser.problem, 'not_connected')
    const home = this.options.home ?? os.homedir()
    if (
      process.platform === 'linux' &&
      snapCannotOpen(browser.path, this.files.root, home, fs.realpathSync)
    ) {
      return this.fail(problems.snapCannotOpen(path.dirname(this.files.root)), 'not_connected', false)
    }
    let client: WaClient
    try {
      if (options.clearCache) await this.files.clearWebCache()
      client = await this.factory(this.files.clientOptions(settings, browser.path))
    } catch (error) {
      this.options.record('whatsapp_failed', errorText(error), undefined, 'error')
      return generation === this.generation
        ? this.fail(problemFromError(error), 'not_connected')
        : this.store.get()
    }
    if (generation !== this.generation || this.closing) {
      // Cancelled (or closed) while the client was being made: it never started, so there is nothing to wait for.
      await shutDownClient(client, this.timeouts.closeMs)
      return this.store.get()
    }
    this.options.record('whatsapp_connecting', 'Starting WhatsApp Web', {
      browser: browser.path,
      clearCache: options.clearCache ?? false,
      // Said in the log whenever Chromium's sandbox is off, and why (client.ts)
      sandbox: sandboxArgs(sandboxFacts()).reason ?? 'on',
    })
    this.begin(client)
    return this.store.set(detailSaying(phrase('whatsapp.detail.openingWeb')))
  }

  /** The automatic try, when its wait is over: only with the saved login, and never after Cancel or quit. */
  private retry(): void {
    if (this.closing || this.attempt || this.store.isBusy()) return
    if (!this.retries.mayStart()) {
      this.store.set({ detail: null })
      return
    }
    this.options.record('whatsapp_reconnecting', 'Connecting again by itself with the saved login')
    this.start({}).catch((error: unknown) =>
      this.options.record('whatsapp_failed', errorText(error), undefined, 'error'),
    )
  }

  private begin(client: WaClient): void {
    const attempt = new Attempt(client)
    this.attempt = attempt
    this.listen(attempt)
    this.arm(attempt, this.timeouts.startMs, () => problems.stuckLoading(this.timeouts.startMs / 1000))
    attempt.initializing = client.initialize().catch((error: unknown) => {
      if (this.attempt !== attempt) return
      this.options.record('whatsapp_failed', errorText(error), undefined, 'warn')
      void this.fail(
        problemFromError(error),
        this.store.get().status === 'ready' ? 'disconnected' : 'not_connected',
      )
    })
  }

  private listen(attempt: Attempt): void {
    const on = <E extends WaEventName>(event: E, handler: (...args: WaEvents[E]) => void): void => {
      attempt.client.on(event, (...args: WaEvents[E]) => {
        if (this.attempt === attempt) handler(...args)
      })
    }
    on('qr', (qr) => {
      this.arm(attempt, this.timeouts.scanMs, problems.qrNotScanned)
      attempt.qrAt = Date.now()
      this.store.set({ status: 'waiting_for_scan', qr, detail: null })
      attempt.watch(this.timeouts.linkPollMs, () => void this.watchLinking(attempt))
    })
    on('authenticated', () => {
      if (this.backgroundSync(attempt, 'authenticated')) return
      this.arm(attempt, this.timeouts.syncMs, () => problems.stuckLoading())
      this.store.set({ status: 'authenticating', qr: null, detail: null })
    })
    on('loading_screen', (percent) => {
      if (this.backgroundSync(attempt, `loading ${Math.round(Number(percent))}%`)) return
      this.arm(attempt, this.timeouts.syncMs, () => problems.stuckLoading())
      this.store.set({
        status: 'syncing',
        qr: null,
        ...detailSaying(phrase('whatsapp.detail.loadingChats', { percent: Math.round(Number(percent)) })),
      })
    })
    on('ready', () => this.becomeReady(attempt))
    on('auth_failure', (message) => {
      this.options.record('whatsapp_auth_failure', String(message), undefined, 'warn')
      void this.fail(problems.sessionExpired(), 'auth_failure', false)
    })
    on('change_state', (state) => this.followWebState(attempt, state))
    on('disconnected', (reason) => {
      this.options.record(
        'whatsapp_disconnected',
        `WhatsApp disconnected: ${String(reason)}`,
        undefined,
        'warn',
      )
      const problem = problemFromDisconnect(String(reason))
      if (problem.kind === 'logged_out') void this.files.forgetSession()
      void this.fail(problem, 'disconnected', canRetryDisconnect(String(reason)))
    })
  }

  /**
   * whatsapp-web.js 1.34.7 says "authenticated" only after the first sync, minutes after the scan. While the
   * QR code shows, WhatsApp Web's own state tells when the phone has scanned it: the screen then says
   * "Linking your phone…" and the sync gets its own time, so the QR code's timer never ends a slow first
   * sync. A code not renewed for a while (the library's refresh can die) is never left on screen: the
   * attempt starts again with a fresh one.
   */
  private async watchLinking(attempt: Attempt): Promise<void> {
    const waiting = (): boolean => this.attempt === attempt && this.store.get().status === 'waiting_for_scan'
    if (!waiting()) return attempt.unwatch()
    if (Date.now() - attempt.qrAt > this.timeouts.qrStaleMs) {
      attempt.unwatch()
      this.options.record('whatsapp_qr_stale', 'The QR code was not renewed: starting WhatsApp Web again')
      void this.start({})
      return
    }
    const state = await attempt.client.getState().catch(() => null)
    if (!waiting() || state === null || state === 'UNPAIRED' || state === 'UNPAIRED_IDLE') return
    attempt.unwatch()
    this.arm(attempt, this.timeouts.syncMs, () => problems.stuckLoading())
    this.store.set({ status: 'authenticating', qr: null, detail: null })
  }

  /**
   * Once ready, WhatsApp Web may show its loading screen again (a sync in the background, sometimes stuck
   * at 99 %) and say "authenticated" again: the connection works all along, so that is logged, never a
   * change of state, and no timer may close the browser for it.
   */
  private backgroundSync(attempt: Attempt, what: string): boolean {
    if (!attempt.wasReady) return false
    this.options.record('whatsapp_background_sync', `WhatsApp Web after ready: ${what}`)
    // Reconnecting by itself after a drop (change_state) is given the time of a sync, then started afresh
    if (this.store.get().status !== 'ready') {
      this.arm(attempt, this.timeouts.syncMs, () => problems.stuckLoading())
    }
    return true
  }

  private becomeReady(attempt: Attempt): void {
    attempt.disarm()
    this.retries.ready()
    // `ready` fires again after a reload of the page: the browser is the same one, watched once
    if (!attempt.wasReady) {
      attempt.client.pupBrowser?.on?.('disconnected', () => {
        if (this.attempt === attempt) this.reportBroken(new Error('The browser closed'))
      })
    }
    attempt.wasReady = true
    const info = attempt.client.info
    const account = info ? { name: info.pushname || 'WhatsApp', phone: accountPhone(info.wid) } : null
    this.options.record(
      'whatsapp_ready',
      `Connected as ${account?.name ?? 'WhatsApp'} ${account?.phone ?? ''}`,
    )
    this.store.set({ status: 'ready', account, qr: null, detail: null, problem: null })
  }

  /** WhatsApp Web's own state: while it is not CONNECTED nothing can be sent, but it may come back. */
  private followWebState(attempt: Attempt, state: string): void {
    if (state === 'CONNECTED') {
      if (this.store.get().status === 'disconnected' && !this.store.get().problem) this.becomeReady(attempt)
      return
    }
    if (this.store.get().status === 'ready' && ['TIMEOUT', 'OPENING', 'PAIRING'].includes(state)) {
      this.store.set({
        status: 'disconnected',
        ...detailSaying(phrase('whatsapp.detail.reconnectingByItself')),
        problem: null,
      })
    }
  }

  /**
   * For the transport: a send failed in a way that means the browser or its page is gone ("detached
   * Frame", "Session closed"). The connection is marked lost and started again with the saved login, so
   * a campaign paused by it can resume.
   */
  reportBroken(error: unknown): void {
    if (!this.attempt || this.store.get().status !== 'ready') return
    this.options.record('whatsapp_broken', errorText(error), undefined, 'warn')
    void this.fail(problems.browserCrashed(), 'disconnected', true)
  }

  /**
   * Ends the attempt with a problem and closes its browser; the state says what happened and, when
   * a retry can fix it and the login is saved, when Herald tries again by itself.
   */
  private async fail(
    problem: ConnectionProblem,
    status: WhatsAppState['status'],
    retryable = canRetryProblem(problem),
  ): Promise<WhatsAppState> {
    const next = retryable && !this.closing ? this.retries.plan() : null
    const state = this.store.set({ status, problem, qr: null, detail: null, ...(next && waitingPatch(next)) })
    const stopping = this.stop()
    // A Connect, Cancel, Log out or quit while the browser closes bumps the generation: no retry then.
    const generation = this.generation
    await stopping
    if (next && generation === this.generation && !this.closing)
      this.retries.wait(next.delayMs, () => this.retry())
    return state
  }

  /** Stops a connection attempt and any automatic retry; the saved login stays. */
  async cancel(): Promise<WhatsAppState> {
    this.retries.stop()
    // Waiting to try again counts as busy: Cancel ends that too.
    const wasBusy = this.store.isBusy() || Boolean(this.store.get().reconnect)
    await this.stop()
    return wasBusy || this.store.get().status === 'ready'
      ? this.store.set({ ...notConnected, account: null })
      : this.store.get()
  }

  /** Unlinks this computer: logs out in WhatsApp when connected, closes the browser, deletes the login. */
  async logout(): Promise<WhatsAppState> {
    this.retries.stop()
    const ready = this.store.get().status === 'ready'
    const attempt = this.detach()
    if (attempt && ready) {
      try {
        await attempt.logOut(this.timeouts.closeMs)
      } catch (error) {
        this.options.record('whatsapp_logout_problem', errorText(error), undefined, 'warn')
      }
    }
    if (attempt) await this.shutDown(attempt)
    await this.files.forgetSession()
    this.options.record('whatsapp_logout', 'Logged out of WhatsApp; the saved login was deleted')
    return this.store.set({ ...notConnected })
  }

  /** For the app's quit: cancels any automatic retry, closes the browser and waits for it. */
  close(): Promise<void> {
    this.retries.stop()
    this.closing ??= this.stop()
    return this.closing
  }

  /** Resolves with the first state that passes `test`, or null after `timeoutMs`. */
  waitFor(test: (state: WhatsAppState) => boolean, timeoutMs: number): Promise<WhatsAppState | null> {
    return this.store.waitFor(test, timeoutMs)
  }

  private async stop(): Promise<void> {
    const attempt = this.detach()
    if (attempt) await this.shutDown(attempt)
  }

  /** Lets go of the current attempt at once: its events and timers no longer count. */
  private detach(): Attempt | null {
    this.generation += 1
    const attempt = this.attempt
    this.attempt = null
    attempt?.disarm()
    return attempt
  }

  private shutDown(attempt: Attempt): Promise<void> {
    return attempt.shutDown(this.timeouts.closeMs, this.problemLog)
  }

  private readonly problemLog = (what: string, error?: unknown): void => {
    this.options.record(
      'whatsapp_close_problem',
      error ? `${what}: ${errorText(error)}` : what,
      undefined,
      'warn',
    )
  }

  /** Ends a start that stays at one step for longer than `ms`: stuck loading, or a QR code nobody scans. */
  private arm(attempt: Attempt, ms: number, problem: () => ConnectionProblem): void {
    attempt.arm(ms, () => {
      if (this.attempt !== attempt) return
      this.options.record('whatsapp_timeout', problem().message, undefined, 'warn')
      void this.fail(problem(), 'not_connected')
    })
  }
}
