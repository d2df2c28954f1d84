import type { ParseArgsConfig } from 'node:util'
import type { AppContext } from '../context'
import type { CliIo } from './io'

export type CommandArgs = {
  positionals: string[]
  values: Record<string, string | boolean | (string | boolean)[] | undefined>
  json: boolean
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
