import path from 'node:path'
import { conversationStatuses } from '../../../src-shared/domain/inbox'
import type { ConversationStatus, InboxQuery } from '../../../src-shared/domain/inbox'
import type { AppContext } from '../../context'
import { exportLeads } from '../../inbox/leads-export'
import { languageOf } from './export'
import { inboxReply } from './inbox-reply'
import { optionsOf } from '../command'
import type { CommandArgs, CommandOn } from '../command'
import { UsageError } from '../io'
import { columns, localDate } from './lists'

const usage = [
  'herald inbox [--status new|lead|handled|opted_out] [--campaign ID] [--search TEXT] [--include-dry-run] [--json]',
  '                                      the conversations of the contacts who replied, latest first',
  'herald inbox mark ID new|lead|handled|opted_out [--note TEXT]',
  '                                      marks a conversation (opted_out also puts the number on the opt-out list)',
  'herald inbox reply ID --text TEXT    a quick reply from the number the contact wrote to (exit 1 if not sent)',
  'herald inbox export --out FILE.csv|FILE.xlsx [--language LANG] [the filters above]',
  '                                      the filtered conversations as a table of leads (in English',
  '                                      unless --language es, pt-BR, fr, id, hi or ar is given)',
].join('\n')

type InboxCtx = Pick<AppContext, 'inbox' | 'quickReply' | 'accounts'>

const text = (values: CommandArgs['values'], name: string): string | undefined =>
  typeof values[name] === 'string' ? values[name] : undefined

function statusOf(given: string | undefined): ConversationStatus | undefined {
  if (given === undefined) return undefined
  if (!(conversationStatuses as readonly string[]).includes(given))
    throw new UsageError(`Unknown status "${given}": use ${conversationStatuses.join(', ')}.`, usage)
  return given as ConversationStatus
}

function idOf(given: string | undefined, what: string): number {
  if (!given || !/^\d+$/.test(given)) throw new UsageError(`Give the ${what}’s ID (a number).`, usage)
  return Number(given)
}

function queryOf(values: CommandArgs['values']): InboxQuery {
  const campaign = text(values, 'campaign')
  return {
    status: statusOf(text(values, 'status')),
    ...(campaign === undefined ? {} : { campaignId: idOf(campaign, 'campaign') }),
    ...(text(values, 'search') ? { search: text(values, 'search') } : {}),
    includeRehearsal: values['include-dry-run'] === true,
  }
}

/** Every conversation of the query, a page at a time. */
function everyConversation(
  ctx: InboxCtx,
  query: InboxQuery,
): ReturnType<AppContext['inbox']['list']>['rows'] {
  const all: ReturnType<AppContext['inbox']['list']>['rows'] = []
  for (;;) {
    const page = ctx.inbox.list({ ...query, offset: all.length, limit: 500 })
    all.push(...page.rows)
    if (page.rows.length < 500) return all
  }
}

function list(ctx: InboxCtx, args: CommandArgs, io: Parameters<CommandOn<InboxCtx>['run']>[2]): number {
  const rows = everyConversation(ctx, queryOf(args.values))
  if (args.json) {
    const conversations = rows.map((c) => ({
      id: c.id,
      name: c.name,
      phone: c.phone,
      campaignId: c.campaignId,
      status: c.status,
      replies: c.replies,
      lastReply: c.lastReply,
      lastReplyAt: c.lastReplyAt,
      note: c.note,
      dryRun: c.rehearsal,
    }))
    const { answered } = ctx.inbox.list({ ...queryOf(args.values), limit: 1 })
    io.out(JSON.stringify({ conversations, answered }))
    return 0
  }
  if (rows.length === 0) {
    io.out('No replies yet. Replies to your campaigns appear here (--include-dry-run shows dry runs’ too).')
    return 0
  }
  io.out(
    columns(
      ['ID', 'Name', 'Phone', 'Status', 'Replies', 'Latest', 'When'],
      rows.map((c) => [
        String(c.id),
        c.name ?? '',
        c.phone,
        c.status + (c.rehearsal ? ' (dry run)' : ''),
        String(c.replies),
        (c.lastReply ?? '').slice(0, 50),
        c.lastReplyAt ? localDate(c.lastReplyAt) : '',
      ]),
      [0, 4],
    ),
  )
  return 0
}

export const inboxCommand: CommandOn<InboxCtx> = {
  name: 'inbox',
  summary: 'The replies to your campaigns: list, mark leads, export them',
  usage,
  options: optionsOf(
    ['status', 'campaign', 'search', 'note', 'out', 'text', 'language'],
    ['include-dry-run'],
  ),
  async run(ctx, args, io) {
    const [action = 'list', ...rest] = args.positionals
    const { values } = args
    if (action === 'list' && rest.length === 0) return list(ctx, args, io)
    if (action === 'mark' && rest.length === 2) {
      const status = statusOf(rest[1])!
      const note = text(values, 'note')
      const marked = ctx.inbox.mark({ conversationId: idOf(rest[0], 'conversation'), status, note })
      io.out(
        args.json
          ? JSON.stringify(marked)
          : `Marked ${marked.name ?? marked.phone} ${status.replace('_', ' ')}.`,
      )
      return 0
    }
    if (action === 'reply' && rest.length === 1) {
      const answer = text(values, 'text')
      if (answer === undefined) throw new UsageError('Give the answer with --text "…".', usage)
      return inboxReply(ctx, idOf(rest[0], 'conversation'), answer, io)
    }
    if (action === 'export' && rest.length === 0) {
      const out = text(values, 'out')
      const format = out ? path.extname(out).slice(1).toLowerCase() : ''
      if (!out || (format !== 'csv' && format !== 'xlsx'))
        throw new UsageError('Give the file to write with --out, ending in .csv or .xlsx.', usage)
      const language = languageOf(values.language, usage)
      const rows = await exportLeads(ctx.inbox.store, { query: queryOf(values), format, file: out, language })
      io.out(args.json ? JSON.stringify({ file: out, rows }) : `Wrote ${rows} conversations to ${out}.`)
      return 0
    }
    throw new UsageError(`Unknown inbox action "${[action, ...rest].join(' ')}".`, usage)
  },
}
