import type { ReactElement } from 'react'
import type { ConversationMessage, ConversationStatus } from '../../../src-shared/domain/inbox'
import type { Translate } from '../../i18n/use-t'
import { useT } from '../../i18n/use-t'

/** A conversation's status in words: New, Lead, Handled, Opted out. */
export const statusWord = (t: Translate, status: ConversationStatus): string => t(`inbox.status.${status}`)

/** Where a conversation stands, as a coloured chip: New, Lead, Handled, Opted out. */
export function ConversationStatusChip({ status }: { status: ConversationStatus }): ReactElement {
  const t = useT()
  return <span className={`chip chip--inbox-${status}`}>{statusWord(t, status)}</span>
}

/** The mark of a dry run's invented reply, wherever a conversation is shown. */
export function RehearsalTag(): ReactElement {
  const t = useT()
  return (
    <span className="dry-tag" title={t('inbox.rehearsal.tagHint')}>
      {t('inbox.rehearsal.tag')}
    </span>
  )
}

type SendStatus = NonNullable<ConversationMessage['status']>

/** How an answer sent from the Inbox went, in words. */
export const sendStatusWords = (t: Translate, status: SendStatus): string => t(`inbox.sendStatus.${status}`)

/** What to do about an answer that did not go out for sure. */
export function sendStatusAdvice(t: Translate, status: SendStatus): string | null {
  if (status === 'failed') return t('inbox.sendStatus.failedAdvice')
  if (status === 'uncertain') return t('inbox.sendStatus.uncertainAdvice')
  return null
}

/** A reply that was a photo, a voice message…, said in words: "Sent a photo". */
export function mediaSentence(t: Translate, media: ConversationMessage['media']): string | null {
  return media ? t('inbox.media.sent', { kind: media }) : null
}
