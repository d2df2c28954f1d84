import type { Database } from 'better-sqlite3'
import { parseAttachment } from '../db/repos/templates-repo'
import type {
  Conversation,
  ConversationMark,
  ConversationSummary,
  InboxPage,
  InboxQuery,
} from '../../src-shared/domain/inbox'
import { InboxQuerySchema } from '../../src-shared/domain/inbox'
import type { Clock } from '../clock'
import { InboxRepo } from '../db/repos/inbox-repo'
import type { IncomingReply } from '../db/repos/inbox-repo'
import { phrase } from '../../src-shared/i18n/phrase'
import type { Phrase } from '../../src-shared/i18n/phrase'
import { AppError } from '../errors'
import { foldText } from '../../src-shared/domain/opt-out-keywords'
import type { EventHub } from '../events'
import type { RecordEvent } from '../logging/app-events'

export type InboxDeps = {
  db: Database
  events: EventHub
  record: RecordEvent
  clock: Clock
  optOuts: {
    add(raw: string, options: { source: string; reason: string; reasonPhrase?: Phrase }): unknown
    remove(phone: string): unknown
    has(phone: string): boolean
  }
  /** Settings → Inbox: whether a dry run's invented replies are shown (and counted in the navigation). */
  showRehearsal(): boolean
  /** Settings → Inbox: which new replies the desktop notifies, and the words of a likely lead. */
  notify(): 'all' | 'leads' | 'off'
  leadWords(): readonly string[]
}

/** Whether a reply's text has one of the lead words, whatever the case and accents. */
export function soundsLikeLead(text: string, words: readonly string[]): boolean {
  const folded = foldText(text)
  return words.some((word) => word !== '' && folded.includes(foldText(word)))
}

const iso = (ms: number): string => new Date(ms).toISOString()

/**
 * Every reply in one place: the conversations of the contacts who answered a campaign, what they said,
 * and where each stands (new, lead, handled, opted out). Replies are recorded as the campaigns hear them
 * (inbound.ts); the windows hear 'inbox:changed' and, for a new reply, 'inbox:reply'.
 */
export class InboxService {
  private readonly repo: InboxRepo

  constructor(private readonly deps: InboxDeps) {
    this.repo = new InboxRepo(deps.db)
  }

  /** A reply to a campaign message: into its conversation, and the windows told. */
  recordReply(reply: IncomingReply): number {
    const id = this.repo.recordIncoming(reply, this.now())
    const conversation = this.repo.get(id)!
    this.deps.events.emit('inbox:changed', { conversationId: id, unread: this.unread() })
    this.deps.events.emit('inbox:reply', {
      conversationId: id,
      name: conversation.name,
      phone: conversation.phone,
      text: conversation.lastReply ?? '',
      status: conversation.status,
      rehearsal: reply.rehearsal,
      notify: this.notifies(reply),
    })
    return id
  }

  list(query: InboxQuery): InboxPage {
    const parsed = InboxQuerySchema.parse(query)
    const rows = this.repo.page(parsed)
    // A first page that is not full is every match: a search that finds few reads the rows once
    const total = parsed.offset === 0 && rows.length < parsed.limit ? rows.length : this.repo.count(parsed)
    return { rows, total, unread: this.unread(), answered: this.repo.answersSent(parsed) }
  }

  /** Conversations with replies not opened yet (dry runs' only while they are shown). */
  unread(): number {
    return this.repo.unreadCount(this.deps.showRehearsal())
  }

  summary(conversationId: number): ConversationSummary {
    const found = this.repo.get(conversationId)
    if (!found) throw new AppError('NOT_FOUND', phrase('system.inbox.conversationGone'))
    return found
  }

  /** The conversation with the campaign message it answers and every reply; opening it marks it read. */
  open(conversationId: number): Conversation {
    const summary = this.summary(conversationId)
    if (summary.unread > 0) {
      this.repo.markRead(conversationId, this.now())
      this.deps.events.emit('inbox:changed', { conversationId, unread: this.unread() })
    }
    const sent = this.repo.answered(conversationId)
    return {
      ...summary,
      unread: 0,
      sent: sent && {
        body: sent.body,
        variant: sent.variant,
        attachmentName: parseAttachment(sent.attachment)?.name ?? null,
        sentAt: sent.sentAt,
      },
      messages: this.repo.messages(conversationId).map(({ waMessageId: _, ...m }) => m),
    }
  }

  /**
   * Marks a conversation. Opted out puts the number on the opt-out list (not for a dry run's), and leaving
   * opted out takes it off again: the undo.
   */
  mark(input: ConversationMark): ConversationSummary {
    const before = this.summary(input.conversationId)
    const { status } = input
    if (!before.rehearsal && status === 'opted_out' && !this.deps.optOuts.has(before.phone)) {
      this.deps.optOuts.add(before.phone, {
        source: 'inbox',
        reason: 'Marked opted out in the Inbox',
        reasonPhrase: phrase('importing.optOut.markedInInbox'),
      })
    }
    if (
      !before.rehearsal &&
      before.status === 'opted_out' &&
      status !== 'opted_out' &&
      this.deps.optOuts.has(before.phone)
    ) {
      this.deps.optOuts.remove(before.phone)
    }
    this.repo.mark(input.conversationId, status, input.note, this.now())
    this.deps.record(
      'inbox_marked',
      `Marked the conversation with ${before.phone} ${status.replace('_', ' ')}`,
      {
        conversationId: input.conversationId,
        status,
      },
    )
    this.deps.events.emit('inbox:changed', { conversationId: input.conversationId, unread: this.unread() })
    return this.summary(input.conversationId)
  }

  /** Whether a new reply gets a desktop notification (Settings → Inbox); a dry run's only while shown. */
  private notifies(reply: IncomingReply): boolean {
    const mode = this.deps.notify()
    if (mode === 'off' || reply.optedOut) return false
    if (reply.rehearsal && !this.deps.showRehearsal()) return false
    return mode === 'all' || soundsLikeLead(reply.text, this.deps.leadWords())
  }

  /** The repository, for the quick reply's send log and the exports. */
  get store(): InboxRepo {
    return this.repo
  }

  private now(): string {
    return iso(this.deps.clock.now())
  }
}
