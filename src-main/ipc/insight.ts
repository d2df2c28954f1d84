import type { AppContext } from '../context'
import type { Handlers } from './dispatch'

export type InsightChannels = 'analytics:get' | 'history:messages' | 'history:retry'

/** The dashboard's analytics and a campaign's history: its message log and a retry of what did not go. */
export function insightHandlers(ctx: AppContext): Pick<Handlers, InsightChannels> {
  return {
    'analytics:get': (query) => ctx.analytics.analytics(query),
    'history:messages': (query) => ctx.history.messages(query),
    // The new campaign and list are named in Settings' language, as the window speaks; the CLI's in English
    'history:retry': (input) => ctx.history.retry({ ...input, language: ctx.language() }),
  }
}
