import { campaignPacePresets, maxSkipRecentDays } from '../../../src-shared/domain/campaigns'
import type { CampaignInput, MessageStatus } from '../../../src-shared/domain/campaigns'
import type { ContactList } from '../../../src-shared/domain/contacts'
import { waitingWords } from '../../../src-shared/domain/waiting-words'
import { AppError } from '../../errors'
import { optionsOf } from '../command'
import type { Command, CommandArgs } from '../command'
import type { CliIo } from '../io'
import { table, UsageError } from '../io'
import { retryCampaign } from './campaign-retry'
import { runCampaign } from './campaign-run'
import { describeCounts } from './campaign-shared'
import type { CampaignCtx } from './campaign-shared'
import { parseVariantRule, variantRuleHelp } from './variant-rule-arg'

const usage = [
  'herald campaign create --list NAME --template NAME [--variant-rule RULE] [--pace safe|normal|fast|custom|none]',
  '                       [--dry-run] [--skip-recent DAYS] [--name NAME] [--account NAME[,NAME…]] [--json]',
  '                                              prints the new campaign’s id',
  'herald campaign run ID [--dry-run-ledger FILE] [--dry-run-failure-rate R]',
  '                                              send it now, in the foreground (Ctrl+C pauses)',
  'herald campaign status ID [--json] [--messages]',
  'herald campaign retry ID --failed|--unsent|--all [--name NAME] [--json]',
  '                                              a new campaign to the contacts whose message did not go',
  '',
  variantRuleHelp,
  '--pace custom takes the numbers from Settings (herald settings set pacing.minDelaySeconds 30 …); --pace',
  'none sends without waiting: only with --dry-run. Without --dry-run, `campaign run` sends through',
  'WhatsApp with the login saved by `herald wa login`.',
  `--skip-recent DAYS leaves out numbers that got a Herald message in the last DAYS days (0 to ${maxSkipRecentDays};`,
  '0 leaves nobody out); without it, the setting campaign.skipRecentDays applies. A dry run counts dry runs only.',
].join('\n')

function text(values: CommandArgs['values'], key: string): string | undefined {
  const value = values[key]
  return typeof value === 'string' ? value : undefined
}

function findList(ctx: CampaignCtx, name: string): ContactList {
  const lists = ctx.lists.list()
  const list =
    lists.find((l) => l.name.toLowerCase() === name.trim().toLowerCase()) ??
    (/^\d+$/.test(name) ? lists.find((l) => l.id === Number(name)) : undefined)
  if (!list)
    throw new AppError('NOT_FOUND', `There is no contact list called "${name}". See them with: herald lists`)
  return list
}

function pace(values: CommandArgs['values']): CampaignInput['pace'] {
  const chosen = text(values, 'pace') ?? 'safe'
  const known = campaignPacePresets as readonly string[]
  if (!known.includes(chosen))
    throw new UsageError(`Unknown pace "${chosen}": use ${known.join(', ')}.`, usage)
  return chosen as CampaignInput['pace']
}

function skipRecent(values: CommandArgs['values']): number | undefined {
  const days = text(values, 'skip-recent')
  if (days === undefined) return undefined
  if (!/^\d+$/.test(days.trim()) || Number(days) > maxSkipRecentDays)
    throw new UsageError(`--skip-recent takes a whole number of days from 0 to ${maxSkipRecentDays}.`, usage)
  return Number(days)
}

/** Said on stderr, so that stdout stays the id alone for scripts. */
function leftOutNote(leftOut: number, days: number): string {
  const who = leftOut === 1 ? '1 contact' : `${leftOut.toLocaleString('en')} contacts`
  return `Left out ${who} that got a Herald message in the last ${days === 1 ? 'day' : `${days} days`} (--skip-recent 0 sends to them).`
}

/**
 * "--account Shop,Till:2": the sending numbers by name, each with an optional weight after a colon (its
 * share of the contacts; 1 when left out).
 */
function accountsOf(ctx: CampaignCtx, values: CommandArgs['values']): CampaignInput['accounts'] {
  const given = text(values, 'account')
  if (given === undefined) return undefined
  const parts = given.split(',').map((p) => p.trim())
  if (parts.some((p) => p === '')) throw new UsageError('--account takes names separated by commas.', usage)
  return parts.map((part) => {
    const weighted = /^(.*):(\d{1,3})$/.exec(part)
    const weight = weighted ? Number(weighted[2]) : undefined
    if (weight !== undefined && (weight < 1 || weight > 100))
      throw new UsageError(`The weight of "${weighted![1]}" must be from 1 to 100.`, usage)
    return { id: ctx.accounts.resolve(weighted ? weighted[1]! : part).id, ...(weight ? { weight } : {}) }
  })
}

/** Each number's messages by status, keyed by the number's name (`campaign status --json`). */
function byAccount(ctx: CampaignCtx, id: number): Record<string, Record<string, number>> | undefined {
  const shares = ctx.campaigns.progress(id).byAccount
  if (!shares) return undefined
  const keys = ['queued', 'sent', 'delivered', 'read', 'replied', 'failed', 'skipped'] as const
  return Object.fromEntries(
    shares.map((s) => [s.name, Object.fromEntries(keys.map((k) => [k, s.counts[k] ?? 0]))]),
  )
}

