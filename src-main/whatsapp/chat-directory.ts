import type { Clock } from '../clock'
import { withinTime } from './call-limit'
import type { WaCall } from './call-limit'
import type { WaClient, WaContactId, WaMessage } from './client'
import { findSentInChat } from './reconcile-chat'

/** A number's WhatsApp answer is kept this long: the campaign asks once, not at each retry. */
const lookupTtlMs = 6 * 60 * 60_000

type Lookup = { chatId: string; at: number }

/**
 * What this process knows about the chats it sends to: the chat id WhatsApp gives each number, the
 * contact's private "@lid" id where WhatsApp Web has one, and which number each of those ids belongs to,
 * so replies and acks reported under any form find their contact.
 */
export class ChatDirectory {
  private readonly lookups = new Map<string, Lookup>()
  /** "447911123456@c.us" → "123456789@lid": learned once, never changes. */
  private readonly lidOfChat = new Map<string, string>()
  private readonly phoneOfChat = new Map<string, string>()

  constructor(
    private readonly clock: Clock,
    private readonly callTimeoutMs: number,
    /** Numbers of chats this process did not see (sent to before a restart), from the message log. */
    private readonly storedPhoneOf?: (chatId: string) => string | undefined,
  ) {}

  /** The number Herald sent to under this chat id, if it is one of ours. */
  phoneOf(chatId: string): string | undefined {
    const known = this.phoneOfChat.get(chatId)
    if (known || !chatId.endsWith('@lid')) return known
    return this.storedPhoneOf?.(chatId)
  }

  /** A message went to this chat for this number: a reply from there (a STOP above all) finds them. */
  remember(chatId: string, phone: string): void {
    if (this.phoneOfChat.size >= 100_000) this.phoneOfChat.clear()
    this.phoneOfChat.set(chatId, phone)
  }

  /** The chat id WhatsApp gives the number ("447911123456@c.us"), or null when it has no account. */
  async chatIdFor(client: WaClient, phone: string): Promise<string | null> {
    const now = this.clock.now()
    const known = this.lookups.get(phone)
    if (known && now - known.at < lookupTtlMs) return known.chatId
    const ask = (): Promise<WaContactId | null> =>
      this.call(client.getNumberId(phone.replace(/\D/g, '')), 'checkingNumber')
    // getNumberId sometimes answers null for a number that is on WhatsApp: a second question before skipping
    const id = (await ask()) ?? (await ask())
    const chatId = id?._serialized ?? null
    // Only an account found is kept: a "no" is asked again next time rather than trusted for hours
    if (chatId) {
      this.lookups.set(phone, { chatId, at: now })
      this.remember(chatId, phone)
    }
    return chatId
  }

  /**
   * Where a message to this chat goes. whatsapp-web.js 1.34.7 cannot create a chat with a number WhatsApp
   * Web only knows by its phone ("No LID for user" on a first message), but it can with the contact's
   * private "@lid" id: that one is used whenever WhatsApp Web knows it. An unanswered lookup is not fatal:
   * the number's own id is tried.
   */
  async sendTargetFor(client: WaClient, chatId: string): Promise<{ to: string; lookupError?: unknown }> {
    try {
      return { to: (await this.lidOf(client, chatId)) ?? chatId }
    } catch (error) {
      return { to: chatId, lookupError: error }
    }
  }

  /** The message in the number's chat or in the contact's "@lid" chat; throws when one is unreadable. */
  async findSent(
    client: WaClient,
    chatId: string,
    body: string,
    since: number | undefined,
  ): Promise<WaMessage | null> {
    const lid = await this.lidOf(client, chatId)
    for (const chat of lid ? [chatId, lid] : [chatId]) {
      const found = await this.call(findSentInChat(client, chat, body, since), 'readingChat')
      if (found) return found
    }
    return null
  }

  /** The contact's private "@lid" id, when WhatsApp Web knows one; an unknown one is asked again later. */
  private async lidOf(client: WaClient, chatId: string): Promise<string | undefined> {
    if (chatId.endsWith('@lid')) return undefined
    const known = this.lidOfChat.get(chatId)
    if (known || !client.getContactLidAndPhone) return known
    const [entry] = await this.call(client.getContactLidAndPhone([chatId]), 'lookingUpContact')
    const lid = entry?.lid && entry.lid !== chatId ? entry.lid : undefined
    if (lid) {
      this.lidOfChat.set(chatId, lid)
      const phone = this.phoneOfChat.get(chatId)
      if (phone) this.remember(lid, phone)
    }
    return lid
  }

  private call<T>(work: Promise<T>, doing: WaCall): Promise<T> {
    return withinTime(this.clock, work, doing, this.callTimeoutMs)
  }
}
