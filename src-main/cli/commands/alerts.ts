import { alertEventLabels, alertEvents } from '../../../src-shared/domain/alerts'
import type { AlertDelivery, AlertEvent, AlertRule } from '../../../src-shared/domain/alerts'
import type { AppContext } from '../../context'
import { optionsOf } from '../command'
import type { CommandOn } from '../command'
import { printList, UsageError } from '../io'
import type { CliIo } from '../io'
import { columns } from './lists'

/** What `herald alerts` needs from the data folder: the alert rules and their deliveries. */
export type AlertsCtx = Pick<AppContext, 'alerts'>

const usage = [
  `herald alerts add --on ${alertEvents.join('|')}`,
  '    [--threshold 5] [--notify] [--webhook URL --secret S] [--include-text]',
  '    A rule: what to watch for, and where the alert goes (a desktop notification in Herald’s window, a',
  '    webhook signed with the secret, or both). --threshold: the opt-out share in percent (opt-out-rate).',
  '    --include-text lets the webhook carry what contacts wrote and their numbers (left out by default).',
  'herald alerts list [--json]      the rules (a webhook’s secret is never shown)',
  'herald alerts test ID            sends a sample alert to the rule’s targets and says what became of it',
  'herald alerts log [ID] [--json]  the latest delivery attempts, of one rule or of all',
  'herald alerts remove ID          deletes the rule and its log',
].join('\n')

const isEvent = (value: unknown): value is AlertEvent =>
  typeof value === 'string' && (alertEvents as readonly string[]).includes(value)

const hostOf = (url: string): string => {
  try {
    return new URL(url).host
  } catch {
    return url
  }
}

function targets(rule: AlertRule): string {
  const where = [
    rule.notify ? 'desktop notification' : null,
    rule.webhookUrl ? `webhook to ${hostOf(rule.webhookUrl)}` : null,
  ]
  return where.filter(Boolean).join(' and ')
}

function whenWords(rule: AlertRule): string {
  return rule.event === 'opt-out-rate'
    ? `Opt-out rate reaches ${rule.threshold ?? 0}%`
    : alertEventLabels[rule.event]
}

function rulesTable(rules: AlertRule[]): string {
  return columns(
    ['ID', 'When', 'Notify', 'Webhook', 'Secret', 'Text', 'On'],
    rules.map((r) => [
      String(r.id),
      `${whenWords(r)} (${r.event})`,
      r.notify ? 'yes' : 'no',
      r.webhookUrl ?? '—',
      r.secretHint ?? '—',
      r.includeText ? 'yes' : 'no',
      r.enabled ? 'yes' : 'off',
    ]),
    [0],
  )
}

/** A moment in this computer's time: "2026-03-02 10:00:05". */
function localTime(iso: string): string {
  const d = new Date(iso)
  const pad = (n: number): string => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`
}

function logTable(attempts: AlertDelivery[]): string {
  return columns(
    ['When', 'Rule', 'Alert', 'Channel', 'Try', 'Outcome'],
    attempts.map((d) => [
      localTime(d.finishedAt ?? d.createdAt),
      String(d.ruleId),
      `${d.test ? '[test] ' : ''}${d.title}`,
      d.channel,
      String(d.attempt),
      outcome(d),
    ]),
    [1, 4],
  )
}

function outcome(d: AlertDelivery): string {
  if (d.status === 'delivered') return d.httpStatus === null ? 'shown' : `delivered (HTTP ${d.httpStatus})`
  if (d.status === 'pending')
    return `waiting to try at ${d.nextAttemptAt ? localTime(d.nextAttemptAt) : 'once'}`
  if (d.status === 'sending') return 'on its way'
  return `failed: ${d.error ?? 'no reason given'}`
}

function ruleId(text: string | undefined): number {
  const id = Number(text)
  if (!text || !Number.isInteger(id) || id <= 0)
    throw new UsageError('Which rule? Give its ID (see herald alerts list).', usage)
  return id
}

function add(ctx: AlertsCtx, values: Record<string, unknown>, json: boolean, io: CliIo): number {
  if (!isEvent(values.on))
    throw new UsageError(`Say what to watch for: --on ${alertEvents.join('|')}.`, usage)
  const webhookUrl = typeof values.webhook === 'string' ? values.webhook : null
  if (values.notify !== true && webhookUrl === null)
    throw new UsageError('Say where the alert goes: --notify, --webhook URL --secret S, or both.', usage)
  if (webhookUrl !== null && typeof values.secret !== 'string')
    throw new UsageError('Give the webhook’s signing secret with --secret S (8 characters or more).', usage)
  let threshold: number | undefined
  if (values.threshold !== undefined) {
    threshold = Number(values.threshold)
    if (values.on !== 'opt-out-rate')
      throw new UsageError('--threshold is for --on opt-out-rate only.', usage)
    if (!Number.isFinite(threshold))
      throw new UsageError('Give the threshold in percent, e.g. --threshold 5.', usage)
  }
  const rule = ctx.alerts.save({
    event: values.on,
    threshold,
    notify: values.notify === true,
    webhookUrl,
    secret: typeof values.secret === 'string' ? values.secret : undefined,
    includeText: values['include-text'] === true,
  })
  io.out(
    json
      ? JSON.stringify(rule)
      : `Added alert rule ${rule.id}: ${whenWords(rule)} → ${targets(rule)}. Try it: herald alerts test ${rule.id}`,
  )
  return 0
}

async function test(ctx: AlertsCtx, id: number, json: boolean, io: CliIo): Promise<number> {
  const made = await ctx.alerts.test(id)
  if (json) io.out(JSON.stringify(made))
  for (const d of json ? [] : made) {
    if (d.channel === 'notification')
      io.out('Desktop notification: Herald’s window shows it when an alert fires (not the command line).')
    else io.out(`Webhook: ${outcome(d)}`)
  }
  return made.some((d) => d.channel === 'webhook' && d.status !== 'delivered') ? 1 : 0
}

export const alertsCommand: CommandOn<AlertsCtx> = {
  name: 'alerts',
  summary: 'Alert rules: a notification or a signed webhook when a campaign needs you',
  usage,
  options: optionsOf(['on', 'threshold', 'webhook', 'secret'], ['notify', 'include-text']),
  async run(ctx, { positionals, values, json }, io) {
    const [action = 'list', ...rest] = positionals
    const extra = (allowed: number): void => {
      if (rest.length > allowed) throw new UsageError(`Unexpected "${rest[allowed]}".`, usage)
    }
    if (action === 'add') {
      extra(0)
      return add(ctx, values, json, io)
    }
    if (action === 'list') {
      extra(0)
      const none = 'No alert rules yet. Add one with: herald alerts add --on finished --notify'
      printList(io, json, ctx.alerts.list(), none, rulesTable)
      return 0
    }
    if (action === 'test') {
      extra(1)
      return test(ctx, ruleId(rest[0]), json, io)
    }
    if (action === 'log') {
      extra(1)
      const attempts = ctx.alerts.deliveries(rest[0] === undefined ? {} : { ruleId: ruleId(rest[0]) })
      printList(io, json, attempts, 'No alerts sent yet.', logTable)
      return 0
    }
    if (action === 'remove') {
      extra(1)
      const id = ruleId(rest[0])
      ctx.alerts.delete(id)
      io.out(json ? JSON.stringify({ removed: id }) : `Removed alert rule ${id}.`)
      return 0
    }
    throw new UsageError(`Unknown alerts action "${action}".`, usage)
  },
}
