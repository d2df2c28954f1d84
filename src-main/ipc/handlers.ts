import type { AppContext } from '../context'
import { appHandlers } from './app'
import { campaignHandlers } from './campaigns'
import { dataCareHandlers } from './data-care'
import type { Handlers } from './dispatch'
import { importHandlers } from './import'
import { insightHandlers } from './insight'
import { listsHandlers } from './lists'
import { settingsHandlers } from './settings'
import { whatsappHandlers } from './whatsapp'

/** Every request channel's handler; leaving one out fails the type check. */
export function createHandlers(ctx: AppContext): Handlers {
  return {
    ...appHandlers(ctx),
    ...settingsHandlers(ctx),
    ...whatsappHandlers(ctx),
    ...importHandlers(ctx.imports),
    ...listsHandlers(ctx),
    ...campaignHandlers(ctx),
    ...insightHandlers(ctx),
    ...dataCareHandlers(ctx),
  }
}
