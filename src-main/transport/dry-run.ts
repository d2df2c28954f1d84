import { setMaxListeners } from 'node:events'
import fs from 'node:fs'
import path from 'node:path'
import type { ErrorCategory } from '../../src-shared/domain/campaigns'
import { seededRandom } from '../../src-shared/domain/random'
import { phrase } from '../../src-shared/i18n/phrase'
import type { Clock } from '../clock'
import { checkAttachmentFile } from './attachment-file'
import { TransportError, TransportListeners } from './transport'
import type { OutgoingMessage, ReconcileAnswer, Transport, TransportEvents } from './transport'

type Range = readonly [number, number]

export type DryRunOptions = {
  clock: Clock
  random: () => number
  /** How long a send takes, in ms (picked between the two). */
  latencyMs?: Range
  deliveredAfterMs?: Range
  readAfterMs?: Range
  /** How long after reading a recipient answers (1–20 s by default). */
  replyAfterMs?: Range
  /** Share of delivered messages that get read, and of those that get a reply. */
  readRate?: number
  replyRate?: number
  /** Share of replies that ask to opt out. */
  stopRate?: number
  /** Chance that a send fails, per category, e.g. { network: 0.05 }. */
  failureRates?: Partial<Record<ErrorCategory, number>>
  /**
   * 'number': the same numbers fail every time (drawn from a hash of the number), as real bad numbers do;
   * demos and end-to-end tests get the same failures on every run. 'chance' (default): each send draws.
   */
  failureBy?: 'chance' | 'number'
  /** One JSON line per message the simulated recipient received, fsynced before send returns. */
  ledgerFile?: string
}

/** A line of the ledger: what the recipient's phone would show. */
export type LedgerLine = { phone: string; campaignId: number; messageId: number; body: string }

const replies = ['Thanks!', 'Who is this?', 'Interested, can you call me?', 'How much is it?', 'Ok 👍']
const stops = ['STOP', 'Stop please', 'BAJA', 'Unsubscribe']

/** Reads a ledger file, skipping a last line cut short (a crash can only cut the last one). */
export function readLedger(file: string): LedgerLine[] {
  if (!fs.existsSync(file)) return []
  const lines: LedgerLine[] = []
  for (const text of fs.readFileSync(file, 'utf8').split('\n')) {
    if (text.trim() === '') continue
    try {
      lines.push(JSON.parse(text) as LedgerLine)
    } catch {
      // An incomplete last line: that message never fully reached the recipient's side.
    }
  }
  return lines
}

/**
 * The dry-run transport: nothing leaves the machine. It behaves like a network — latency, delivery and
 * read acks later, a few replies (some of them STOP), failures at the rates asked for — so a whole
 * campaign can be rehearsed. With a ledger file it also answers `reconcile` truthfully after a crash.
 */
export class DryRunTransport implements Transport {
  readonly kind = 'dry-run'
  private readonly listeners = new TransportListeners()
  private readonly received = new Set<number>()
  private readonly refused = new Set<number>()
  private readonly closing = new AbortController()
  /** The simulated recipients still to acknowledge or answer. */
  private readonly recipients = new Set<Promise<void>>()
  private fd: number | undefined
  private loaded = false

  constructor(private readonly options: DryRunOptions) {
    // Every message in flight waits on this signal for its acks: thousands of listeners are expected.
    setMaxListeners(0, this.closing.signal)
  }

  // The ledger is opened at first use, so that a process that never sends never touches it.
  private ledger(): number | undefined {
    const file = this.options.ledgerFile
    if (this.loaded || !file) return this.fd
    this.loaded = true
    fs.mkdirSync(path.dirname(file), { recursive: true })
    for (const line of readLedger(file)) this.received.add(line.messageId)
    this.fd = fs.openSync(file, 'a')
    // A line cut short (power loss) is ended, so that the next one stays readable.
    const size = fs.fstatSync(this.fd).size
    if (
      size > 0 &&
      !fs
        .readFileSync(file)
        .subarray(size - 1)
        .equals(Buffer.from('\n'))
    )
      fs.writeSync(this.fd, '\n')
    return this.fd
  }

