import type { WhatsAppState } from '../../src-shared/domain/whatsapp'
import { phrase } from '../../src-shared/i18n/phrase'
import type { Clock } from '../clock'
import { TransportError, TransportListeners } from '../transport/transport'
import type { OutgoingMessage, ReconcileResult, Transport, TransportEvents } from '../transport/transport'
import { withinTime } from './call-limit'
import type { WaCall } from './call-limit'
import { ChatDirectory } from './chat-directory'
import type { WaAck, WaClient, WaMessage, WaSendOptions } from './client'
import { categoryFromError, errorText, firstLine } from './errors'
import { ackLevel, messageKey, replyOf } from './inbound-events'
import { attachmentMedia, loadMessageMedia } from './media'
import type { MediaLoader } from './media'

/** Where the transport gets WhatsApp from: the connection's ready client (null otherwise) and its changes. */
export type WaClientSource = {
  client(): WaClient | null
  onState(listener: (state: WhatsAppState) => void): () => void
  /** A call met a dead page while the connection still says ready: it is ended and started again. */
  reportBroken?(error: unknown): void
}

export type WhatsAppTransportOptions = {
  source: WaClientSource
  clock: Clock
  loadMedia?: MediaLoader
  /** A line for the app's log (acks reporting a failure, replies that could not be read). */
  note?: (kind: string, message: string, data?: unknown) => void
  /** How long one call into WhatsApp Web may take before it counts as timed out. */
  callTimeoutMs?: number
  sendTimeoutMs?: number
  /** How much longer a send past sendTimeoutMs is waited for before it counts as "not sure it was sent". */
  lateSendMs?: number
  /** The number a private "@lid" chat belongs to, from messages sent before this process started. */
  storedPhoneOf?: (chatId: string) => string | undefined
}

/**
 * Sending must not mark the customer's chat as read on the owner's phone (whatsapp-web.js does by default,
 * and its "mark seen" step is what breaks in some WhatsApp Web versions); no link preview is fetched; and
 * the answer comes once WhatsApp's server took the message, so "sent" means sent, not queued on the page.
 */
const sendOptions: WaSendOptions = { sendSeen: false, linkPreview: false, waitUntilMsgSent: true }

const notConnected = (): TransportError =>
  new TransportError('disconnected', phrase('sending.detail.notConnected'))

/** A failed call into WhatsApp Web as the engine's category, with the library's words kept short. */
function failure(error: unknown, doing: WaCall): TransportError {
  if (error instanceof TransportError) return error
  const category = categoryFromError(error)
  return new TransportError(
    category,
    phrase('sending.detail.callFailed', {
      category,
      doing,
      error: firstLine(errorText(error)),
      then: 'none',
    }),
  )
}

/**
 * Sends through whatsapp-web.js. Nothing is handed to WhatsApp unless the connection is ready at that
 * moment; every call into WhatsApp Web has a time limit, so a frozen page cannot hang a campaign.
 *
 * Acks: 2 → delivered, 3 and 4 → read. An ack of -1 (WhatsApp gave up on a message it had accepted) is not
 * a state the engine has for a sent message: it is logged, the message stays `sent` and never counts as
 * delivered, which is what the circuit breaker's delivery check watches. It is never resent.
 */
export class WhatsAppTransport implements Transport {
  readonly kind = 'whatsapp'
  private readonly listeners = new TransportListeners()
  private readonly chats: ChatDirectory
  /** Messages handed to sendMessage by this process (the time it happened), and those that never were. */
  private readonly handed = new Map<number, number>()
  private readonly withheld = new Set<number>()
  /** The id each sent message got, by its key, so acks reported under another chat id form still match. */
  private readonly sentIds = new Map<string, string>()
  private readonly closing = new AbortController()
  private attached: { client: WaClient; detach: () => void } | null = null
  private readonly stopFollowing: () => void

  constructor(private readonly options: WhatsAppTransportOptions) {
    this.chats = new ChatDirectory(options.clock, options.callTimeoutMs ?? 30_000, options.storedPhoneOf)
    this.stopFollowing = options.source.onState(() => this.follow())
    this.follow()
  }

