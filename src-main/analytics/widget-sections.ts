// The figures of the Dashboard's newer widgets, in the shapes of src-shared/domain/analytics.ts.
import { minimumSendsForTemplates } from '../../src-shared/domain/analytics'
import type { InboxStats, TemplateStats } from '../../src-shared/domain/analytics'
import { ratesOf } from '../../src-shared/domain/rates'
import type { InboxStatusRow, TemplateRow } from '../db/repos/widget-figures-repo'

/**
 * Templates best first: those sent often enough to judge before the others, then by reply rate, success
 * rate and messages sent; a template nothing was attempted with is left out.
 */
export function templates(rows: readonly TemplateRow[]): TemplateStats[] {
  return rows
    .filter((r) => r.sent + r.failed > 0)
    .map((r) => {
      const rates = ratesOf(r)
      return {
        template: r.template,
        campaigns: r.campaigns,
        messages: r.messages,
        sent: r.sent,
        failed: r.failed,
        replied: r.replied,
        successRate: rates.success,
        replyRate: rates.reply,
        smallSample: r.sent < minimumSendsForTemplates,
      }
    })
    .sort(
      (a, b) =>
        Number(a.smallSample) - Number(b.smallSample) ||
        (b.replyRate ?? -1) - (a.replyRate ?? -1) ||
        (b.successRate ?? -1) - (a.successRate ?? -1) ||
        b.sent - a.sent ||
        a.template.localeCompare(b.template),
    )
}

export function inbox(rows: readonly InboxStatusRow[]): InboxStats {
  const of = (status: InboxStatusRow['status']): number =>
    rows.find((r) => r.status === status)?.contacts ?? 0
  return {
    replies: rows.reduce((sum, r) => sum + r.replies, 0),
    contacts: rows.reduce((sum, r) => sum + r.contacts, 0),
    waiting: of('new'),
    leads: of('lead'),
    handled: of('handled'),
    optedOut: of('opted_out'),
  }
}
