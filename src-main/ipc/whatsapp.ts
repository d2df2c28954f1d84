import type { AppContext } from '../context'
import type { Handlers } from './dispatch'

/** No WhatsApp client exists yet in this version: the state is honestly "not connected". */
export function whatsappHandlers(_ctx: AppContext): Pick<Handlers, 'whatsapp:get-state'> {
  return {
    'whatsapp:get-state': () => ({ status: 'not_connected', account: null, detail: null }),
  }
}
