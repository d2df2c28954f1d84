import type { AppContext } from '../context'
import type { Handlers } from './dispatch'

export function appHandlers(ctx: AppContext): Pick<Handlers, 'app:get-info' | 'app:report-error'> {
  return {
    'app:get-info': () => ctx.info(),
    'app:report-error': ({ message, stack, screen }) => {
      ctx.record('renderer_error', message, { stack, screen }, 'error')
      return null
    },
  }
}
