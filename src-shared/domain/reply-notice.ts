import { phrase } from '../i18n/phrase'
import type { Phrase } from '../i18n/phrase'
import { english } from '../i18n/wording'

/** What a new reply's desktop notification needs to know of it. */
export type ReplyForNotice = { name: string | null; phone: string; text: string; rehearsal: boolean }

const longestBody = 160

/**
 * A new reply's desktop notification, the same in the desktop app (Electron's) and the browser run (the
 * browser's): who replied, and the start of what they said on one line. Herald's own words are worded by
 * `word`: the user's language in the desktop app, English when left out.
 */
export function replyNotice(
  reply: ReplyForNotice,
  word: (said: Phrase) => string = english,
): { title: string; body: string } {
  const who = reply.name?.trim() || reply.phone
  const title = word(
    reply.rehearsal
      ? phrase('notices.reply.titleRehearsal', { who })
      : phrase('notices.reply.title', { who }),
  )
  const text = reply.text.trim().replace(/\s+/g, ' ')
  if (text === '') return { title, body: word(phrase('notices.reply.openInbox')) }
  return { title, body: text.length > longestBody ? `${text.slice(0, longestBody - 1)}…` : text }
}
