import { messageStatuses } from '../../src-shared/domain/campaigns'
import { ratePercent, ratesOf, reachedOf } from '../../src-shared/domain/rates'
import type { ErrorCategory, StatusCounts } from '../../src-shared/domain/campaigns'
import type { Locale } from '../../src-shared/i18n/locales'
import type { CampaignSummaryRow, MessageLogRow, ReportScope, ReportsRepo } from '../db/repos/reports-repo'
import { storedPhrase } from '../db/repos/stored-phrase'
import {
  campaignStatusWords,
  categoryAdvice,
  categoryWords,
  messageStatusWords,
  sayingIn,
  yesNo,
} from './export-words'
import type { Say } from './export-words'
import { smallSection } from './report'
import type { Cell, Column, Report, ReportKind, Section } from './report'

/** The shared rates (src-shared/domain/rates.ts) as percentages with one decimal. */
export function rates(c: StatusCounts): Record<'success' | 'delivery' | 'read' | 'reply', number | null> {
  const r = ratesOf(reachedOf(c))
  return {
    success: ratePercent(r.success),
    delivery: ratePercent(r.delivery),
    read: ratePercent(r.read),
    reply: ratePercent(r.reply),
  }
}

const time = { time: true }

/** A column headed in the export's language: `exports.column.<name>`. */
const column = (say: Say, key: string, name: string, more?: Omit<Column, 'key' | 'label'>): Column => ({
  key,
  label: say(`exports.column.${name}`),
  ...more,
})

function summarySection(say: Say, rows: CampaignSummaryRow[]): Section {
  const cols = [
    column(say, 'campaignId', 'campaignId'),
    column(say, 'name', 'campaign'),
    column(say, 'status', 'status', { words: campaignStatusWords(say) }),
    column(say, 'dryRun', 'dryRun', { words: yesNo(say) }),
    column(say, 'list', 'list'),
    column(say, 'message', 'message'),
    column(say, 'createdAt', 'created', time),
    column(say, 'startedAt', 'started', time),
    column(say, 'finishedAt', 'finished', time),
    column(say, 'total', 'messages'),
    // Cumulative, as every screen counts them: a read message was also sent and delivered
    ...(['sent', 'delivered', 'read', 'replied', 'failed', 'skipped', 'waiting'] as const).map((key) =>
      column(say, key, key),
    ),
    // Each rate says what it is out of, as every screen says it
    ...(['successRate', 'deliveryRate', 'readRate', 'replyRate'] as const).map((key) =>
      column(say, key, key),
    ),
  ]
  const cells = rows.map((r): Cell[] => {
    const rate = rates(r.counts)
    const reached = reachedOf(r.counts)
    return [
      r.id,
      r.name,
      r.status,
      r.dryRun,
      r.listName,
      r.templateName,
      r.createdAt,
      r.startedAt,
      r.finishedAt,
      r.total,
      reached.sent,
      reached.delivered,
      reached.read,
      reached.replied,
      reached.failed,
      reached.skipped,
      reached.waiting,
      rate.success,
      rate.delivery,
      rate.read,
      rate.reply,
    ]
  })
  return smallSection('campaigns', say('exports.section.campaigns'), cols, cells)
}

const messageCols = (say: Say): Column[] => [
  column(say, 'campaignId', 'campaignId'),
  column(say, 'campaign', 'campaign'),
  column(say, 'messageId', 'messageId'),
  column(say, 'name', 'name'),
  column(say, 'phone', 'phone'),
  column(say, 'sentFrom', 'sentFrom'),
  column(say, 'variant', 'variant'),
  column(say, 'status', 'status', { words: messageStatusWords(say) }),
  column(say, 'category', 'errorCategory', { words: categoryWords(say) }),
  column(say, 'detail', 'detail'),
  column(say, 'attempts', 'attempts'),
  column(say, 'queuedAt', 'queuedAt', time),
  column(say, 'sentAt', 'sentAt', time),
  column(say, 'deliveredAt', 'deliveredAt', time),
  column(say, 'readAt', 'readAt', time),
  column(say, 'repliedAt', 'repliedAt', time),
  column(say, 'failedAt', 'failedAt', time),
  column(say, 'body', 'messageText'),
]

type SentFrom = (accountId: number) => string

/**
 * The sending numbers in words, "Shop phone (+447700900100)" or the name alone before WhatsApp linked it,
 * worked out once per table: a million rows then share a few strings.
 */
function sentFromOf(repo: ReportsRepo, say: Say): SentFrom {
  const words = new Map(
    [...repo.sendingNumbers()].map(([id, n]) => [id, n.phone ? `${n.name} (${n.phone})` : n.name]),
  )
  return (accountId) => words.get(accountId) ?? say('exports.value.number', { id: String(accountId) })
}

type DetailOf = (m: MessageLogRow) => string | null

/**
 * A message's detail in the export's language: Herald's own words from their phrase, worded once for the
 * many messages that share one (an opt-out, a stopped campaign); words that came from WhatsApp Web, and the
 * details of messages recorded before Herald kept phrases, as they are.
 */
function detailOf(say: Say): DetailOf {
  const worded = new Map<string, string | null>()
  return (m) => {
    if (m.detailPhrase === null) return m.detail
    let words = worded.get(m.detailPhrase)
    if (words === undefined) {
      const said = storedPhrase(m.detailPhrase)
      const text = said ? say(said.key, said.params) : null
      words = text !== null && text !== said?.key ? text : m.detail
      if (worded.size >= 10_000) worded.clear()
      worded.set(m.detailPhrase, words)
    }
    return words
  }
}

