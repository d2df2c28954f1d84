import type { ReactElement } from 'react'
import type { ConversationMessage, ConversationStatus } from '../../../src-shared/domain/inbox'
import { conversationStatusLabels, mediaWords } from '../../../src-shared/domain/inbox'

/** Where a conversation stands, as a coloured chip: New, Lead, Handled, Opted out. */
export function ConversationStatusChip({ status }: { status: ConversationStatus }): ReactElement {
  return <span className={`chip chip--inbox-${status}`}>{conversationStatusLabels[status]}</span>
}

/** The mark of a dry run's invented reply, wherever a conversation is shown. */
export function RehearsalTag(): ReactElement {
  return (
    <span className="dry-tag" title="A dry run invented this reply: nobody wrote it">
      Rehearsal
    </span>
  )
}

type SendStatus = NonNullable<ConversationMessage['status']>

/** How an answer sent from the Inbox went, in words. */
export const sendStatusWords: Record<SendStatus, string> = {
  queued: 'Waiting to be sent',
  sending: 'Sending…',
  sent: 'Sent',
  failed: 'Not sent',
  uncertain: 'Maybe not sent',
}

/** What to do about an answer that did not go out for sure. */
export const sendStatusAdvice: Partial<Record<SendStatus, string>> = {
  failed: 'Check the connection on Connect, then write it again.',
  uncertain:
    'Herald cannot tell whether it reached WhatsApp: look in WhatsApp on the phone before sending it again.',
}

/** A reply that was a photo, a voice message…, said in words: "Sent a photo". */
export function mediaSentence(media: ConversationMessage['media']): string | null {
  return media ? `Sent ${mediaWords[media]}` : null
}