  async send(message: OutgoingMessage): Promise<{ waMessageId: string }> {
    const latency = this.pick(this.options.latencyMs ?? [0, 0])
    if (latency > 0) await this.options.clock.sleep(latency, this.closing.signal)
    if (this.closing.signal.aborted) {
      throw new TransportError('disconnected', phrase('sending.detail.dryRunClosed'))
    }
    // A rehearsal meets a missing or unusable attachment exactly as the live campaign would.
    try {
      if (message.attachment) checkAttachmentFile(message.attachment.path, message.attachment.name)
    } catch (error) {
      this.refused.add(message.messageId)
      throw error
    }
    const failure = this.failure(message.phone)
    if (failure) {
      this.refused.add(message.messageId)
      throw new TransportError(
        failure,
        phrase('sending.detail.simulated', { category: failure, then: 'none' }),
      )
    }
    this.record(message)
    const waMessageId = `dry-${message.campaignId}-${message.messageId}`
    const recipient = this.simulateRecipient(message.phone, waMessageId).finally(() =>
      this.recipients.delete(recipient),
    )
    this.recipients.add(recipient)
    return { waMessageId }
  }

  reconcile(message: OutgoingMessage): Promise<ReconcileAnswer> {
    this.ledger()
    if (this.received.has(message.messageId)) return Promise.resolve('sent')
    // With a ledger every message that reached the recipient is in it; without one only this run knows.
    if (this.fd !== undefined || this.refused.has(message.messageId)) return Promise.resolve('not_sent')
    return Promise.resolve('unknown')
  }

  on<E extends keyof TransportEvents>(event: E, listener: (payload: TransportEvents[E]) => void): () => void {
    return this.listeners.on(event, listener)
  }

  checkNumber(): Promise<boolean> {
    return Promise.resolve(true)
  }

  /** Resolves once every simulated recipient has acknowledged, read and answered what it got. */
  async settled(): Promise<void> {
    while (this.recipients.size > 0) await Promise.all([...this.recipients])
  }

  /** Stops the pending acks and replies and closes the ledger. */
  close(): void {
    this.closing.abort()
    if (this.fd !== undefined) fs.closeSync(this.fd)
    this.fd = undefined
  }

  private record(message: OutgoingMessage): void {
    const fd = this.ledger()
    if (fd !== undefined) {
      const line: LedgerLine = {
        phone: message.phone,
        campaignId: message.campaignId,
        messageId: message.messageId,
        body: message.body,
      }
      fs.writeSync(fd, `${JSON.stringify(line)}\n`)
      fs.fsyncSync(fd)
    }
    this.received.add(message.messageId)
  }

  private failure(phone: string): ErrorCategory | null {
    for (const [category, rate] of Object.entries(this.options.failureRates ?? {})) {
      const draw =
        this.options.failureBy === 'number' ? seededRandom(`${category}:${phone}`)() : this.options.random()
      if (rate > 0 && draw < rate) return category as ErrorCategory
    }
    return null
  }

  private async simulateRecipient(phone: string, waMessageId: string): Promise<void> {
    const { clock, random } = this.options
    const signal = this.closing.signal
    await clock.sleep(this.pick(this.options.deliveredAfterMs ?? [500, 4000]), signal)
    if (signal.aborted) return
    this.listeners.emit('ack', { waMessageId, level: 'delivered', at: clock.now() })
    if (random() >= (this.options.readRate ?? 0.7)) return
    await clock.sleep(this.pick(this.options.readAfterMs ?? [2000, 30_000]), signal)
    if (signal.aborted) return
    this.listeners.emit('ack', { waMessageId, level: 'read', at: clock.now() })
    if (random() >= (this.options.replyRate ?? 0.1)) return
    await clock.sleep(this.pick(this.options.replyAfterMs ?? [1000, 20_000]), signal)
    if (signal.aborted) return
    const pool = random() < (this.options.stopRate ?? 0.3) ? stops : replies
    const text = pool[Math.floor(random() * pool.length)] ?? 'Thanks!'
    this.listeners.emit('reply', { phone, text, at: clock.now() })
  }

  private pick([min, max]: Range): number {
    return min + (max - min) * this.options.random()
  }
}