const messageCells = (m: MessageLogRow, sentFrom: SentFrom, detail: DetailOf): Cell[] => [
  m.campaignId,
  m.campaignName,
  m.id,
  m.name,
  m.phone,
  sentFrom(m.accountId),
  m.variant,
  m.status,
  m.category,
  detail(m),
  m.attempts,
  m.queuedAt,
  m.sentAt,
  m.deliveredAt,
  m.readAt,
  m.repliedAt,
  m.failedAt,
  m.body,
]

/** The Messages report's columns a failed message is shown with; `messageCells` lines up with `messageCols`. */
const failedKeys = new Set([
  'campaignId',
  'campaign',
  'messageId',
  'name',
  'phone',
  'sentFrom',
  'status',
  'category',
  'detail',
  'attempts',
  'failedAt',
])
const messageKeys = messageCols(sayingIn()).map((c) => c.key)
const failedOnly = <T>(all: readonly T[]): T[] => all.filter((_, i) => failedKeys.has(messageKeys[i]!))

function* mapPages<T>(pages: Iterable<T[]>, cells: (row: T) => Cell[]): Generator<Cell[][]> {
  for (const page of pages) yield page.map(cells)
}

function messagesReport(repo: ReportsRepo, scope: ReportScope, say: Say): Report {
  const section: Section = {
    key: 'messages',
    title: say('exports.section.messages'),
    columns: messageCols(say),
    total: repo.countMessages(scope),
    pages: () => {
      const sentFrom = sentFromOf(repo, say)
      const detail = detailOf(say)
      return mapPages(repo.messagePages(scope), (m) => messageCells(m, sentFrom, detail))
    },
  }
  return { kind: 'messages', title: say('exports.report.messages'), sections: [section] }
}

function errorsReport(repo: ReportsRepo, scope: ReportScope, say: Say): Report {
  const words = categoryWords(say)
  const advices = categoryAdvice(say)
  const label = (c: ErrorCategory | null): string | null => (c ? words[c] : null)
  const advice = (c: ErrorCategory | null): string | null => (c ? advices[c] : null)
  const byCategory = smallSection(
    'byCategory',
    say('exports.section.errorsByCategory'),
    [
      column(say, 'campaignId', 'campaignId'),
      column(say, 'campaign', 'campaign'),
      column(say, 'category', 'errorCategory'),
      column(say, 'label', 'whatHappened'),
      column(say, 'count', 'messages'),
      column(say, 'recommendation', 'whatToDo'),
    ],
    repo
      .errorCounts(scope)
      .map((r) => [r.campaignId, r.campaignName, r.category, label(r.category), r.count, advice(r.category)]),
  )
  const failed: Section = {
    key: 'failed',
    title: say('exports.section.failedMessages'),
    columns: [...failedOnly(messageCols(say)), column(say, 'recommendation', 'whatToDo')],
    total: repo.countMessages(scope, true),
    pages: () => {
      const sentFrom = sentFromOf(repo, say)
      const detail = detailOf(say)
      return mapPages(repo.messagePages(scope, { failed: true }), (m) => [
        ...failedOnly(messageCells(m, sentFrom, detail)),
        advice(m.category),
      ])
    },
  }
  return { kind: 'errors', title: say('exports.report.errors'), sections: [byCategory, failed] }
}

function analyticsReport(repo: ReportsRepo, scope: ReportScope, say: Say): Report {
  const campaigns = repo.campaignSummaries(scope)
  const statusWords = messageStatusWords(say)
  const statusCounts = smallSection(
    'statusCounts',
    say('exports.section.statusCounts'),
    [
      column(say, 'campaignId', 'campaignId'),
      column(say, 'campaign', 'campaign'),
      column(say, 'total', 'messages'),
      ...messageStatuses.map((s): Column => ({ key: s, label: statusWords[s] })),
    ],
    campaigns.map((c) => [c.id, c.name, c.total, ...messageStatuses.map((s) => c.counts[s])]),
  )
  const all = (pick: (c: StatusCounts) => number): number => campaigns.reduce((n, c) => n + pick(c.counts), 0)
  const funnel = smallSection(
    'funnel',
    say('exports.section.funnel'),
    [column(say, 'stage', 'stage', { words: statusWords }), column(say, 'messages', 'messages')],
    [
      ['queued', campaigns.reduce((n, c) => n + c.total, 0)],
      ['sent', all((c) => c.sent + c.delivered + c.read + c.replied)],
      ['delivered', all((c) => c.delivered + c.read + c.replied)],
      ['read', all((c) => c.read + c.replied)],
      ['replied', all((c) => c.replied)],
    ],
  )
  const daily = smallSection(
    'daily',
    say('exports.section.daily'),
    (['day', 'sent', 'delivered', 'read', 'replied'] as const).map((key) => column(say, key, key)),
    repo.daily(scope).map((d) => [d.day, d.sent, d.delivered, d.read, d.replied]),
  )
  return {
    kind: 'analytics',
    title: say('exports.report.analytics'),
    sections: [statusCounts, funnel, daily],
  }
}

/**
 * The report's tables over the campaigns in scope, headed and worded in `language` (English when left out);
 * long tables are read page by page when written.
 */
export function buildReport(
  repo: ReportsRepo,
  kind: ReportKind,
  scope: ReportScope,
  language?: Locale,
): Report {
  const say = sayingIn(language)
  switch (kind) {
    case 'summary': {
      const sections = [summarySection(say, repo.campaignSummaries(scope))]
      return { kind, title: say('exports.report.summary'), sections }
    }
    case 'messages':
      return messagesReport(repo, scope, say)
    case 'errors':
      return errorsReport(repo, scope, say)
    case 'analytics':
      return analyticsReport(repo, scope, say)
  }
}
