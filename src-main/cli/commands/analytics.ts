import { analyticsJsonKeys } from '../../../src-shared/domain/analytics'
import type { Analytics, AnalyticsQuery, DurationStats } from '../../../src-shared/domain/analytics'
import { rateBases } from '../../../src-shared/domain/rates'
import type { AppContext } from '../../context'
import { optionsOf } from '../command'
import type { Command, CommandArgs } from '../command'
import { table, UsageError } from '../io'

const usage = [
  'herald analytics [--campaign ID] [--account NAME] [--since YYYY-MM-DD] [--until YYYY-MM-DD]',
  '                 [--dry-runs live|dry|all] [--json]',
  '    what the campaigns did: totals, rates, funnel, hours, variants, errors, days, countries, and',
  '    each sending number; --account keeps what one number sent (its name, as on the Connect screen).',
  '    Real campaigns only unless --dry-runs says otherwise; a campaign chosen by ID counts whatever it is.',
  '    Messages count in the period by the day they were queued (UTC), both dates included;',
  '    hours and weekdays are UTC.',
].join('\n')

/** What the analytics command needs from the opened data folder. */
export type AnalyticsCtx = Pick<AppContext, 'analytics'>

const percent = (rate: number | null): string => (rate === null ? '–' : `${Math.round(rate * 1000) / 10}%`)

function duration(seconds: number | null): string {
  if (seconds === null) return '–'
  if (seconds < 90) return `${Math.round(seconds)} s`
  if (seconds < 90 * 60) return `${Math.round(seconds / 60)} min`
  if (seconds < 48 * 3600) return `${Math.round((seconds / 3600) * 10) / 10} h`
  return `${Math.round((seconds / 86_400) * 10) / 10} days`
}

const times = (s: DurationStats): string =>
  s.count === 0 ? '–' : `median ${duration(s.medianSeconds)}, 90% within ${duration(s.p90Seconds)}`

function query(ctx: AnalyticsCtx, values: CommandArgs['values']): AnalyticsQuery {
  const text = (key: string): string | undefined => {
    const value = values[key]
    return typeof value === 'string' ? value : undefined
  }
  const campaign = text('campaign')
  if (campaign !== undefined && !/^[1-9]\d*$/.test(campaign)) {
    throw new UsageError('Give the campaign’s ID (a number).', usage)
  }
  const dryRuns = text('dry-runs') ?? 'live'
  if (dryRuns !== 'live' && dryRuns !== 'dry' && dryRuns !== 'all') {
    throw new UsageError('Say --dry-runs live, dry or all.', usage)
  }
  const account = text('account')
  if (account !== undefined && account.trim() === '') {
    throw new UsageError('Give the name of the number, e.g. --account "Shop phone".', usage)
  }
  return {
    dryRun: dryRuns,
    ...(campaign ? { campaignId: Number(campaign) } : {}),
    ...(account === undefined ? {} : { accountId: ctx.analytics.accountNamed(account).id }),
    ...(text('since') ? { since: text('since') } : {}),
    ...(text('until') ? { until: text('until') } : {}),
  }
}

function scopeLine(a: Analytics, q: AnalyticsQuery): string {
  const who =
    q.campaignId === undefined ? 'All campaigns' : `Campaign ${q.campaignId} “${a.campaigns[0]?.name ?? ''}”`
  const number = a.accounts.find((n) => n.id === q.accountId)?.name
  const from = q.accountId === undefined ? '' : ` from “${number ?? q.accountId}”`
  const when = q.since || q.until ? `, ${q.since ?? 'start'} to ${q.until ?? 'today'}` : ', all time'
  return `${who}${from}${when}`
}

/** One line per sending number, when more than one sent in the scope. */
function numberRows(a: Analytics): [string, string][] {
  if (a.byAccount.length < 2) return []
  return a.byAccount.map((n, i) => [
    i === 0 ? 'Numbers' : '',
    `${n.name}${n.removed ? ' (removed)' : ''}: ${n.sent} sent, ${n.delivered} delivered, ${n.read} read, ` +
      `${n.replied} replied (${percent(n.replyRate)}), ${n.failed} failed, ` +
      `${n.optOuts} opted out (${percent(n.optOutRate)})`,
  ])
}

