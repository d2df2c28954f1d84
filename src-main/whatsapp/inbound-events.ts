import type { AckEvent, ReplyEvent } from '../transport/transport'
import type { WaAck, WaClient, WaMessage } from './client'

/**
 * whatsapp-web.js's ack levels as the engine's message states: 2 (device) is delivered, 3 (read) and
 * 4 (played, for voice notes) are read. 0 and 1 add nothing to `sent`. -1 (error) is not an ack: see
 * `WhatsAppTransport` for how it is reported.
 */
export function ackLevel(ack: WaAck): AckEvent['level'] | null {
  if (ack === 2) return 'delivered'
  if (ack === 3 || ack === 4) return 'read'
  return null
}

/** The part after the last "_" of "true_447911123456@c.us_3EB0…": the same whichever chat id form is used. */
export function messageKey(serialized: string): string {
  return serialized.slice(serialized.lastIndexOf('_') + 1)
}

/** The chat id ("447911123456@c.us") a private message came from, or null for groups, status, channels. */
async function privateChatOf(client: WaClient, from: string): Promise<string | null> {
  if (from.endsWith('@c.us')) return from
  if (!from.endsWith('@lid') || !client.getContactLidAndPhone) return null
  try {
    const [found] = await client.getContactLidAndPhone([from])
    return found?.pn ? (found.pn.includes('@') ? found.pn : `${found.pn}@c.us`) : null
  } catch {
    return null
  }
}

const noText = '(no text: a photo, voice note or file)'

/**
 * An incoming message as a reply event, or null when it is not one (our own, a group, a status update).
 * `phoneOf` maps a chat id back to the number Herald sent to: WhatsApp may answer a lookup with a
 * different form of the number (Brazil's ninth digit), and replies come from that form.
 */
export async function replyOf(
  client: WaClient,
  message: WaMessage,
  phoneOf: (chatId: string) => string | undefined,
): Promise<ReplyEvent | null> {
  if (message.fromMe) return null
  // A contact Herald sent to under its private "@lid" chat: known without asking WhatsApp, which may not say
  const known = message.from.endsWith('@lid') ? phoneOf(message.from) : undefined
  const text = message.body?.trim() ? message.body : noText
  if (known) return { phone: known, text, at: message.timestamp * 1000 }
  const chatId = await privateChatOf(client, message.from)
  if (!chatId) return null
  const phone = phoneOf(chatId) ?? `+${chatId.replace(/@.*$/, '')}`
  return { phone, text, at: message.timestamp * 1000 }
}
