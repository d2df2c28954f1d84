import path from 'node:path'
import type { AppContext } from '../../context'
import { backupDatabase, checkDatabase, pruneCampaigns, prunePreview } from '../../db/maintenance'
import { restoreDatabase, validateBackup } from '../../db/restore'
import type { Command, CommandArgs } from '../command'
import type { CliIo } from '../io'
import { table, UsageError } from '../io'
import { columns, localDate } from './lists'

/** What `herald db` needs: the open database, where it lives, and closing it before a restore. */
export type DataCareCtx = Pick<AppContext, 'db' | 'paths' | 'close'>

export type DataCareCommand = Omit<Command, 'run'> & {
  run(ctx: DataCareCtx, args: CommandArgs, io: CliIo): Promise<number>
}

const usage = [
  'herald db check              integrity, sizes of the database and its WAL, schema version',
  'herald db backup FILE        copy the database to FILE (safe while Herald runs)',
  'herald db restore FILE       replace the database with a backup; the current one is kept beside it',
  'herald db prune --older-than DAYS [--yes]',
  '                             delete campaigns created more than DAYS ago (without --yes: only show them)',
].join('\n')

const megabytes = (bytes: number): string => `${(bytes / 1_048_576).toFixed(1)} MB`

function check(ctx: DataCareCtx, json: boolean, io: CliIo): number {
  const health = checkDatabase(ctx.db, ctx.paths.databasePath)
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
  const cutoff = new Date(now.getTime() - days * 86_400_000)
  const apply = args.values.yes === true
  const gone = apply ? pruneCampaigns(ctx.db, cutoff) : prunePreview(ctx.db, cutoff)
  if (args.json) io.out(JSON.stringify({ deleted: apply, cutoff: cutoff.toISOString(), campaigns: gone }))
  else if (gone.length === 0) io.out(`No campaigns created before ${localDate(cutoff.toISOString())}.`)
  else {
    const messages = gone.reduce((n, c) => n + c.messages, 0)
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
        ? `Deleted ${gone.length} campaign(s) and ${messages} message(s).`
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
        const result = await backupDatabase(ctx.db, fileArgument(rest, 'backup'))
        io.out(
          args.json
            ? JSON.stringify(result)
            : `Backed up the database to ${result.file} (${megabytes(result.bytes)}).`,
        )
        return 0
      }
      if (action === 'restore') {
        const file = fileArgument(rest, 'restore')
        validateBackup(file)
        ctx.close()
        const result = restoreDatabase(ctx.paths.databasePath, file, now())
        const kept = result.previous ? ` The previous database is kept as ${result.previous}.` : ''
        io.out(
          args.json ? JSON.stringify(result) : `Restored ${file} (${result.campaigns} campaign(s)).${kept}`,
        )
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
