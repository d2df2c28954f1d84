import { useId, useState } from 'react'
import type { FormEvent, ReactElement } from 'react'
import type { Conversation } from '../../../src-shared/domain/inbox'
import { maxQuickReply } from '../../../src-shared/domain/inbox'
import { useT } from '../../i18n/use-t'
import { api } from '../../lib/api'
import { formatCount } from '../../lib/format'
import { queryClient, readQuery } from '../../lib/query'
import { InlineError } from '../../ui/load-states'
import { whyNoReply } from './conversation-rules'

/**
 * The quick reply: a text sent from the conversation's own number, at the campaigns' safe pace and logged
 * like every other message. Refused, with the reason, to an opted-out contact and to a rehearsal.
 */
export function QuickReply({ conversation }: { conversation: Conversation }): ReactElement {
  const t = useT()
  const id = useId()
  const [text, setText] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const refused = whyNoReply(t, conversation)
  const tooLong = text.length > maxQuickReply

  const send = async (event: FormEvent): Promise<void> => {
    event.preventDefault()
    if (refused || busy || text.trim() === '' || tooLong) return
    setBusy(true)
    setError(null)
    // The answer shows in the thread as soon as it is queued, so the box does not keep a copy of it
    const sent = text
    setText('')
    const result = await api.invoke('inbox:reply-send', { conversationId: conversation.id, text: sent })
    setBusy(false)
    if (!result.ok) {
      setText((typed) => (typed === '' ? sent : typed))
      return setError(result.error.message)
    }
    const { queryKey } = readQuery('inbox:open', { conversationId: conversation.id })
    queryClient.setQueryData(queryKey, result.value)
  }

  return (
    <form className="quick-reply" onSubmit={(event) => void send(event)} aria-label={t('inbox.reply.label')}>
      <label htmlFor={id} className="quick-reply__label">
        {conversation.name?.trim()
          ? t('inbox.reply.answerName', { name: conversation.name.trim() })
          : t('inbox.reply.answerThem')}
      </label>
      {refused ? (
        <p className="quick-reply__refused" role="note">
          {refused}
        </p>
      ) : null}
      <textarea
        id={id}
        className="input quick-reply__text"
        rows={3}
        dir="auto"
        placeholder={refused ? undefined : t('inbox.reply.placeholder')}
        value={text}
        disabled={refused !== null}
        aria-invalid={tooLong}
        onChange={(event) => setText(event.target.value)}
      />
      <div className="quick-reply__bar">
        <span className={`quick-reply__hint${tooLong ? ' quick-reply__hint--over' : ''}`}>
          {tooLong
            ? t('inbox.reply.tooLong', { max: formatCount(maxQuickReply) })
            : refused
              ? ''
              : t('inbox.reply.hint')}
        </span>
        <button
          type="submit"
          className="button button--primary"
          disabled={refused !== null || busy || text.trim() === '' || tooLong}
        >
          {busy ? t('inbox.reply.sending') : t('inbox.reply.send')}
        </button>
      </div>
      {error ? <InlineError>{error}</InlineError> : null}
    </form>
  )
}
