import type { ReactElement } from 'react'
import type { Conversation, ConversationMessage } from '../../../src-shared/domain/inbox'
import { useSay, useT } from '../../i18n/use-t'
import { formatDateTime } from '../../lib/format'
import { ChatBubble } from '../../ui/chat-bubble'
import { PaperclipIcon } from '../../ui/icons'
import { mediaSentence, sendStatusAdvice, sendStatusWords } from './inbox-words'
import { SaveMedia } from './save-media'

/** The campaign message the contact answered, as they got it: its wording, variant and attachment. */
function CampaignMessage({
  sent,
  campaign,
}: {
  sent: NonNullable<Conversation['sent']>
  campaign: string | null
}): ReactElement {
  const t = useT()
  const variant = /^variant\b/i.test(sent.variant)
    ? sent.variant
    : t('inbox.thread.variant', { variant: sent.variant })
  return (
    <section className="thread-sent" aria-label={t('inbox.thread.sentLabel')}>
      <p className="thread-sent__meta">
        <span>
          {campaign
            ? t('inbox.thread.yourMessageFrom', { campaign, variant })
            : t('inbox.thread.yourMessage', { variant })}
        </span>
        {sent.sentAt ? <span>{t('inbox.thread.sentAt', { when: formatDateTime(sent.sentAt) })}</span> : null}
      </p>
      {sent.attachmentName ? (
        <p className="thread-sent__attachment">
          <PaperclipIcon className="icon icon--small" />
          <span>{t('inbox.thread.attachment', { name: sent.attachmentName })}</span>
        </p>
      ) : null}
      <ChatBubble text={sent.body} />
    </section>
  )
}

function SendStatus({ message }: { message: ConversationMessage }): ReactElement | null {
  const t = useT()
  const say = useSay()
  const { status } = message
  if (!status) return null
  const advice = sendStatusAdvice(t, status)
  // Why it did not go, in the window's language (an answer recorded before phrases keeps its English)
  const error = message.error === null ? null : say(message.errorPhrase, message.error)
  return (
    <span className={`thread-status thread-status--${status}`}>
      {error
        ? t('inbox.sendStatus.withError', { status: sendStatusWords(t, status), error })
        : sendStatusWords(t, status)}
      {advice ? <span className="thread-status__advice"> {advice}</span> : null}
    </span>
  )
}

function Message({ message, who }: { message: ConversationMessage; who: string }): ReactElement {
  const t = useT()
  const incoming = message.direction === 'in'
  const media = mediaSentence(t, message.media)
  const text = message.text.trim()
  return (
    <li className={`thread-message thread-message--${message.direction}`}>
      <div className="thread-message__bubble">
        <span className="visually-hidden">
          {incoming ? t('inbox.thread.theyWrote', { who }) : t('inbox.thread.youAnswered')}
        </span>
        {media ? <p className="thread-message__media">{media}</p> : null}
        {text ? (
          <p className="thread-message__text" dir="auto">
            {message.text}
          </p>
        ) : null}
        {media && message.canSave ? <SaveMedia messageId={message.id} /> : null}
        {media && !message.canSave && incoming ? (
          <p className="thread-message__note">{t('inbox.thread.mediaGone')}</p>
        ) : null}
      </div>
      <p className="thread-message__meta">
        <time dateTime={message.at} title={formatDateTime(message.at, { withYear: true })}>
          {formatDateTime(message.at)}
        </time>
        <SendStatus message={message} />
      </p>
    </li>
  )
}

/** The campaign message, then every reply and answer in the order they came, each with its time. */
export function ConversationThread({ conversation }: { conversation: Conversation }): ReactElement {
  const t = useT()
  const who = conversation.name?.trim() || conversation.phone
  return (
    <div className="thread">
      {conversation.sent ? (
        <CampaignMessage sent={conversation.sent} campaign={conversation.campaignName} />
      ) : (
        <p className="muted thread-sent">{t('inbox.thread.sentGone')}</p>
      )}
      <ol className="thread__messages" aria-label={t('inbox.thread.messages')}>
        {conversation.messages.map((message) => (
          <Message key={message.id} message={message} who={who} />
        ))}
      </ol>
    </div>
  )
}