function rateRows(a: Analytics): [string, string][] {
  const { rates: r, funnel: f } = a
  return [
    ['Messages', `${f.queued} in ${a.campaigns.length} campaign(s)`],
    ['Sent', `${f.sent} (${percent(r.success)} ${rateBases.success}, ${r.attempted})`],
    [
      'Delivered',
      `${f.delivered} (${percent(r.delivery)} ${rateBases.delivery}) — ${times(r.timeToDeliver)}`,
    ],
    ['Read', `${f.read} (${percent(r.read)} ${rateBases.read}) — ${times(r.timeToRead)}`],
    [
      'No receipts',
      `${r.numbersWithoutReadReceipts} number(s) never send read receipts (only a reply shows them read)`,
    ],
    ['Replied', `${f.replied} (${percent(r.reply)} ${rateBases.reply}) — ${times(r.timeToReply)}`],
    ['Opted out', `${r.optOuts} (${percent(r.optOut)} ${rateBases.optOut})`],
    [
      'Pace',
      // Under a minute of sending (a rehearsal without pauses) an hourly rate would only mislead.
      r.throughputPerHour === null || r.durationSeconds < 60
        ? `${duration(r.durationSeconds)} of sending`
        : `${Math.round(r.throughputPerHour)} messages/hour over ${duration(r.durationSeconds)} of sending (first to last send, per campaign)`,
    ],
  ]
}

function detailRows(a: Analytics): [string, string][] {
  const best = a.hourly.bestHour
  const cmp = a.variants.comparison
  const rows: [string, string][] = [
    [
      'Best hour',
      best
        ? `${String(best.hour).padStart(2, '0')}:00 UTC (${percent(best.rate)} replies, ${best.sends} sends)`
        : `not enough sends yet (${a.hourly.minimumSends} an hour needed)`,
    ],
    [
      'Variants',
      a.variants.list.map((v) => `${v.variant} ${percent(v.replyRate)} of ${v.sent}`).join(', ') || '–',
    ],
  ]
  if (cmp) rows.push(['', cmp.verdict])
  const failed = a.errors.reduce((sum, e) => sum + e.count, 0)
  rows.push([
    'Problems',
    failed === 0
      ? 'none'
      : a.errors
          .slice(0, 3)
          .map((e) => `${e.label} ${e.count}`)
          .join(', '),
  ])
  if (a.errors[0]) rows.push(['', `Most common — ${a.errors[0].recommendation}`])
  rows.push([
    'Countries',
    a.countries
      .slice(0, 5)
      .map((c) => `${c.country ?? `+${c.callingCode}`} ${c.messages}`)
      .join(', ') || '–',
  ])
  return rows
}

function summary(a: Analytics, q: AnalyticsQuery): string {
  return `${scopeLine(a, q)}\n\n${table([...rateRows(a), ...detailRows(a), ...numberRows(a)])}`
}

export const analyticsCommand: Command = {
  name: 'analytics',
  summary: 'What the campaigns did: rates, best hour, variants, errors',
  usage,
  options: optionsOf(['campaign', 'account', 'since', 'until', 'dry-runs']),
  run(ctx: AnalyticsCtx, { positionals, values, json }, io) {
    if (positionals.length > 0) throw new UsageError(`Unexpected "${positionals[0]}".`, usage)
    const q = query(ctx, values)
    const result = ctx.analytics.analytics(q)
    if (json) io.out(JSON.stringify(Object.fromEntries(analyticsJsonKeys.map((key) => [key, result[key]]))))
    else if (result.funnel.queued === 0)
      io.out(`${scopeLine(result, q)}: no messages yet. Create one with: herald campaign create`)
    else io.out(summary(result, q))
    return 0
  },
}
