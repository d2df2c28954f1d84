import type { Conversation, ConversationStatus } from '../../../src-shared/domain/inbox'
import type { Translate } from '../../i18n/use-t'
import { formatPhone } from '../../lib/format'

/** Why nothing can be sent to this conversation, in words; null when an answer may go. */
export function whyNoReply(
  t: Translate,
  conversation: Pick<Conversation, 'rehearsal' | 'status'>,
): string | null {
  if (conversation.rehearsal) return t('inbox.reply.refusedRehearsal')
  if (conversation.status === 'opted_out') return t('inbox.reply.refusedOptedOut')
  return null
}

/** The buttons that move a conversation on from where it is; "Mark Lead" is the note's own button. */
export function nextSteps(
  t: Translate,
  status: ConversationStatus,
): { label: string; status: ConversationStatus }[] {
  if (status === 'opted_out') return [{ label: t('inbox.marks.undoOptOut'), status: 'new' }]
  return [
    ...(status === 'handled' ? [] : [{ label: t('inbox.marks.handled'), status: 'handled' as const }]),
    ...(status === 'new' ? [] : [{ label: t('inbox.marks.backToNew'), status: 'new' as const }]),
    { label: t('inbox.marks.optOut'), status: 'opted_out' },
  ]
}

/** What the last mark did, said back to the user. */
export function markedWords(t: Translate, c: Conversation, before: ConversationStatus): string {
  const number = formatPhone(c.phone)
  if (c.status === 'opted_out')
    return c.rehearsal ? t('inbox.marked.optedOutRehearsal') : t('inbox.marked.optedOut', { number })
  if (before === 'opted_out')
    return c.rehearsal ? t('inbox.marked.backToNew') : t('inbox.marked.optOutUndone', { number })
  if (c.status === 'lead') return before === 'lead' ? t('inbox.marked.noteSaved') : t('inbox.marked.lead')
  return c.status === 'handled' ? t('inbox.marked.handled') : t('inbox.marked.backToNew')
}
