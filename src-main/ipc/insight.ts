import type { AppContext } from '../context'
import { MessageLogService } from '../history/message-log'
import { RetryService } from '../history/retry'
import type { Handlers } from './dispatch'

export type InsightChannels = 'analytics:get' | 'history:messages' | 'history:retry'

/** The dashboard's analytics and a campaign's history: its message log and a retry of what did not go. */
export function insightHandlers(ctx: AppContext): Pick<Handlers, InsightChannels> {
  const log = new MessageLogService(ctx.db, ctx.campaigns.repo)
  const retry = new RetryService(ctx.db, {
    campaigns: ctx.campaigns,
    templates: ctx.templates,
    lists: ctx.lists,
    optOuts: ctx.optOuts,
    settings: ctx.settings,
    record: (...args) => ctx.record(...args),
  })
  return {
    'analytics:get': (query) => ctx.analytics.analytics(query),
    'history:messages': (query) => log.page(query),
    'history:retry': (input) => retry.retry(input),
  }
}
