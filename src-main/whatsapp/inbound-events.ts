import { mediaWords } from '../../src-shared/domain/inbox'
import type { MediaKind } from '../../src-shared/domain/inbox'
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

/** whatsapp-web.js's message types that are a contact's photo, voice message, file, place or card. */
const mediaKindOf: Readonly<Record<string, MediaKind>> = {
  image: 'photo',
  video: 'video',
  ptt: 'voice',
  audio: 'audio',
  document: 'document',
  sticker: 'sticker',
  location: 'location',
  vcard: 'contact',
  multi_vcard: 'contact',
}

/** Notices WhatsApp puts in a chat that nobody wrote: never a reply. */
const notices = new Set([
  'e2e_notification',
  'notification',
  'notification_template',
  'gp2',
  'protocol',
  'revoked',
  'broadcast_notification',
  'debug',
])

/** Only these carry the contact's own words in `body` (a caption); a location's holds a thumbnail. */
const captioned = new Set<MediaKind>(['photo', 'video', 'document'])

/** The names on contact cards ("FN:" lines), for the text of a 'contact' reply. */
function cardNames(cards: readonly string[]): string[] {
  return cards.flatMap((card) => {
    const name = /^FN[^:\r\n]*:(.*)$/m.exec(card)?.[1]?.trim()
    return name ? [name] : []
  })
}

/** What a media reply says without a caption: "(a photo)", "(a location: Shop, High Street)". */
function mediaText(message: WaMessage, kind: MediaKind): string {
  let detail = ''
  if (kind === 'location' && message.location) {
    const { latitude, longitude, description } = message.location
    detail = description?.trim() ? description.trim().replace(/\s*\n\s*/g, ', ') : `${latitude}, ${longitude}`
  }
  if (kind === 'contact') detail = cardNames(message.vCards ?? []).join(', ')
  return detail ? `(${mediaWords[kind]}: ${detail})` : `(${mediaWords[kind]})`
}

/** The reply's words and, for a photo, voice message or file, what it was; null for a notice. */
function contentOf(message: WaMessage): { text: string; media?: MediaKind } | null {
  const type = message.type ?? ''
  if (notices.has(type)) return null
  const media = Object.hasOwn(mediaKindOf, type) ? mediaKindOf[type] : undefined
  const caption = message.body?.trim() ? message.body : null
  if (!media) return { text: caption ?? noText }
  return { text: (captioned.has(media) ? caption : null) ?? mediaText(message, media), media }
}

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
  const content = contentOf(message)
  if (!content) return null
  // Its id lets the Inbox fetch a photo or voice message later, while WhatsApp keeps it
  const reply = { ...content, at: message.timestamp * 1000, waMessageId: message.id._serialized }
  // A contact Herald sent to under its private "@lid" chat: known without asking WhatsApp, which may not say
  const known = message.from.endsWith('@lid') ? phoneOf(message.from) : undefined
  if (known) return { phone: known, ...reply }
  const chatId = await privateChatOf(client, message.from)
  if (!chatId) return null
  const phone = phoneOf(chatId) ?? `+${chatId.replace(/@.*$/, '')}`
  return { phone, ...reply }
}
