import type { RetryScope } from '../../../src-shared/domain/history'
import type { CommandArgs } from '../command'
import type { CliIo } from '../io'
import { UsageError } from '../io'
import type { CampaignCtx } from './campaign-shared'

function scopeOf(values: CommandArgs['values'], usage: string): RetryScope {
  const chosen = (['failed', 'unsent', 'all'] as const).filter((flag) => values[flag] === true)
  if (chosen.length !== 1) throw new UsageError('Choose one of --failed, --unsent or --all.', usage)
  return chosen[0] === 'all' ? 'failed-and-unsent' : (chosen[0] ?? 'failed')
}

/**
 * `herald campaign retry ID --failed|--unsent|--all [--name NAME]`: a new campaign, not started, to the
 * contacts whose message did not go (the same rules as History's "Retry failed / unsent").
 */
export async function retryCampaign(
  ctx: CampaignCtx,
  id: number,
  { values, json }: CommandArgs,
  io: CliIo,
  usage: string,
): Promise<number> {
  const include = scopeOf(values, usage)
  const name = typeof values.name === 'string' ? values.name : undefined
  const result = await ctx.history.retry({ campaignId: id, include, ...(name ? { name } : {}) })
  if (json) {
    io.out(
      JSON.stringify({
        id: result.campaign.id,
        contacts: result.contacts,
        skippedOptedOut: result.skippedOptedOut,
      }),
    )
    return 0
  }
  const left = result.skippedOptedOut > 0 ? `; ${result.skippedOptedOut} opted out since, left out` : ''
  io.out(
    `Created campaign ${result.campaign.id} "${result.campaign.name}" to ${result.contacts} contact(s)${left}.`,
  )
  io.out(`Send it with: herald campaign run ${result.campaign.id}`)
  return 0
}
