import type { MediaKind } from '../../src-shared/domain/inbox'
import type { ErrorCategory } from '../../src-shared/domain/campaigns'
import type { Phrase } from '../../src-shared/i18n/phrase'
import { english } from '../../src-shared/i18n/wording'

/** What the engine hands to a transport: everything needed to send, and the ids to reconcile by. */
export type OutgoingMessage = {
  messageId: number
  campaignId: number
  phone: string
  body: string
  /** How long to show "typing…" first, for transports that can. */
  typingSeconds: number
  /**
   * An image or PDF sent with the body as its caption: the file, and the name the user gave it (a PDF
   * shows it in the chat; the stored copy is named by its content).
   */
  attachment?: { path: string; name?: string }
  /**
   * When the send intent was committed (epoch ms), for reconciliation: a message found in the chat from
   * before it cannot be this one.
   */
  intentAt?: number
}

/** Delivery progress reported by the network: 'delivered' reached the phone, 'read' was opened. */
export type AckEvent = { waMessageId: string; level: 'delivered' | 'read'; at: number }

/**
 * A message a contact sent us; a photo or voice message says what it was (`media`), and its id lets the
 * Inbox fetch the file while WhatsApp keeps it.
 */
export type ReplyEvent = { phone: string; text: string; at: number; media?: MediaKind; waMessageId?: string }

export type TransportEvents = { ack: AckEvent; reply: ReplyEvent }

/** What reconciliation learned about a message left in `sending`. */
export type ReconcileAnswer = 'sent' | 'not_sent' | 'unknown'

/** A reconciliation that found the message can also say which one it is, so later acks match it. */
export type ReconcileResult = ReconcileAnswer | { answer: 'sent'; waMessageId: string }

/** The answer and, when known, the id the network gave the message. */
export function settledAnswer(result: ReconcileResult): { answer: ReconcileAnswer; waMessageId?: string } {
  return typeof result === 'string' ? { answer: result } : result
}

/**
 * A failure to send, with the category that decides what the engine does next. Herald's own words come as
 * a phrase, which the message's detail keeps so that the window words it in the user's language (`message`
 * is its English); words that came from WhatsApp Web as they are.
 */
export class TransportError extends Error {
  readonly category: ErrorCategory
  readonly phrase: Phrase | undefined

  constructor(category: ErrorCategory, message: string | Phrase) {
    super(typeof message === 'string' ? message : english(message))
    this.name = 'TransportError'
    this.category = category
    this.phrase = typeof message === 'string' ? undefined : message
  }
}

/** How messages leave the machine (or, for the dry run, pretend to). */
export type Transport = {
  readonly kind: 'dry-run' | 'whatsapp'
  /** Resolves once the network took the message; throws TransportError otherwise. */
  send(message: OutgoingMessage): Promise<{ waMessageId: string }>
  /**
   * Whether a message whose outcome was never recorded reached the chat. 'unknown' when that cannot be
   * told: the engine then marks it uncertain and never resends it by itself.
   */
  reconcile(message: OutgoingMessage): Promise<ReconcileResult>
  /** Returns the function that stops listening. */
  on<E extends keyof TransportEvents>(event: E, listener: (payload: TransportEvents[E]) => void): () => void
  /**
   * Whether the number can receive messages at all, asked before the send intent is written: false skips
   * the message as `not_on_whatsapp`. Throws TransportError when it cannot be asked (e.g. disconnected).
   */
  checkNumber?(phone: string): Promise<boolean>
  /** Lets go of timers and files; the transport is not used afterwards. */
  close?(): void
}

/** A small typed event emitter for transports. */
export class TransportListeners {
  private readonly ack = new Set<(e: AckEvent) => void>()
  private readonly reply = new Set<(e: ReplyEvent) => void>()

  on<E extends keyof TransportEvents>(event: E, listener: (payload: TransportEvents[E]) => void): () => void {
    const set = (event === 'ack' ? this.ack : this.reply) as Set<(p: TransportEvents[E]) => void>
    set.add(listener)
    return () => set.delete(listener)
  }

  emit<E extends keyof TransportEvents>(event: E, payload: TransportEvents[E]): void {
    const set = (event === 'ack' ? this.ack : this.reply) as Set<(p: TransportEvents[E]) => void>
    for (const listener of set) listener(payload)
  }
}
