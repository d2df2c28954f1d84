import type { ReactElement } from 'react'
import { Link, useParams } from 'react-router'
import type { Conversation } from '../../../src-shared/domain/inbox'
import { Screen } from '../../app/screen'
import { formatPhone, plural } from '../../lib/format'
import { useQuery } from '../../lib/query'
import { Gone } from '../../ui/empty-state'
import { LoadState } from '../../ui/load-states'
import { ConversationActions } from './conversation-actions'
import { ConversationThread } from './conversation-thread'
import { QuickReply } from './quick-reply'
import './inbox.css'

function summary(c: Conversation): string {
  const campaign = c.campaignName ? `to “${c.campaignName}”` : 'to a campaign'
  const number = c.accountName ? ` on ${c.accountName}` : ''
  return `${plural(c.replies, 'reply', 'replies')} ${campaign}${number}.`
}

function ConversationView({ conversation }: { conversation: Conversation }): ReactElement {
  return (
    <div className="conversation">
      <div className="conversation__layout">
        <section className="card conversation__thread" aria-label="Conversation">
          <ConversationThread conversation={conversation} />
          <QuickReply conversation={conversation} />
        </section>
        <ConversationActions key={conversation.id} conversation={conversation} />
      </div>
    </div>
  )
}

/** One conversation: what the contact got and said, the answer box, and where it stands. */
export function ConversationScreen(): ReactElement {
  const conversationId = Number(useParams().conversationId)
  const valid = Number.isInteger(conversationId) && conversationId > 0
  // Opening it marks it read; a new reply or an answer's progress ('inbox:changed') reads it again.
  const read = useQuery('inbox:open', valid ? { conversationId } : null, { invalidateOn: ['inbox:changed'] })
  const c = read.data
  const title = c ? c.name?.trim() || formatPhone(c.phone) : 'Conversation'
  return (
    <Screen title={title} intro={c ? summary(c) : undefined}>
      <Link to="/inbox" className="back-link">
        ← Inbox
      </Link>
      <LoadState
        {...read}
        error={valid ? read.error : { message: null, missing: true }}
        loading="Opening the conversation…"
        failed="Could not open this conversation"
        missing={
          <Gone
            title="This conversation is no longer there"
            back={{ to: '/inbox', label: 'Back to the Inbox' }}
          >
            It may belong to another workspace, or its data was deleted. Every conversation Herald keeps is in
            the Inbox.
          </Gone>
        }
      >
        {(conversation) => <ConversationView conversation={conversation} />}
      </LoadState>
    </Screen>
  )
}
