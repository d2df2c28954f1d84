import type { Phrase } from '../i18n/phrase'
import type { AlertNotice } from './alerts'

/** Words a phrase in the reader's language; `english` (the words it came with) where the reader has no such key. */
export type SayPhrase = (said: Phrase | null | undefined, english: string) => string

/**
 * An alert's notification in the reader's language (the desktop's, the window's): its title and body, each
 * in the English it came with where it has no phrases or one of them is not known.
 */
export function alertNoticeWords(
  notice: Pick<AlertNotice, 'title' | 'body' | 'titlePhrase' | 'bodyPhrases'>,
  say: SayPhrase,
): { title: string; body: string } {
  const parts = notice.bodyPhrases?.map((said) => say(said, ''))
  const body = parts && parts.length > 0 && !parts.includes('') ? parts.join(' ') : notice.body
  return { title: say(notice.titlePhrase, notice.title), body }
}
