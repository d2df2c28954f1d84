import type { WaClient, WaMessage } from './client'

/** How many of the chat's latest outgoing messages are read: a shop sends one per campaign, not twenty. */
export const reconcileLookback = 20

/**
 * WhatsApp stamps messages with its own clock, this machine with another: a message stamped up to this much
 * before the send intent still counts as that send.
 */
export const clockSkewMs = 5 * 60_000

// WhatsApp Web keeps line breaks as \n and may drop trailing spaces; compare what a reader would see.
const normalize = (text: string): string =>
  text
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t]+$/gm, '')
    .trim()

/**
 * Looks in the chat for the outgoing message this send would have produced: the same text (the caption,
 * for an attachment), stamped after the intent. A message WhatsApp marked as failed (ack -1) did not
 * reach the contact, so it does not count; one still pending (ack 0) is in WhatsApp Web's outbox and goes
 * out by itself when the connection returns, so it does. Returns null when there is none. Throws when the
 * chat cannot be read: the caller must then say it does not know.
 */
export async function findSentInChat(
  client: WaClient,
  chatId: string,
  body: string,
  intentAt: number | undefined,
): Promise<WaMessage | null> {
  // getChatById resolves undefined (despite its type) for a chat WhatsApp cannot find or create: no message
  // can have gone to it.
  const chat = (await client.getChatById(chatId)) as Awaited<ReturnType<WaClient['getChatById']>> | undefined
  if (!chat) return null
  const recent = await chat.fetchMessages({ limit: reconcileLookback, fromMe: true })
  const wanted = normalize(body)
  // Without an intent time (an old row), any recent copy counts: a false "sent" never sends twice.
  const earliest = intentAt === undefined ? -Infinity : intentAt - clockSkewMs
  const match = [...recent]
    .reverse()
    .find(
      (m) => m.fromMe && m.ack !== -1 && m.timestamp * 1000 >= earliest && normalize(m.body ?? '') === wanted,
    )
  return match ?? null
}
