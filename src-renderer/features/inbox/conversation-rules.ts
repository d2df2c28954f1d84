import type { Conversation, ConversationStatus } from '../../../src-shared/domain/inbox'
import { formatPhone } from '../../lib/format'

/** Why nothing can be sent to this conversation, in words; null when an answer may go. */
export function whyNoReply(conversation: Pick<Conversation, 'rehearsal' | 'status'>): string | null {
  if (conversation.rehearsal) return "This is a dry run's invented reply: nothing can be sent to it."
  if (conversation.status === 'opted_out')
    return 'This contact opted out: Herald sends them nothing more. If they asked you to write again, press Undo opt-out first.'
  return null
}

/** The buttons that move a conversation on from where it is; "Mark Lead" is the note's own button. */
export function nextSteps(status: ConversationStatus): { label: string; status: ConversationStatus }[] {
  if (status === 'opted_out') return [{ label: 'Undo opt-out', status: 'new' }]
  return [
    ...(status === 'handled' ? [] : [{ label: 'Handled', status: 'handled' as const }]),
    ...(status === 'new' ? [] : [{ label: 'Back to New', status: 'new' as const }]),
    { label: 'Opt out', status: 'opted_out' },
  ]
}

/** What the last mark did, said back to the user. */
export function markedWords(c: Conversation, before: ConversationStatus): string {
  const number = formatPhone(c.phone)
  if (c.status === 'opted_out')
    return c.rehearsal
      ? 'Marked opted out. A rehearsal never touches your real opt-out list.'
      : `Opted out: ${number} is on your opt-out list, and no campaign will send to it.`
  if (before === 'opted_out')
    return c.rehearsal ? 'Back to New.' : `Back to New, and ${number} is off your opt-out list again.`
  if (c.status === 'lead') return before === 'lead' ? 'Note saved.' : 'Marked Lead.'
  return c.status === 'handled' ? 'Marked Handled.' : 'Back to New.'
}