async function create(ctx: CampaignCtx, { values, json }: CommandArgs, io: CliIo): Promise<number> {
  const listName = text(values, 'list')
  const templateName = text(values, 'template')
  if (!listName || !templateName) throw new UsageError('Give both --list NAME and --template NAME.', usage)
  const dryRun = values['dry-run'] === true
  const chosenPace = pace(values)
  if (chosenPace === 'none' && !dryRun) {
    throw new AppError('BAD_INPUT', 'Pace "none" sends without waiting: it is only allowed with --dry-run.')
  }
  const rule = text(values, 'variant-rule')
  const skipRecentDays = skipRecent(values)
  const campaign = await ctx.campaigns.create({
    listId: findList(ctx, listName).id,
    templateId: ctx.templates.byName(templateName).id,
    dryRun,
    pace: chosenPace,
    ...(rule ? { variantRule: parseVariantRule(rule, usage) } : {}),
    ...(text(values, 'name') ? { name: text(values, 'name') } : {}),
    ...(skipRecentDays === undefined ? {} : { skipRecentDays }),
    ...(values.account === undefined ? {} : { accounts: accountsOf(ctx, values) }),
  })
  const leftOut = ctx.campaigns.leftOutRecently(campaign.id)
  if (json) io.out(JSON.stringify({ id: campaign.id, recentlyContacted: leftOut }))
  else io.out(String(campaign.id))
  if (!json && leftOut > 0)
    io.err(leftOutNote(leftOut, skipRecentDays ?? ctx.settings.get()['campaign.skipRecentDays']))
  return 0
}

function campaignId(positional: string | undefined): number {
  if (!positional || !/^\d+$/.test(positional))
    throw new UsageError('Give the campaign’s ID (a number).', usage)
  return Number(positional)
}

function everyMessage(
  ctx: CampaignCtx,
  id: number,
): { phone: string; status: MessageStatus; category: string | null }[] {
  const all: { phone: string; status: MessageStatus; category: string | null }[] = []
  for (;;) {
    const page = ctx.history.messages({ campaignId: id, offset: all.length, limit: 1000 })
    all.push(...page.rows.map((m) => ({ phone: m.phone, status: m.status, category: m.category })))
    if (page.rows.length < 1000) return all
  }
}

function status(ctx: CampaignCtx, id: number, { values, json }: CommandArgs, io: CliIo): number {
  const campaign = ctx.campaigns.get(id)
  const messages = values.messages === true ? { messages: everyMessage(ctx, id) } : {}
  const { eta, sharing = [], warmUp = null, waiting = null } = ctx.campaigns.progress(id)
  if (json) {
    const numbers = byAccount(ctx, id)
    io.out(
      JSON.stringify({
        ...campaign,
        eta,
        sharing,
        warmUp,
        waiting,
        ...(numbers ? { byAccount: numbers } : {}),
        ...messages,
      }),
    )
    return 0
  }
  const waitingLine = waiting
    ? waitingWords(waiting, {
        now: ctx.clock.now(),
        batchSize: campaign.pacing.batchSize,
        sharing,
        ...(warmUp ? { warmUpDailyCap: warmUp.dailyCap } : {}),
      })
    : null
  const rows: [string, string][] = [
    ['Campaign', `${campaign.id} ${campaign.name}${campaign.dryRun ? ' (dry run)' : ''}`],
    ['Status', campaign.status + (campaign.statusReason ? ` — ${campaign.statusReason}` : '')],
    ['Messages', `${campaign.total}: ${describeCounts(campaign)}`],
    ...(ctx.campaigns.progress(id).byAccount ?? []).map(
      (s) =>
        [
          `  from ${s.name}`,
          `${s.total}: ${describeCounts(s)}${s.paused ? ` — paused: ${s.paused.reason ?? s.paused.cause}` : ''}`,
        ] as [string, string],
    ),
    ...(waitingLine ? [['Waiting', waitingLine] as [string, string]] : []),
    ['List', campaign.listName],
    ['Template', campaign.templateName],
    ['Pace', campaign.pacing.preset],
    ...(eta ? [['Last message', `around ${eta}`] as [string, string]] : []),
    ...(sharing.length > 0
      ? [['Budget', `shared with ${sharing.map((n) => `“${n}”`).join(', ')}`] as [string, string]]
      : []),
    ...(warmUp
      ? [
          [
            'Warm-up',
            `day ${warmUp.day} of 10: at most ${warmUp.hourlyCap} an hour, ${warmUp.dailyCap} a day`,
          ] as [string, string],
        ]
      : []),
  ]
  io.out(table(rows))
  for (const m of messages.messages ?? [])
    io.out(`${m.phone}  ${m.status}${m.category ? ` (${m.category})` : ''}`)
  return 0
}

export const campaignCommand: Omit<Command, 'run'> & {
  run(ctx: CampaignCtx, args: CommandArgs, io: CliIo): Promise<number>
} = {
  name: 'campaign',
  summary: 'Create, run and follow campaigns',
  usage,
  options: optionsOf(
    [
      'list',
      'template',
      'variant-rule',
      'pace',
      'name',
      'skip-recent',
      'account',
      'dry-run-ledger',
      'dry-run-failure-rate',
    ],
    ['dry-run', 'messages', 'failed', 'unsent', 'all'],
  ),
  async run(ctx, args, io) {
    const [action, id, ...rest] = args.positionals
    if (rest.length > 0) throw new UsageError(`Unexpected "${rest[0]}".`, usage)
    if (action === 'create') return create(ctx, args, io)
    if (action === 'run') return runCampaign(ctx, campaignId(id), args, io, usage)
    if (action === 'status') return status(ctx, campaignId(id), args, io)
    if (action === 'retry') return retryCampaign(ctx, campaignId(id), args, io, usage)
    throw new UsageError(action ? `Unknown campaign action "${action}".` : 'Which action?', usage)
  },
}
