import type { WhatsAppState } from '../../src-shared/domain/whatsapp'
import { durationPhrase } from '../../src-shared/i18n/measures'
import { phrase } from '../../src-shared/i18n/phrase'
import type { Phrase } from '../../src-shared/i18n/phrase'
import type { Clock } from '../clock'
import { detailSaying } from './connection-state'
import type { ConnectionProblem } from './errors'
import { markLinked, wasLinked } from './session-files'

/** The waits before each automatic try: 10 s, 30 s, 1 min, 2 min, then every 5 min for as long as it takes. */
export const reconnectDelaysMs: readonly number[] = [10_000, 30_000, 60_000, 120_000, 300_000]

/**
 * A connection that stayed ready this long has recovered: the next drop starts the waits from 10 s again.
 * One that drops sooner keeps backing off, so a page that dies right after each start is not restarted
 * every 10 s all night.
 */
export const stableReadyMs = 60_000

/**
 * `disconnected` reasons no retry can fix: the phone unlinked this computer, WhatsApp Web was opened
 * elsewhere (taking it back would fight the user), WhatsApp blocked the number, or a QR code is needed.
 */
const finalReasons = new Set([
  'LOGOUT',
  'UNPAIRED',
  'UNPAIRED_IDLE',
  'CONFLICT',
  'TOS_BLOCK',
  'SMB_TOS_BLOCK',
  'Max qrcode retries reached',
])

export const canRetryDisconnect = (reason: string): boolean => !finalReasons.has(reason)

/** Problems that come and go with the network or the browser; the others need the user. */
const passingKinds = new Set<ConnectionProblem['kind']>(['unreachable', 'browser_crashed', 'stuck_loading'])

export const canRetryProblem = (problem: ConnectionProblem): boolean => passingKinds.has(problem.kind)

export type NextTry = { attempt: number; delayMs: number; at: number }

/** e.g. "Trying again in 30 s (attempt 2)…", the wait in the reader's language. */
const waitPhrase = (next: NextTry): Phrase =>
  phrase('whatsapp.detail.retryIn', { wait: durationPhrase(next.delayMs / 1000), attempt: next.attempt })

/** The state while Herald waits for the next try: what went wrong stays, the detail says when and which try. */
export const waitingPatch = (next: NextTry): Partial<WhatsAppState> => ({
  status: 'disconnected',
  ...detailSaying(waitPhrase(next)),
  reconnect: { attempt: next.attempt, at: new Date(next.at).toISOString() },
})

/**
 * Whether and when the connection tries again by itself after a drop, and the one timer for it. It does
 * while a login is saved and the connection had it (it was saved when Connect was pressed or at start,
 * or WhatsApp was ready in this run); Cancel, Log out and quit turn it off.
 */
export class AutoReconnect {
  private keepTrying = false
  private attempts = 0
  private readySince: number | null = null
  private pending: AbortController | null = null

  /** `sessionDir` is LocalAuth's folder for the current account; `warn` hears of a marker not written. */
  constructor(
    private readonly clock: Clock,
    private readonly sessionDir: () => string,
    private readonly warn: (error: unknown) => void,
  ) {}

  /** Connect pressed (or the start-up connect): the waits start from the first again. */
  manual(): void {
    this.reset()
    this.keepTrying = this.hasSavedLogin()
  }

  /** WhatsApp is ready: its login is saved (marked so for the next start), and a later drop is retried. */
  ready(): void {
    this.keepTrying = true
    this.readySince = this.clock.now()
    try {
      markLinked(this.sessionDir())
    } catch (error) {
      this.warn(error)
    }
  }

  private hasSavedLogin(): boolean {
    return wasLinked(this.sessionDir())
  }

  /** Cancel, Log out or quit: no more tries. */
  stop(): void {
    this.keepTrying = false
    this.reset()
  }

  /** Whether an automatic try may start now. */
  mayStart(): boolean {
    return this.keepTrying && this.hasSavedLogin()
  }

  /** For a failure a retry can fix: the next try, counted, or null when there is to be none. */
  plan(): NextTry | null {
    if (!this.mayStart()) return null
    if (this.readySince !== null && this.clock.now() - this.readySince >= stableReadyMs) this.attempts = 0
    this.readySince = null
    this.attempts += 1
    const delayMs = reconnectDelaysMs[Math.min(this.attempts, reconnectDelaysMs.length) - 1] ?? 300_000
    return { attempt: this.attempts, delayMs, at: this.clock.now() + delayMs }
  }

  /** Calls `retry` once `delayMs` has passed, unless stopped (or replaced) first. */
  wait(delayMs: number, retry: () => void): void {
    this.cancel()
    if (!this.keepTrying) return
    const controller = new AbortController()
    this.pending = controller
    void this.clock.sleep(delayMs, controller.signal).then(() => {
      if (controller.signal.aborted) return
      this.pending = null
      retry()
    })
  }

  private reset(): void {
    this.cancel()
    this.attempts = 0
    this.readySince = null
  }

  private cancel(): void {
    this.pending?.abort()
    this.pending = null
  }
}
