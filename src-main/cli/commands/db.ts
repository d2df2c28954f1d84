import path from 'node:path'
import type { AppContext } from '../../context'
import type { BackupResult } from '../../db/maintenance'
import type { RestoreResult } from '../../db/restore'
import type { CommandArgs, CommandOn } from '../command'
import type { CliIo } from '../io'
import { table, UsageError } from '../io'
import { columns, localDate } from './lists'

/** What `herald db` needs: the database's care, and where the database lives. */
export type DataCareCtx = Pick<AppContext, 'dataCare' | 'paths'>

export type DataCareCommand = CommandOn<DataCareCtx>

const usage = [
  'herald db check              integrity, sizes of the database and its WAL, schema version',
  'herald db backup FILE        copy the database, with the attached images and PDFs, to FILE (safe while',
  '                             Herald runs; the WhatsApp login is never in a backup)',
  'herald db restore FILE       replace the database with a backup; the current one is kept beside it',
  'herald db prune --older-than DAYS [--yes]',
  '                             delete campaigns created more than DAYS ago, and attachments nothing uses',
  '                             any more (without --yes: only show the campaigns)',
].join('\n')

const megabytes = (bytes: number): string => `${(bytes / 1_048_576).toFixed(1)} MB`

const attachmentFiles = (removed: { files: number; bytes: number }): string =>
  `${removed.files} attachment file(s) no template or campaign uses (${megabytes(removed.bytes)})`

const loginNote =
  'The WhatsApp login is never in a backup: this computer keeps its own (link again with herald wa login if needed).'

function backedUp(result: BackupResult): string {
  const packed = result.attachments
  const files = packed && packed.files > 0 ? `, with ${packed.files} attached file(s),` : ''
  const missing =
    packed && packed.missing.length > 0
      ? ` ${packed.missing.length} attached file(s) the campaigns use were missing from the data folder, so the backup does not hold them.`
      : ''
  return `Backed up the database${files} to ${result.file} (${megabytes(result.bytes)}).${missing}`
}

function restored(file: string, result: RestoreResult): string {
  const kept = result.previous ? ` The previous database is kept as ${result.previous}.` : ''
  const back = result.attachments?.files ? ` ${result.attachments.files} attached file(s) put back.` : ''
  const missing = result.attachments?.missing.length
    ? ` ${result.attachments.missing.length} attached file(s) its templates and campaigns use are missing: attach them again in Compose.`
    : ''
  return `Restored ${file} (${result.campaigns} campaign(s)).${back}${missing}${kept} ${loginNote}`
}

function check(ctx: DataCareCtx, json: boolean, io: CliIo): number {
  const health = ctx.dataCare.check('full')
  if (json) io.out(JSON.stringify({ file: ctx.paths.databasePath, ...health }))
  else {
    io.out(
      table([
        ['Database', ctx.paths.databasePath],
        ['Integrity', health.ok ? 'ok' : health.integrity.join('; ')],
        ['Size', megabytes(health.databaseBytes)],
        ['WAL size', megabytes(health.walBytes)],
        ['Schema version', String(health.schemaVersion)],
      ]),
    )
  }
  return health.ok ? 0 : 1
}

function fileArgument(rest: string[], action: string): string {
  if (rest.length !== 1 || !rest[0]) throw new UsageError(`herald db ${action} takes one FILE.`, usage)
  return path.resolve(rest[0])
}

function daysOf(value: unknown): number {
  const days = Number(value)
  if (value === undefined || !Number.isInteger(days) || days < 0) {
    throw new UsageError('Give --older-than DAYS, a whole number of days.', usage)
  }
  return days
}

function prune(ctx: DataCareCtx, args: CommandArgs, io: CliIo, now: Date): number {
  const days = daysOf(args.values['older-than'])
  const apply = args.values.yes === true
  const pruned = apply ? ctx.dataCare.prune(days, now) : null
  const { cutoff, campaigns: gone, messages } = pruned ?? ctx.dataCare.pruneCandidates(days, now)
  const removed = pruned?.attachments ?? null
  const files = removed && removed.files > 0 ? ` Removed ${attachmentFiles(removed)}.` : ''
  if (args.json)
    io.out(JSON.stringify({ deleted: apply, cutoff, campaigns: gone, removedAttachments: removed }))
  else if (gone.length === 0) io.out(`No campaigns created before ${localDate(cutoff)}.${files}`)
  else {
    io.out(
      columns(
        ['ID', 'Campaign', 'Created', 'Messages'],
        gone.map((c) => [
          String(c.id),
          c.name.replace(/\s+/g, ' '),
          localDate(c.createdAt),
          String(c.messages),
        ]),
        [0, 3],
      ),
    )
    io.out(
      apply
        ? `Deleted ${gone.length} campaign(s) and ${messages} message(s).${files}`
        : `${gone.length} campaign(s) and ${messages} message(s) would be deleted. Run again with --yes to delete them.`,
    )
  }
  return 0
}

export function dataCareCommand(now: () => Date = () => new Date()): DataCareCommand {
  return {
    name: 'db',
    summary: 'Check, back up, restore or prune the database',
    usage,
    options: { 'older-than': { type: 'string' }, yes: { type: 'boolean' } },
    async run(ctx, args, io) {
      const [action, ...rest] = args.positionals
      if (action !== 'prune' && (args.values['older-than'] !== undefined || args.values.yes !== undefined)) {
        throw new UsageError('--older-than and --yes go with herald db prune.', usage)
      }
      if (action === 'check' && rest.length === 0) return check(ctx, args.json, io)
      if (action === 'prune' && rest.length === 0) return prune(ctx, args, io, now())
      if (action === 'backup') {
        const result = await ctx.dataCare.backup(fileArgument(rest, 'backup'))
        io.out(args.json ? JSON.stringify(result) : backedUp(result))
        return 0
      }
      if (action === 'restore') {
        const file = fileArgument(rest, 'restore')
        const result = await ctx.dataCare.restore(file, { now: now() })
        io.out(args.json ? JSON.stringify(result) : restored(file, result))
        return 0
      }
      throw new UsageError(
        action ? `Unknown db action "${action}" or wrong arguments.` : 'Which db action?',
        usage,
      )
    },
  }
}

export const dbCommand: DataCareCommand = dataCareCommand()
