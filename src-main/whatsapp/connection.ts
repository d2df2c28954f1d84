import { notConnected } from '../../src-shared/domain/whatsapp'
import type { WhatsAppState } from '../../src-shared/domain/whatsapp'
import type { Settings } from '../../src-shared/domain/settings'
import type { EventHub } from '../events'
import { findInstalledBrowser } from './browser'
import type { BrowserFound } from './browser'
import { createWaClient } from './client'
import type { WaClient, WaClientFactory, WaEventName, WaEvents } from './client'
import { errorText, problemFromDisconnect, problemFromError, problems } from './errors'
import type { ConnectionProblem } from './errors'
import { ConnectionState, defaultTimeouts, neverThrowing } from './connection-state'
import type { ConnectionTimeouts, Recorder, StateListener } from './connection-state'
import { SessionFiles } from './session-files'
import { guardSignals, killBrowser, shutDownClient, shutDownStarting } from './shutdown'

export type ConnectionOptions = {
  dataDir: string
  events: EventHub
  settings: () => Settings
  record: Recorder
  /** The real whatsapp-web.js client by default; tests pass a fake. */
  factory?: WaClientFactory
  findBrowser?: (configured: string) => BrowserFound
  timeouts?: Partial<ConnectionTimeouts>
}

type Attempt = {
  client: WaClient
  initializing: Promise<void>
  timer: NodeJS.Timeout | null
  releaseSignals: () => void
}

