import type { ConversationSummary, InboxQuery } from '../../src-shared/domain/inbox'
import { conversationStatusLabels, InboxQuerySchema } from '../../src-shared/domain/inbox'
import type { InboxRepo } from '../db/repos/inbox-repo'
import { writeCsv } from '../reports/csv'
import { localClock, machineTimeZone } from '../reports/local-time'
import type { Cell, Report } from '../reports/report'
import { columns } from '../reports/report'
import { writeXlsx } from '../reports/xlsx'

const pageSize = 500

const leadColumns = columns([
  ['name', 'Name'],
  ['phone', 'Phone'],
  ['campaign', 'Campaign'],
  ['number', 'Replied to'],
  ['firstReply', 'First reply'],
  ['latestReply', 'Latest reply'],
  ['replies', 'Replies'],
  ['status', 'Status', { words: conversationStatusLabels }],
  ['note', 'Note'],
  ['firstReplyAt', 'First reply at', { time: true }],
  ['latestReplyAt', 'Latest reply at', { time: true }],
  ['rehearsal', 'Dry run'],
])

/**
 * The filtered Inbox as a table of leads, one row per conversation, through the report writers (a BOM
 * for Excel, cells that would start a formula made plain text, times in the user's zone).
 */
export function leadsReport(repo: InboxRepo, query: InboxQuery): Report {
  const parsed = InboxQuerySchema.parse({ ...query, offset: 0, limit: pageSize })
  const total = repo.count(parsed)
  const row = (c: ConversationSummary): Cell[] => [
    c.name,
    c.phone,
    c.campaignName,
    c.accountName,
    repo.firstReply(c.id),
    c.lastReply,
    c.replies,
    c.status,
    c.note,
    c.firstReplyAt,
    c.lastReplyAt,
    c.rehearsal,
  ]
  return {
    kind: 'leads',
    title: 'Leads',
    sections: [
      {
        key: 'leads',
        title: 'Leads',
        columns: leadColumns,
        total,
        *pages() {
          for (let offset = 0; offset < total; offset += pageSize) {
            const page = repo.page({ ...parsed, offset })
            if (page.length === 0) return
            yield page.map(row)
          }
        },
      },
    ],
  }
}

/** Writes the leads to `file` as CSV or XLSX; returns the rows written. */
export async function exportLeads(
  repo: InboxRepo,
  request: { query: InboxQuery; format: 'csv' | 'xlsx'; file: string; timeZone?: string },
): Promise<number> {
  const report = leadsReport(repo, request.query)
  const clock = localClock(request.timeZone ?? machineTimeZone())
  return request.format === 'csv'
    ? writeCsv(report, request.file, clock)
    : writeXlsx([report], request.file, clock)
}