  async send(message: OutgoingMessage): Promise<{ waMessageId: string }> {
    try {
      const client = this.ready()
      const chatId = await this.chats.chatIdFor(client, message.phone)
      if (chatId === null) {
        throw new TransportError('not_on_whatsapp', phrase('sending.detail.noWhatsApp'))
      }
      const media = message.attachment
        ? await attachmentMedia(
            message.attachment.path,
            this.options.loadMedia ?? loadMessageMedia,
            message.attachment.name,
          )
        : undefined
      const target = await this.chats.sendTargetFor(client, chatId)
      if (target.lookupError !== undefined) {
        this.options.note?.(
          'wa_lid_lookup_failed',
          "Could not look up a contact's private id before sending",
          {
            error: firstLine(errorText(target.lookupError)),
          },
        )
      }
      await this.type(client, target.to, message.typingSeconds)
      // The connection may have dropped while typing: check again right before anything leaves.
      if (this.options.source.client() !== client || this.closing.signal.aborted) throw notConnected()
      // The first hand-over counts: a copy of an earlier attempt that reached the chat late is still this one.
      if (!this.handed.has(message.messageId)) this.handed.set(message.messageId, this.options.clock.now())
      const sending = media
        ? client.sendMessage(target.to, media.media, {
            ...sendOptions,
            caption: message.body,
            sendMediaAsDocument: media.asDocument,
          })
        : client.sendMessage(target.to, message.body, sendOptions)
      const sent = (await this.answerOf(sending)) ?? (await this.afterEmptyAnswer(client, chatId, message))
      this.remember(sent, message.phone)
      // Sent and recorded by the engine: it is never reconciled again.
      this.handed.delete(message.messageId)
      this.withheld.delete(message.messageId)
      return { waMessageId: sent.id._serialized }
    } catch (error) {
      if (!this.handed.has(message.messageId)) this.withheld.add(message.messageId)
      // "Target closed", "detached Frame": whatsapp-web.js may never say so itself
      if (!(error instanceof TransportError) && categoryFromError(error) === 'disconnected') {
        this.options.source.reportBroken?.(error)
      }
      throw failure(error, 'sending')
    }
  }

  async reconcile(message: OutgoingMessage): Promise<ReconcileResult> {
    // This process knows it never handed the message to WhatsApp: nothing to look for.
    if (this.withheld.has(message.messageId) && !this.handed.has(message.messageId)) return 'not_sent'
    const client = this.options.source.client()
    if (!client) return 'unknown'
    try {
      const chatId = await this.chats.chatIdFor(client, message.phone)
      // A number with no WhatsApp account cannot have received anything.
      if (chatId === null) return 'not_sent'
      const since = this.handed.get(message.messageId) ?? message.intentAt
      const found = await this.chats.findSent(client, chatId, message.body, since)
      if (!found) return 'not_sent'
      this.remember(found, message.phone)
      return { answer: 'sent', waMessageId: found.id._serialized }
    } catch (error) {
      this.options.note?.('wa_reconcile_unreadable', 'Could not read a chat to check a message', {
        messageId: message.messageId,
        error: firstLine(errorText(error)),
      })
      return 'unknown'
    }
  }

  async checkNumber(phone: string): Promise<boolean> {
    try {
      return (await this.chats.chatIdFor(this.ready(), phone)) !== null
    } catch (error) {
      throw failure(error, 'checkingNumber')
    }
  }

  on<E extends keyof TransportEvents>(event: E, listener: (payload: TransportEvents[E]) => void): () => void {
    return this.listeners.on(event, listener)
  }

  close(): void {
    this.closing.abort()
    this.stopFollowing()
    this.attached?.detach()
    this.attached = null
  }

  private remember(message: WaMessage, phone: string): void {
    // Acks of older messages still match by their full id; this only bridges id forms within a run.
    if (this.sentIds.size >= 50_000) this.sentIds.clear()
    this.sentIds.set(message.id.id ?? messageKey(message.id._serialized), message.id._serialized)
    // Filed under the contact's private "@lid" chat: a reply (a STOP above all) will come from there
    this.chats.remember(message.id.remote ?? message.to, phone)
  }

  private ready(): WaClient {
    const client = this.options.source.client()
    if (!client || this.closing.signal.aborted) throw notConnected()
    return client
  }

