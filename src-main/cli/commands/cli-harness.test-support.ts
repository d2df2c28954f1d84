import { parseArgs } from 'node:util'
import { DatabaseError } from '../../db/errors'
import { AppError } from '../../errors'
import type { Command } from '../command'
import { UsageError } from '../io'

export type Run = { status: number; out: string; err: string }

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
  let out = ''
  let err = ''
  const io = { out: (t: string) => (out += `${t}\n`), err: (t: string) => (err += `${t}\n`), env: {} }
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      options: { json: { type: 'boolean' }, ...command.options },
      allowPositionals: true,
      strict: true,
    })
    const status = await command.run(ctx, { positionals, values, json: values.json === true }, io)
    return { status, out, err }
  } catch (error) {
    if (error instanceof UsageError) return { status: 2, out, err: `herald: ${error.message}\n` }
    if (error instanceof AppError || error instanceof DatabaseError) {
      return { status: 1, out, err: `herald: ${error.message}\n` }
    }
    throw error
  }
}
