import type { WaClient } from './client'
import { guardSignals, killBrowser, shutDownStarting } from './shutdown'

/** Where problems met while closing the browser are written. */
export type CloseLog = (what: string, error?: unknown) => void

/**
 * One start of whatsapp-web.js: its client, its initialize(), the one timer that ends it when it is
 * stuck, and the guard that kills its browser if Herald itself is killed.
 */
export class Attempt {
  initializing: Promise<void> = Promise.resolve()
  /** Whether this start reached `ready` once: what WhatsApp Web shows afterwards is not a first sync. */
  wasReady = false
  private timer: NodeJS.Timeout | null = null
  private watcher: NodeJS.Timeout | null = null
  /** When the QR code shown now was last renewed (Date.now()). */
  qrAt = 0
  private readonly releaseSignals: () => void

  constructor(readonly client: WaClient) {
    this.releaseSignals = guardSignals(() => killBrowser(client))
  }

  /** Calls `expire` after `ms`, unless armed again or disarmed first. */
  arm(ms: number, expire: () => void): void {
    this.disarm()
    this.timer = setTimeout(expire, ms)
    this.timer.unref?.()
  }

  disarm(): void {
    if (this.timer) clearTimeout(this.timer)
    this.timer = null
  }

  /** Calls `tick` every `ms` until unwatch() (or the shutdown); one watch at a time. */
  watch(ms: number, tick: () => void): void {
    if (this.watcher) return
    this.watcher = setInterval(tick, ms)
    this.watcher.unref?.()
  }

  unwatch(): void {
    if (this.watcher) clearInterval(this.watcher)
    this.watcher = null
  }

  /** Logs out in WhatsApp; rejects when that takes longer than `ms`. */
  async logOut(ms: number): Promise<void> {
    let timer: NodeJS.Timeout | undefined
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('logout timed out')), ms)
    })
    try {
      await Promise.race([this.client.logout(), late])
    } finally {
      clearTimeout(timer)
    }
  }

  /** Closes the browser (killed when it does not close within `closeMs`) and drops the signal guard. */
  async shutDown(closeMs: number, log: CloseLog): Promise<void> {
    this.unwatch()
    await shutDownStarting(this.client, this.initializing, closeMs, log)
    this.releaseSignals()
  }
}