  /**
   * A send past its time limit keeps running in the page and can still go out: retrying it then would send
   * the message twice. Herald waits for its answer up to puppeteer's own limit for a call into the page; a
   * send that never answers is "not sure it was sent", which is never sent again by itself.
   */
  private async answerOf(sending: Promise<WaMessage | undefined>): Promise<WaMessage | undefined> {
    const limit = this.options.sendTimeoutMs ?? 60_000
    try {
      return await this.call(sending, 'sendingMessage', limit)
    } catch (error) {
      if (!(error instanceof TransportError && error.category === 'timeout')) throw error
    }
    const patience = this.options.lateSendMs ?? 180_000
    // Closing (quitting) does not wait that long: the message stays "sending", checked in the chat at resume
    let stop = (): void => undefined
    const closed = new Promise<never>((_resolve, reject) => {
      stop = () => reject(notConnected())
      if (this.closing.signal.aborted) stop()
      else this.closing.signal.addEventListener('abort', stop, { once: true })
    })
    closed.catch(() => undefined)
    try {
      return await Promise.race([this.call(sending, 'sendingMessage', patience), closed])
    } catch (error) {
      if (!(error instanceof TransportError && error.category === 'timeout')) throw error
      throw new TransportError(
        'uncertain',
        phrase('sending.detail.sendUnanswered', { seconds: (limit + patience) / 1000 }),
      )
    } finally {
      this.closing.signal.removeEventListener('abort', stop)
    }
  }

  /**
   * whatsapp-web.js 1.34.7 answers a send with nothing when it cannot find the new message under the chat
   * id it was given, because WhatsApp filed it under the contact's private "@lid" chat: the message may
   * well have gone out. The chats tell: there → sent, with its id; not there, or unreadable → "not sure it
   * was sent", which is never sent again by itself.
   */
  private async afterEmptyAnswer(
    client: WaClient,
    chatId: string,
    message: OutgoingMessage,
  ): Promise<WaMessage> {
    const since = this.handed.get(message.messageId) ?? this.options.clock.now()
    let found: WaMessage | null = null
    try {
      found = await this.chats.findSent(client, chatId, message.body, since)
    } catch (error) {
      this.options.note?.('wa_reconcile_unreadable', 'Could not read a chat to check a message', {
        messageId: message.messageId,
        error: firstLine(errorText(error)),
      })
    }
    if (found) return found
    throw new TransportError('uncertain', phrase('sending.detail.notConfirmed'))
  }

  /** "typing…" for the configured time, as a person would; a failure here never stops the send. */
  private async type(client: WaClient, chatId: string, seconds: number): Promise<void> {
    if (seconds <= 0) return
    try {
      const chat = await this.call(
        client.getChatById(chatId),
        'openingChat',
        this.options.callTimeoutMs ?? 30_000,
      )
      await chat.sendStateTyping()
      await this.options.clock.sleep(seconds * 1000, this.closing.signal)
      await chat.clearState()
    } catch (error) {
      this.options.note?.('wa_typing_failed', 'Could not show "typing…" before a message', {
        error: firstLine(errorText(error)),
      })
    }
  }

  private call<T>(work: Promise<T>, doing: WaCall, ms: number): Promise<T> {
    return withinTime(this.options.clock, work, doing, ms)
  }

  /** Listens to the current client's acks and messages; a new client after a reconnect is followed. */
  private follow(): void {
    const client = this.options.source.client()
    if (!client || client === this.attached?.client || this.closing.signal.aborted) return
    this.attached?.detach()
    const onAck = (message: WaMessage, ack: WaAck): void => this.onAck(message, ack)
    const onMessage = (message: WaMessage): void => void this.onMessage(client, message)
    client.on('message_ack', onAck)
    client.on('message', onMessage)
    this.attached = {
      client,
      detach: () => {
        client.off('message_ack', onAck)
        client.off('message', onMessage)
      },
    }
  }

  private onAck(message: WaMessage, ack: WaAck): void {
    if (!message.fromMe) return
    const waMessageId =
      this.sentIds.get(message.id.id ?? messageKey(message.id._serialized)) ?? message.id._serialized
    if (ack === -1) {
      this.options.note?.('wa_ack_error', 'WhatsApp reported that a sent message failed to go out', {
        waMessageId,
      })
      return
    }
    const level = ackLevel(ack)
    if (level) this.listeners.emit('ack', { waMessageId, level, at: this.options.clock.now() })
  }

  private async onMessage(client: WaClient, message: WaMessage): Promise<void> {
    try {
      const reply = await replyOf(client, message, (chatId) => this.chats.phoneOf(chatId))
      if (reply) this.listeners.emit('reply', reply)
    } catch (error) {
      this.options.note?.('wa_reply_unreadable', 'Could not read an incoming message', {
        error: firstLine(errorText(error)),
      })
    }
  }
}
