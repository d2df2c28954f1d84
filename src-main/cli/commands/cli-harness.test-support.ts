import { parseArgs } from 'node:util'
import type { AppContext } from '../../context'
import { DatabaseError } from '../../db/errors'
import { AppError } from '../../errors'
import type { Command } from '../command'
import { UsageError } from '../io'

export type Run = { status: number; out: string; err: string }

/** Runs a command the way run.ts does: its options parsed, AppError → 1, UsageError → 2. */
export async function runCommand(ctx: AppContext, command: Command, ...argv: string[]): Promise<Run> {
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
