import { categoryInfo } from '../../src-shared/domain/error-categories'
import { messageStatuses } from '../../src-shared/domain/campaigns'
import { rateBases, rateNames, ratePercent, ratesOf, reachedOf } from '../../src-shared/domain/rates'
import type { RateKey } from '../../src-shared/domain/rates'
import type { ErrorCategory, StatusCounts } from '../../src-shared/domain/campaigns'
import { campaignStatusLabels, messageStatusLabels } from '../../src-shared/domain/status-words'
import type { CampaignSummaryRow, MessageLogRow, ReportScope, ReportsRepo } from '../db/repos/reports-repo'
import { columns, smallSection } from './report'
import type { Cell, Report, ReportKind, Section } from './report'

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

const rateHeader = (key: RateKey): string => `${rateNames[key]} % (${rateBases[key]})`

const countColumns = messageStatuses.map((s) => [s, messageStatusLabels[s]] as const)

const time = { time: true }
const campaignStatus = { words: campaignStatusLabels }
const messageStatus = { words: messageStatusLabels }
const problem = {
  words: Object.fromEntries(Object.entries(categoryInfo).map(([code, info]) => [code, info.label])),
}

function summarySection(rows: CampaignSummaryRow[]): Section {
  const cols = columns([
    ['campaignId', 'Campaign ID'],
    ['name', 'Campaign'],
    ['status', 'Status', campaignStatus],
    ['dryRun', 'Dry run'],
    ['list', 'List'],
    ['message', 'Message'],
    ['createdAt', 'Created', time],
    ['startedAt', 'Started', time],
    ['finishedAt', 'Finished', time],
    ['total', 'Messages'],
    // Cumulative, as every screen counts them: a read message was also sent and delivered
    ['sent', 'Sent'],
    ['delivered', 'Delivered'],
    ['read', 'Read'],
    ['replied', 'Replied'],
    ['failed', 'Failed'],
    ['skipped', 'Skipped'],
    ['waiting', 'Waiting'],
    ['successRate', rateHeader('success')],
    ['deliveryRate', rateHeader('delivery')],
    ['readRate', rateHeader('read')],
    ['replyRate', rateHeader('reply')],
  ])
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
  return smallSection('campaigns', 'Campaigns', cols, cells)
}

const messageCols = columns([
  ['campaignId', 'Campaign ID'],
  ['campaign', 'Campaign'],
  ['messageId', 'Message ID'],
  ['name', 'Name'],
  ['phone', 'Phone'],
  ['sentFrom', 'Sent from'],
  ['variant', 'Variant'],
  ['status', 'Status', messageStatus],
  ['category', 'Error category', problem],
  ['detail', 'Detail'],
  ['attempts', 'Attempts'],
  ['queuedAt', 'Queued', time],
  ['sentAt', 'Sent', time],
  ['deliveredAt', 'Delivered', time],
  ['readAt', 'Read', time],
  ['repliedAt', 'Replied', time],
  ['failedAt', 'Failed', time],
  ['body', 'Message text'],
])

type SentFrom = (accountId: number) => string

/**
 * The sending numbers in words, "Shop phone (+447700900100)" or the name alone before WhatsApp linked it,
 * worked out once per table: a million rows then share a few strings.
 */
function sentFromOf(repo: ReportsRepo): SentFrom {
  const words = new Map(
    [...repo.sendingNumbers()].map(([id, n]) => [id, n.phone ? `${n.name} (${n.phone})` : n.name]),
  )
  return (accountId) => words.get(accountId) ?? `Number ${accountId}`
}

const messageCells = (m: MessageLogRow, sentFrom: SentFrom): Cell[] => [
  m.campaignId,
  m.campaignName,
  m.id,
  m.name,
  m.phone,
  sentFrom(m.accountId),
  m.variant,
  m.status,
  m.category,
  m.detail,
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
const failedOnly = <T>(all: readonly T[]): T[] => all.filter((_, i) => failedKeys.has(messageCols[i]!.key))

function* mapPages<T>(pages: Iterable<T[]>, cells: (row: T) => Cell[]): Generator<Cell[][]> {
  for (const page of pages) yield page.map(cells)
}

function messagesReport(repo: ReportsRepo, scope: ReportScope): Report {
  const section: Section = {
    key: 'messages',
    title: 'Messages',
    columns: messageCols,
    total: repo.countMessages(scope),
    pages: () => {
      const sentFrom = sentFromOf(repo)
      return mapPages(repo.messagePages(scope), (m) => messageCells(m, sentFrom))
    },
  }
  return { kind: 'messages', title: 'Message log', sections: [section] }
}

const label = (c: ErrorCategory | null): string | null => (c ? categoryInfo[c].label : null)
const advice = (c: ErrorCategory | null): string | null => (c ? categoryInfo[c].recommendation : null)

function errorsReport(repo: ReportsRepo, scope: ReportScope): Report {
  const byCategory = smallSection(
    'byCategory',
    'Errors by category',
    columns([
      ['campaignId', 'Campaign ID'],
      ['campaign', 'Campaign'],
      ['category', 'Error category'],
      ['label', 'What happened'],
      ['count', 'Messages'],
      ['recommendation', 'What to do'],
    ]),
    repo
      .errorCounts(scope)
      .map((r) => [r.campaignId, r.campaignName, r.category, label(r.category), r.count, advice(r.category)]),
  )
  const failed: Section = {
    key: 'failed',
    title: 'Failed messages',
    columns: [...failedOnly(messageCols), ...columns([['recommendation', 'What to do']])],
    total: repo.countMessages(scope, true),
    pages: () => {
      const sentFrom = sentFromOf(repo)
      return mapPages(repo.messagePages(scope, { failed: true }), (m) => [
        ...failedOnly(messageCells(m, sentFrom)),
        advice(m.category),
      ])
    },
  }
  return { kind: 'errors', title: 'Errors', sections: [byCategory, failed] }
}

function analyticsReport(repo: ReportsRepo, scope: ReportScope): Report {
  const campaigns = repo.campaignSummaries(scope)
  const statusCounts = smallSection(
    'statusCounts',
    'Status counts',
    columns([
      ['campaignId', 'Campaign ID'],
      ['campaign', 'Campaign'],
      ['total', 'Messages'],
      ...countColumns,
    ]),
    campaigns.map((c) => [c.id, c.name, c.total, ...messageStatuses.map((s) => c.counts[s])]),
  )
  const all = (pick: (c: StatusCounts) => number): number => campaigns.reduce((n, c) => n + pick(c.counts), 0)
  const funnel = smallSection(
    'funnel',
    'Funnel',
    columns([
      ['stage', 'Stage', messageStatus],
      ['messages', 'Messages'],
    ]),
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
    'Daily (UTC)',
    columns([
      ['day', 'Day'],
      ['sent', 'Sent'],
      ['delivered', 'Delivered'],
      ['read', 'Read'],
      ['replied', 'Replied'],
    ]),
    repo.daily(scope).map((d) => [d.day, d.sent, d.delivered, d.read, d.replied]),
  )
  return { kind: 'analytics', title: 'Analytics', sections: [statusCounts, funnel, daily] }
}

/** The report's tables over the campaigns in scope; long tables are read page by page when written. */
export function buildReport(repo: ReportsRepo, kind: ReportKind, scope: ReportScope): Report {
  switch (kind) {
    case 'summary':
      return { kind, title: 'Campaign summary', sections: [summarySection(repo.campaignSummaries(scope))] }
    case 'messages':
      return messagesReport(repo, scope)
    case 'errors':
      return errorsReport(repo, scope)
    case 'analytics':
      return analyticsReport(repo, scope)
  }
}
