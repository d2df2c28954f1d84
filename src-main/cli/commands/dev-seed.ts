import type { AppContext } from '../../context'
import { AppError } from '../../errors'
import type { Command, CommandArgs } from '../command'
import { table, UsageError } from '../io'

const usage = [
  'herald dev seed --campaigns N --messages M [--numbers 1-3] [--seed TEXT] [--json]',
  '    For demos and benchmarks only: fills an EMPTY data folder with synthetic campaign history',
  '    (a contact list, N campaigns over past weeks, M messages with acks, replies, failures by',
  '    category, variants and several countries), sent from one number or --numbers of them.',
  '    Same --seed, same history. Use a separate folder:',
  '    herald --data-dir /tmp/herald-demo dev seed --campaigns 200 --messages 1000000',
].join('\n')

/** What the seed command needs from the opened data folder. */
export type DevSeedCtx = Pick<AppContext, 'history' | 'campaigns' | 'record'>

function count(values: CommandArgs['values'], key: string, max: number): number {
  const value = values[key]
  if (typeof value !== 'string') throw new UsageError(`Give --${key} (a number).`, usage)
  if (!/^[1-9]\d*$/.test(value) || Number(value) > max) {
    throw new UsageError(`--${key} takes a whole number from 1 to ${max.toLocaleString('en')}.`, usage)
  }
  return Number(value)
}

export const devCommand: Command = {
  name: 'dev',
  summary: 'Developer tools: "dev seed" fills a data folder with synthetic history for demos and benchmarks',
  usage,
  options: {
    campaigns: { type: 'string' },
    messages: { type: 'string' },
    numbers: { type: 'string' },
    seed: { type: 'string' },
  },
  run(ctx: DevSeedCtx, { positionals, values, json }, io) {
    const [action, ...rest] = positionals
    if (action !== 'seed')
      throw new UsageError(action ? `Unknown dev action "${action}".` : 'Which action?', usage)
    if (rest.length > 0) throw new UsageError(`Unexpected "${rest[0]}".`, usage)
    const campaigns = count(values, 'campaigns', 10_000)
    const messages = count(values, 'messages', 10_000_000)
    if (campaigns > messages) throw new UsageError('Give at least one message per campaign.', usage)
    const numbers = values.numbers === undefined ? 1 : count(values, 'numbers', 3)
    const existing = ctx.campaigns.list().length
    if (existing > 0) {
      throw new AppError(
        'CONFLICT',
        `This data folder already has ${existing} campaign(s); seed an empty one, e.g. herald --data-dir /tmp/herald-demo dev seed …`,
      )
    }
    const started = Date.now()
    const seed = typeof values.seed === 'string' ? values.seed : undefined
    const result = ctx.history.seedSynthetic({
      campaigns,
      messages,
      now: new Date(),
      numbers,
      ...(seed ? { seed } : {}),
    })
    const seconds = (Date.now() - started) / 1000
    ctx.record(
      'dev_seeded',
      `Seeded ${result.messages} synthetic messages in ${result.campaigns} campaigns`,
      result,
    )
    if (json) io.out(JSON.stringify({ ...result, seconds }))
    else {
      io.out(
        table([
          ['Campaigns', String(result.campaigns)],
          ['Messages', String(result.messages)],
          ['Contacts', String(result.contacts)],
          ['Opt-outs', String(result.optOuts)],
          ['Took', `${seconds.toFixed(1)} s`],
        ]),
      )
    }
    return 0
  },
}
