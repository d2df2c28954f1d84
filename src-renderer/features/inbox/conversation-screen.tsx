import type { ReactElement } from 'react'
import { Link, useParams } from 'react-router'
import type { Conversation } from '../../../src-shared/domain/inbox'
import { Screen } from '../../app/screen'
import type { Translate } from '../../i18n/use-t'
import { useT } from '../../i18n/use-t'
import { formatPhone } from '../../lib/format'
import { leftToRight } from '../../lib/bidi'
import { useQuery } from '../../lib/query'
import { Gone } from '../../ui/empty-state'
import { LoadState } from '../../ui/load-states'
import { ConversationActions } from './conversation-actions'
import { ConversationThread } from './conversation-thread'
import { QuickReply } from './quick-reply'
import './inbox.css'

// Turned round in Arabic (.icon--directional)
const backArrow = '←'

function summary(t: Translate, c: Conversation): string {
  const values = { count: c.replies, campaign: c.campaignName ?? '', number: c.accountName ?? '' }
  if (c.campaignName && c.accountName) return t('inbox.conversation.summaryOnNumber', values)
  if (c.campaignName) return t('inbox.conversation.summary', values)
  return c.accountName
    ? t('inbox.conversation.summaryNoCampaignOnNumber', values)
    : t('inbox.conversation.summaryNoCampaign', values)
}

function ConversationView({ conversation }: { conversation: Conversation }): ReactElement {
  const t = useT()
  return (
    <div className="conversation">
      <div className="conversation__layout">
        <section className="card conversation__thread" aria-label={t('inbox.conversation.label')}>
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
  const t = useT()
  const conversationId = Number(useParams().conversationId)
  const valid = Number.isInteger(conversationId) && conversationId > 0
  // Opening it marks it read; a new reply or an answer's progress ('inbox:changed') reads it again.
  const read = useQuery('inbox:open', valid ? { conversationId } : null, { invalidateOn: ['inbox:changed'] })
  const c = read.data
  const title = c ? c.name?.trim() || leftToRight(formatPhone(c.phone)) : t('inbox.conversation.label')
  return (
    <Screen title={title} intro={c ? summary(t, c) : undefined}>
      <Link to="/inbox" className="back-link">
        <span className="icon--directional">{backArrow}</span> {t('inbox.conversation.back')}
      </Link>
      <LoadState
        {...read}
        error={valid ? read.error : { message: null, missing: true }}
        loading={t('inbox.conversation.loading')}
        failed={t('inbox.conversation.failed')}
        missing={
          <Gone
            title={t('inbox.conversation.goneTitle')}
            back={{ to: '/inbox', label: t('inbox.conversation.goneBack') }}
          >
            {t('inbox.conversation.goneBody')}
          </Gone>
        }
      >
        {(conversation) => <ConversationView conversation={conversation} />}
      </LoadState>
    </Screen>
  )
}
