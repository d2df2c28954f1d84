import type { ParseArgsConfig } from 'node:util'
import type { AppContext } from '../context'
import type { CliIo } from './io'

export type CommandArgs = {
  positionals: string[]
  values: Record<string, string | boolean | (string | boolean)[] | undefined>
  json: boolean
}

/** Options that take a value (`--since 2026-03-01`), then flags that are on when given (`--force`). */
export function optionsOf(
  valued: readonly string[],
  flags: readonly string[] = [],
): NonNullable<ParseArgsConfig['options']> {
  const options: NonNullable<ParseArgsConfig['options']> = {}
  for (const name of valued) options[name] = { type: 'string' }
  for (const name of flags) options[name] = { type: 'boolean' }
  return options
}

/** One `herald` command: its usage text, its own options, and what it does with the opened data folder. */
export type Command = {
  name: string
  summary: string
  usage: string
  options?: ParseArgsConfig['options']
  run(ctx: AppContext, args: CommandArgs, io: CliIo): number | Promise<number>
}

/** A command that asks only for the services it uses (`Ctx`), so that it can be tested with just those. */
export type CommandOn<Ctx> = Omit<Command, 'run'> & {
  run(ctx: Ctx, args: CommandArgs, io: CliIo): number | Promise<number>
}
