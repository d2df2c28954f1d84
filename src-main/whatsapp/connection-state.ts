import { notConnected } from '../../src-shared/domain/whatsapp'
import type { WhatsAppState } from '../../src-shared/domain/whatsapp'
import type { Phrase } from '../../src-shared/i18n/phrase'
import { english } from '../../src-shared/i18n/wording'
import type { AppEventLevel } from '../db/repos/app-events-repo'
import type { EventHub } from '../events'

export type Recorder = (kind: string, message: string, data?: unknown, level?: AppEventLevel) => void

export type ConnectionTimeouts = {
  /** From start to the QR code or to ready (with a saved login): longer means WhatsApp Web is stuck. */
  startMs: number
  /** How long an unscanned QR code stays up before the browser is closed. */
  scanMs: number
  /** From the scan to ready, restarted by every progress report. */
  syncMs: number
  /** How long destroy() may take before the browser is killed. */
  closeMs: number
  /** While the QR code shows, how often WhatsApp Web's state is read to see whether the phone scanned it. */
  linkPollMs: number
  /** A QR code not renewed for this long may be dead (the library's refresh can fail): start again. */
  qrStaleMs: number
}

export const defaultTimeouts: ConnectionTimeouts = {
  startMs: 60_000,
  scanMs: 5 * 60_000,
  syncMs: 3 * 60_000,
  closeMs: 10_000,
  linkPollMs: 2_000,
  qrStaleMs: 60_000,
}

/**
 * The browser is often closed after the database (on quit): a record that can no longer be written
 * must not turn a clean shutdown into an unhandled rejection.
 */
export function neverThrowing(record: Recorder): Recorder {
  return (...args) => {
    try {
      record(...args)
    } catch {
      // The log is gone; there is nowhere else to tell.
    }
  }
}

export type StateListener = (state: WhatsAppState) => void

/** A detail line as the state carries it: in English, and as the phrase the window words. */
export const detailSaying = (said: Phrase): Pick<WhatsAppState, 'detail' | 'detailPhrase'> => ({
  detail: english(said),
  detailPhrase: said,
})

/** The states in which Herald is on its way to ready. */
export const busyStatuses = new Set<WhatsAppState['status']>([
  'starting',
  'waiting_for_scan',
  'authenticating',
  'syncing',
])

/**
 * The connection's current state, and everyone who follows it: the windows (through 'whatsapp:state'),
 * the transport and the command line.
 */
export class ConnectionState {
  private current: WhatsAppState = notConnected
  private readonly listeners = new Set<StateListener>()

  constructor(
    private readonly events: EventHub,
    private readonly onListenerError: (error: unknown) => void,
  ) {}

  get(): WhatsAppState {
    return this.current
  }

  isBusy(): boolean {
    return busyStatuses.has(this.current.status)
  }

  /**
   * The next state: a QR code only while waiting for a scan, no problem while connecting or ready, a
   * pending automatic retry only as long as each change restates it, and `since` renewed whenever the
   * status or the problem changes.
   */
  set(patch: Partial<WhatsAppState>): WhatsAppState {
    const next: WhatsAppState = { ...this.current, ...patch, reconnect: patch.reconnect ?? null }
    // A detail set without its phrase must not keep the phrase of the one before
    if (patch.detail !== undefined && patch.detailPhrase === undefined) next.detailPhrase = null
    if (next.status !== 'waiting_for_scan') next.qr = null
    if (busyStatuses.has(next.status) || next.status === 'ready') next.problem = patch.problem ?? null
    const renewed = next.status !== this.current.status || patch.problem !== undefined
    next.since = renewed ? new Date().toISOString() : (this.current.since ?? new Date().toISOString())
    this.current = next
    this.events.emit('whatsapp:state', next)
    for (const listener of this.listeners) {
      try {
        listener(next)
      } catch (error) {
        this.onListenerError(error)
      }
    }
    return next
  }

  /** Returns the function that stops listening. */
  onChange(listener: StateListener): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /** Resolves with the first state that passes `test`, or null after `timeoutMs`. */
  waitFor(test: (state: WhatsAppState) => boolean, timeoutMs: number): Promise<WhatsAppState | null> {
    if (test(this.current)) return Promise.resolve(this.current)
    return new Promise((resolve) => {
      const timer = setTimeout(() => finish(null), timeoutMs)
      const stop = this.onChange((state) => {
        if (test(state)) finish(state)
      })
      function finish(state: WhatsAppState | null): void {
        clearTimeout(timer)
        stop()
        resolve(state)
      }
    })
  }
}
