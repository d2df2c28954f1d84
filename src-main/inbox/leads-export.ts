import type { ConversationSummary, InboxQuery } from '../../src-shared/domain/inbox'
import { InboxQuerySchema } from '../../src-shared/domain/inbox'
import type { Locale } from '../../src-shared/i18n/locales'
import type { InboxRepo } from '../db/repos/inbox-repo'
import { writeCsv } from '../reports/csv'
import { conversationStatusWords, sayingIn, yesNo } from '../reports/export-words'
import type { Say } from '../reports/export-words'
import { localClock, machineTimeZone } from '../reports/local-time'
import type { Cell, Column, Report } from '../reports/report'
import { writeXlsx } from '../reports/xlsx'

const pageSize = 500

const leadColumns = (say: Say): Column[] =>
  (
    [
      ['name', 'name'],
      ['phone', 'phone'],
      ['campaign', 'campaign'],
      ['number', 'repliedTo'],
      ['firstReply', 'firstReply'],
      ['latestReply', 'latestReply'],
      ['replies', 'replies'],
      ['status', 'status', { words: conversationStatusWords(say) }],
      ['note', 'note'],
      ['firstReplyAt', 'firstReplyAt', { time: true }],
      ['latestReplyAt', 'latestReplyAt', { time: true }],
      ['rehearsal', 'dryRun', { words: yesNo(say) }],
    ] as const
  ).map(([key, name, more]) => ({ key, label: say(`exports.column.${name}`), ...more }))

/**
 * The filtered Inbox as a table of leads, one row per conversation, through the report writers (a BOM
 * for Excel, cells that would start a formula made plain text, times in the user's zone), headed and
 * worded in `language` (English when left out).
 */
export function leadsReport(repo: InboxRepo, query: InboxQuery, language?: Locale): Report {
  const say = sayingIn(language)
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
    title: say('exports.report.leads'),
    sections: [
      {
        key: 'leads',
        title: say('exports.section.leads'),
        columns: leadColumns(say),
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
  request: { query: InboxQuery; format: 'csv' | 'xlsx'; file: string; timeZone?: string; language?: Locale },
): Promise<number> {
  const report = leadsReport(repo, request.query, request.language)
  const clock = localClock(request.timeZone ?? machineTimeZone())
  return request.format === 'csv'
    ? writeCsv(report, request.file, clock)
    : writeXlsx([report], request.file, clock)
}