const maxRestarts = 3

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
  /** Automatic restarts after a crash since the last time WhatsApp was ready. */
  private restarts = 0

  constructor(options: ConnectionOptions) {
    this.options = { ...options, record: neverThrowing(options.record) }
    this.store = new ConnectionState(options.events, (error) =>
      this.options.record('whatsapp_listener_failed', errorText(error), undefined, 'error'),
    )
    this.files = new SessionFiles(options.dataDir)
    this.factory = options.factory ?? createWaClient
    this.timeouts = { ...defaultTimeouts, ...options.timeouts }
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

  hasSavedSession(): boolean {
    return this.files.hasSavedSession()
  }

  /** Starts connecting and returns at once; a connection already under way or ready is left as it is. */
  async connect(options: { clearCache?: boolean } = {}): Promise<WhatsAppState> {
    if (this.closing || this.store.isBusy()) return this.store.get()
    if (this.attempt && this.store.get().status === 'ready') return this.store.get()
    // The state turns 'starting' before anything is awaited, so a second press finds it busy.
    const previous = this.detach()
    const generation = this.generation
    this.store.set({ status: 'starting', detail: 'Looking for a browser', account: null })
    if (previous) await this.shutDown(previous)
    const settings = this.options.settings()
    const browser = (this.options.findBrowser ?? findInstalledBrowser)(settings['whatsapp.browserPath'])
    if (!browser.ok) return this.fail(browser.problem, 'not_connected')
    let client: WaClient
    try {
      if (options.clearCache) await this.files.clearWebCache()
      client = await this.factory({
        clientId: this.files.clientId(),
        dataPath: this.files.root,
        executablePath: browser.path,
        webVersionCache: this.files.webVersionCache(
          settings['whatsapp.webVersionCache'],
          settings['whatsapp.webVersionRemotePath'],
        ),
      })
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
    })
    this.begin(client)
    return this.store.set({ detail: 'Opening WhatsApp Web' })
  }

  private begin(client: WaClient): void {
    const attempt: Attempt = {
      client,
      initializing: Promise.resolve(),
      timer: null,
      releaseSignals: guardSignals(() => killBrowser(client)),
    }
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
      this.store.set({ status: 'waiting_for_scan', qr, detail: null })
    })
    on('authenticated', () => {
      this.arm(attempt, this.timeouts.syncMs, () => problems.stuckLoading())
      this.store.set({ status: 'authenticating', qr: null, detail: null })
    })
    on('loading_screen', (percent) => {
      this.arm(attempt, this.timeouts.syncMs, () => problems.stuckLoading())
      this.store.set({
        status: 'syncing',
        qr: null,
        detail: `Loading your chats ${Math.round(Number(percent))}%`,
      })
    })
    on('ready', () => this.becomeReady(attempt))
    on('auth_failure', (message) => {
      this.options.record('whatsapp_auth_failure', String(message), undefined, 'warn')
      void this.fail(problems.sessionExpired(), 'auth_failure')
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
      void this.fail(problem, 'disconnected')
    })
  }

  private becomeReady(attempt: Attempt): void {
    this.disarm(attempt)
    this.restarts = 0
    attempt.client.pupBrowser?.on?.('disconnected', () => {
      if (this.attempt === attempt) this.reportBroken(new Error('The browser closed'))
    })
    const info = attempt.client.info
    const account = info
      ? { name: info.pushname || 'WhatsApp', phone: info.wid.user ? `+${info.wid.user}` : '' }
      : null
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
      this.store.set({ status: 'disconnected', detail: 'WhatsApp is reconnecting by itself…', problem: null })
    }
  }

  /**
   * For the transport: a send failed in a way that means the browser or its page is gone ("detached
   * Frame", "Session closed"). The connection is marked lost and restarted with the saved login, a few
   * times at most, so a campaign paused by it can resume.
   */
  reportBroken(error: unknown): void {
    if (!this.attempt || this.store.get().status !== 'ready') return
    this.options.record('whatsapp_broken', errorText(error), undefined, 'warn')
    void this.fail(problems.browserCrashed(), 'disconnected').then(() => this.restartSoon())
  }

  private restartSoon(): void {
    if (this.restarts >= maxRestarts || this.closing) return
    this.restarts += 1
    const generation = this.generation
    setTimeout(() => {
      if (generation === this.generation && !this.attempt && !this.closing) void this.connect()
    }, this.timeouts.restartMs).unref?.()
  }

  /** Ends the attempt with a problem and closes its browser; the state says what happened. */
  private async fail(problem: ConnectionProblem, status: WhatsAppState['status']): Promise<WhatsAppState> {
    const state = this.store.set({ status, problem, qr: null, detail: null })
    await this.stop()
    return state
  }

  /** Stops a connection attempt; the saved login stays. */
  async cancel(): Promise<WhatsAppState> {
    const wasBusy = this.store.isBusy()
    await this.stop()
    return wasBusy || this.store.get().status === 'ready'
      ? this.store.set({ ...notConnected, account: null })
      : this.store.get()
  }

  /** Unlinks this computer: logs out in WhatsApp when connected, closes the browser, deletes the login. */
  async logout(): Promise<WhatsAppState> {
    const ready = this.store.get().status === 'ready'
    const attempt = this.detach()
    if (attempt && ready) {
      try {
        await Promise.race([
          attempt.client.logout(),
          new Promise((_, reject) =>
            setTimeout(() => reject(new Error('logout timed out')), this.timeouts.closeMs),
          ),
        ])
      } catch (error) {
        this.options.record('whatsapp_logout_problem', errorText(error), undefined, 'warn')
      }
    }
    if (attempt) await this.shutDown(attempt)
    await this.files.forgetSession()
    this.options.record('whatsapp_logout', 'Logged out of WhatsApp; the saved login was deleted')
    return this.store.set({ ...notConnected })
  }

  /** For the app's quit: closes the browser and waits for it. */
  close(): Promise<void> {
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
    if (attempt) this.disarm(attempt)
    return attempt
  }

  private async shutDown(attempt: Attempt): Promise<void> {
    await shutDownStarting(attempt.client, attempt.initializing, this.timeouts.closeMs, this.problemLog)
    attempt.releaseSignals()
  }

  private readonly problemLog = (what: string, error?: unknown): void => {
    this.options.record(
      'whatsapp_close_problem',
      error ? `${what}: ${errorText(error)}` : what,
      undefined,
      'warn',
    )
  }

  private arm(attempt: Attempt, ms: number, problem: () => ConnectionProblem): void {
    this.disarm(attempt)
    attempt.timer = setTimeout(() => {
      if (this.attempt !== attempt) return
      this.options.record('whatsapp_timeout', problem().message, undefined, 'warn')
      void this.fail(problem(), 'not_connected')
    }, ms)
    attempt.timer.unref?.()
  }

  private disarm(attempt: Attempt): void {
    if (attempt.timer) clearTimeout(attempt.timer)
    attempt.timer = null
  }
}
