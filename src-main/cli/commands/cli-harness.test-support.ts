import { parseArgs } from 'node:util'
import { DatabaseError } from '../../db/errors'
import { AppError } from '../../errors'
import type { Command } from '../command'
import type { CliIo } from '../io'
import { UsageError } from '../io'
import { runCli } from '../run'

export type Run = { status: number; out: string; err: string }

/** An io that keeps what is written, and the run it makes of an exit status. */
function capture(): { io: CliIo; ran: (status: number) => Run } {
  let out = ''
  let err = ''
  const io = { out: (t: string) => (out += `${t}\n`), err: (t: string) => (err += `${t}\n`), env: {} }
  return { io, ran: (status) => ({ status, out, err }) }
}

/** `herald ARGV --data-dir DATA_DIR`, the whole way a terminal runs it (run.ts, its context and all). */
export async function runHerald(dataDir: string, ...argv: string[]): Promise<Run> {
  const { io, ran } = capture()
  return ran(await runCli([...argv, '--data-dir', dataDir], io))
}

/** A command over whatever context a test gives it (the app context, or only the services it needs). */
type TestedCommand<Ctx> = Pick<Command, 'options'> & {
  run(
    ctx: Ctx,
    args: Parameters<Command['run']>[1],
    io: Parameters<Command['run']>[2],
  ): number | Promise<number>
}

/** Runs a command the way run.ts does: its options parsed, AppError → 1, UsageError → 2. */
export async function runCommand<Ctx>(
  ctx: Ctx,
  command: TestedCommand<Ctx>,
  ...argv: string[]
): Promise<Run> {
  const { io, ran } = capture()
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      options: { json: { type: 'boolean' }, ...command.options },
      allowPositionals: true,
      strict: true,
    })
    const status = await command.run(ctx, { positionals, values, json: values.json === true }, io)
    return ran(status)
  } catch (error) {
    if (error instanceof UsageError) return { ...ran(2), err: `herald: ${error.message}\n` }
    if (error instanceof AppError || error instanceof DatabaseError) {
      return { ...ran(1), err: `herald: ${error.message}\n` }
    }
    throw error
  }
}
