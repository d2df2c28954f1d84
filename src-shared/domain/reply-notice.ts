/** What a new reply's desktop notification needs to know of it. */
export type ReplyForNotice = { name: string | null; phone: string; text: string; rehearsal: boolean }

const longestBody = 160

/**
 * A new reply's desktop notification, the same in the desktop app (Electron's) and the browser run (the
 * browser's): who replied, and the start of what they said on one line.
 */
export function replyNotice(reply: ReplyForNotice): { title: string; body: string } {
  const who = reply.name?.trim() || reply.phone
  const title = reply.rehearsal ? `${who} replied (rehearsal)` : `${who} replied`
  const text = reply.text.trim().replace(/\s+/g, ' ')
  if (text === '') return { title, body: 'Open the Inbox to see it.' }
  return { title, body: text.length > longestBody ? `${text.slice(0, longestBody - 1)}…` : text }
}
