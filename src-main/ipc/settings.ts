import type { AppContext } from '../context'
import type { Handlers } from './dispatch'
import { AppError } from '../errors'
import { browserPathFromWindow, installedBrowsers } from '../whatsapp/browser'

export function settingsHandlers(
  ctx: AppContext,
): Pick<Handlers, 'settings:get' | 'settings:update' | 'settings:reset'> {
  return {
    'settings:get': () => ctx.settings.get(),
    'settings:update': ({ values }) => {
      const wanted = values['whatsapp.browserPath']
      if (wanted !== undefined) {
        const current = ctx.settings.get()['whatsapp.browserPath']
        const refused = browserPathFromWindow(wanted, current, installedBrowsers())
        if (refused) throw new AppError('BAD_INPUT', refused, { 'whatsapp.browserPath': refused })
      }
      return ctx.settings.update(values)
    },
    'settings:reset': ({ keys }) => ctx.settings.reset(keys),
  }
}
