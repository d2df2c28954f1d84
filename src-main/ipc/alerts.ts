import type { AppContext } from '../context'
import type { Handlers } from './dispatch'

type AlertChannels = 'alerts:list' | 'alerts:save' | 'alerts:delete' | 'alerts:test' | 'alerts:deliveries'

/** The Alerts screen's requests; an alert that fires arrives as 'alerts:notify', log changes as 'alerts:changed'. */
export function alertHandlers(ctx: AppContext): Pick<Handlers, AlertChannels> {
  return {
    'alerts:list': () => ctx.alerts.list(),
    'alerts:save': (input) => ctx.alerts.save(input),
    'alerts:delete': ({ ruleId }) => {
      ctx.alerts.delete(ruleId)
      return null
    },
    'alerts:test': ({ ruleId }) => ctx.alerts.test(ruleId),
    'alerts:deliveries': (input) => ctx.alerts.deliveries(input),
  }
}
