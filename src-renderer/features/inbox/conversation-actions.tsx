import { useEffect, useId, useState } from 'react'
import type { ReactElement } from 'react'
import type { Conversation, ConversationStatus } from '../../../src-shared/domain/inbox'
import { maxNote, waMeLink } from '../../../src-shared/domain/inbox'
import { api } from '../../lib/api'
import { useT } from '../../i18n/use-t'
import { formatPhone } from '../../lib/format'
import { queryClient, readQuery } from '../../lib/query'
import { InlineError } from '../../ui/load-states'
import { markedWords, nextSteps } from './conversation-rules'
import { ConversationStatusChip, RehearsalTag } from './inbox-words'

type Mark = { status: ConversationStatus; note?: string }

function useMark(conversation: Conversation): {
  mark: (change: Mark) => Promise<void>
  busy: boolean
  said: string | null
  error: string | null
} {
  const t = useT()
  const [busy, setBusy] = useState(false)
  const [said, setSaid] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const mark = async (change: Mark): Promise<void> => {
    setBusy(true)
    setError(null)
    setSaid(null)
    const result = await api.invoke('inbox:mark', { conversationId: conversation.id, ...change })
    setBusy(false)
    if (!result.ok) return setError(result.error.message)
    const updated = { ...conversation, ...result.value }
    queryClient.setQueryData(readQuery('inbox:open', { conversationId: conversation.id }).queryKey, updated)
    setSaid(markedWords(t, updated, conversation.status))
  }
  return { mark, busy, said, error }
}

function CopyNumber({ phone }: { phone: string }): ReactElement {
  const t = useT()
  const [copied, setCopied] = useState<'idle' | 'copied' | 'failed'>('idle')
  useEffect(() => {
    if (copied === 'idle') return
    const timer = window.setTimeout(() => setCopied('idle'), 2500)
    return () => window.clearTimeout(timer)
  }, [copied])
  const copy = async (): Promise<void> => {
    try {
      await navigator.clipboard.writeText(phone)
      setCopied('copied')
    } catch {
      setCopied('failed')
    }
  }
  return (
    <>
      <button type="button" className="button button--small" onClick={() => void copy()}>
        {copied === 'copied' ? t('inbox.contact.copied') : t('inbox.contact.copy')}
      </button>
      {copied === 'failed' ? (
        <span className="conversation-contact__note" role="status">
          {t('inbox.contact.copyFailed')}
        </span>
      ) : null}
    </>
  )
}

/** Who the contact is, where the conversation stands, and what can be done with it. */
export function ConversationActions({ conversation }: { conversation: Conversation }): ReactElement {
  const t = useT()
  const noteId = useId()
  const [note, setNote] = useState(conversation.note ?? '')
  // A note saved elsewhere (another window, the CLI) replaces what the box shows
  const [savedNote, setSavedNote] = useState(conversation.note)
  if (conversation.note !== savedNote) {
    setSavedNote(conversation.note)
    setNote(conversation.note ?? '')
  }
  const { mark, busy, said, error } = useMark(conversation)
  const link = waMeLink(conversation.phone)
  const { status } = conversation
  const noteChanged = note.trim() !== (conversation.note ?? '')

  return (
    <aside className="card conversation-contact" aria-label={t('inbox.contact.label')}>
      <div className="conversation-contact__where">
        <ConversationStatusChip status={status} />
        {conversation.rehearsal ? <RehearsalTag /> : null}
      </div>
      <p className="phone conversation-contact__phone">{formatPhone(conversation.phone)}</p>
      <div className="conversation-contact__links">
        <CopyNumber phone={conversation.phone} />
        {link ? (
          <a className="button button--small" href={link} target="_blank" rel="noopener noreferrer">
            {t('inbox.contact.openWhatsApp')}
          </a>
        ) : null}
      </div>

      <div className="conversation-note">
        <label htmlFor={noteId} className="form-field__label">
          {t('inbox.contact.note')}
        </label>
        <textarea
          id={noteId}
          className="input conversation-note__text"
          rows={3}
          dir="auto"
          maxLength={maxNote}
          placeholder={t('inbox.contact.notePlaceholder')}
          value={note}
          onChange={(event) => setNote(event.target.value)}
        />
      </div>
      <div className="conversation-contact__marks" role="group" aria-label={t('inbox.contact.marks')}>
        {status === 'opted_out' ? null : (
          <button
            type="button"
            className="button button--primary button--small"
            disabled={busy || (status === 'lead' && !noteChanged)}
            onClick={() => void mark({ status: 'lead', note: note.trim() })}
          >
            {status === 'lead' ? t('inbox.marks.saveNote') : t('inbox.marks.lead')}
          </button>
        )}
        {nextSteps(t, status).map((step) => (
          <button
            key={step.status}
            type="button"
            className={`button button--small${step.status === 'opted_out' ? ' button--quiet' : ''}`}
            disabled={busy}
            onClick={() => void mark({ status: step.status, ...(noteChanged ? { note: note.trim() } : {}) })}
          >
            {step.label}
          </button>
        ))}
      </div>
      {said ? (
        <p className="conversation-contact__said" role="status">
          {said}
        </p>
      ) : null}
      {error ? <InlineError>{error}</InlineError> : null}
    </aside>
  )
}
