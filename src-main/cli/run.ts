import { parseArgs } from 'node:util'
import type { ParseArgsConfig } from 'node:util'
import { openAppContext } from '../context'
import type { AppContext } from '../context'
import { DatabaseError } from '../db/errors'
import { DiskRoom } from '../disk-space'
import { AppError } from '../errors'
import { hostEnvironment, resolveDataDir } from '../paths'
import { appVersion } from '../version'
import { workspaceDataDir } from '../workspaces'
import type { Command } from './command'
import { campaignCommand } from './commands/campaign'
import { analyticsCommand } from './commands/analytics'
import { reportsCommand } from './commands/reports'
import { alertsCommand } from './commands/alerts'
import { dbCommand } from './commands/db'
import { devCommand } from './commands/dev-seed'
import { exportCommand } from './commands/export'
import { importCommand } from './commands/import'
import { infoCommand } from './commands/info'
import { listsCommand } from './commands/lists'
import { optOutsCommand } from './commands/optouts'
import { settingsCommand } from './commands/settings'
import { templateCommand, templatesCommand } from './commands/template'
import { waCommand } from './commands/wa'
import { accountsCommand } from './commands/accounts'
import { inboxCommand } from './commands/inbox'
import { workspacesCommand } from './commands/workspaces'
import type { CliIo } from './io'
import { guardProcess } from '../logging/process-guard'
import type { ProcessEvents } from '../logging/process-guard'
import { UsageError } from './io'

export const commands: readonly Command[] = [
  infoCommand,
  settingsCommand,
  importCommand,
  listsCommand,
  optOutsCommand,
  templateCommand,
  templatesCommand,
  campaignCommand,
  analyticsCommand,
  inboxCommand,
  exportCommand,
  reportsCommand,
  alertsCommand,
  dbCommand,
  waCommand,
  accountsCommand,
  workspacesCommand,
  devCommand,
]

const globalOptions = {
  'data-dir': { type: 'string' },
  workspace: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} satisfies ParseArgsConfig['options']

function overview(): string {
  const width = Math.max(...commands.map((c) => c.name.length))
  return [
    'Usage: herald <command> [options]',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Options for every command:',
    '  --data-dir DIR  use this data folder (or set HERALD_DATA_DIR); default: the app’s own folder',
    '  --workspace NAME  work in this workspace of the data folder (or set HERALD_WORKSPACE); default: "default"',
    '  --json          print JSON instead of text',
    '  -h, --help      show help',
    '',
    'Run "herald <command> --help" for a command’s own usage.',
  ].join('\n')
}

/** The first word that is not an option nor an option's value: `--data-dir DIR info` runs `info`. */
function commandName(argv: string[]): string | undefined {
  const { positionals } = parseArgs({
    args: argv,
    options: globalOptions,
    allowPositionals: true,
    strict: false,
  })
  return positionals[0]
}

function parse(command: Command | undefined, argv: string[]): ReturnType<typeof parseArgs> {
  try {
    return parseArgs({
      args: argv,
      options: { ...globalOptions, ...command?.options },
      allowPositionals: true,
      strict: true,
    })
  } catch (error) {
    const option = /'(-[^']*)'/.exec((error as Error).message)?.[1]
    const unknown = (error as NodeJS.ErrnoException).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION'
    const message = unknown && option ? `Unknown option ${option}.` : (error as Error).message
    throw new UsageError(message, command?.usage ?? overview())
  }
}

/** What a run has opened so far: the data folder it chose, then the app's services over it. */
type Opened = { dataDir?: string; ctx?: AppContext }

/** A full disk in words (which folder, what to do), whether or not the services got to open. */
function explainDiskFull(error: unknown, opened: Opened): unknown {
  if (opened.ctx) return opened.ctx.disk.explain(error)
  return opened.dataDir === undefined ? error : new DiskRoom({ folder: opened.dataDir }).explain(error)
}

async function execute(argv: string[], io: CliIo, opened: Opened): Promise<number> {
  const command = commands.find((c) => c.name === commandName(argv))
  const { values, positionals } = parse(command, argv)
  if (values.version) {
    io.out(appVersion)
    return 0
  }
  if (!command) {
    if (values.help || positionals[0] === 'help') {
      io.out(overview())
      return 0
    }
    throw new UsageError(
      positionals[0] ? `Unknown command "${positionals[0]}".` : 'Which command?',
      overview(),
    )
  }
  if (values.help) {
    io.out(`Usage:\n${command.usage}`)
    return 0
  }
  const root = resolveDataDir(values['data-dir'] as string | undefined, {
    ...hostEnvironment(),
    env: io.env,
  })
  // `herald workspaces` works on the whole data folder; every other command in one workspace
  const dataDir =
    command === workspacesCommand
      ? root
      : workspaceDataDir(root, values.workspace as string | undefined, io.env)
  opened.dataDir = dataDir
  opened.ctx = openAppContext({ dataDir, runtime: 'cli' })
  return command.run(
    opened.ctx,
    { positionals: positionals.slice(1), values, json: values.json === true },
    io,
  )
}

/**
 * Runs one `herald` invocation and returns its exit status: 0 done, 1 a problem the user can fix (one
 * line on stderr), 2 wrong usage. Never a stack trace; unexpected errors go to the log file, and a full disk
 * is told as one (which folder, how much room, what to do).
 */
export async function runCli(argv: string[], io: CliIo, processEvents?: ProcessEvents): Promise<number> {
  const opened: Opened = {}
  const unguard = processEvents
    ? guardProcess(
        processEvents,
        () => opened.ctx?.log,
        (line) => io.err(`herald: ${line}`),
        { pauseCampaigns: (reason) => opened.ctx?.campaigns.pauseSending(reason) ?? Promise.resolve(0) },
      )
    : () => undefined
  try {
    return await execute(argv, io, opened)
  } catch (caught) {
    const error = explainDiskFull(caught, opened)
    if (error instanceof UsageError) {
      const usage = error.usage.startsWith('Usage') ? error.usage : `Usage:\n${error.usage}`
      io.err(`herald: ${error.message}\n\n${usage}`)
      return 2
    }
    if (error instanceof AppError || error instanceof DatabaseError) {
      io.err(`herald: ${error.message}`)
      return 1
    }
    opened.ctx?.log.error('Unexpected error in the command line', error)
    const where = opened.ctx ? ` Details are in ${opened.ctx.log.file}.` : ''
    io.err(`herald: something went wrong: ${error instanceof Error ? error.message : String(error)}.${where}`)
    return 1
  } finally {
    // A command that started WhatsApp Web ends only once its browser is closed.
    await opened.ctx?.shutdown()
    unguard()
  }
}
