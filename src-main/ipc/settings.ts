import type { AppContext } from '../context'
import type { Handlers } from './dispatch'

export function settingsHandlers(
  ctx: AppContext,
): Pick<Handlers, 'settings:get' | 'settings:update' | 'settings:reset'> {
  return {
    'settings:get': () => ctx.settings.get(),
    'settings:update': ({ values }) => ctx.settings.update(values),
    'settings:reset': ({ keys }) => ctx.settings.reset(keys),
  }
}
