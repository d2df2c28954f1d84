import type { AppContext } from '../context'
import type { Handlers } from './dispatch'

type WhatsAppChannels =
  | 'whatsapp:get-state'
  | 'whatsapp:connect'
  | 'whatsapp:cancel'
  | 'whatsapp:logout'
  | 'whatsapp:send-test'
  | 'whatsapp:test-status'

/** The Connect screen's requests; progress after a connect arrives as 'whatsapp:state' events. */
export function whatsappHandlers(ctx: AppContext): Pick<Handlers, WhatsAppChannels> {
  return {
    'whatsapp:get-state': () => ctx.whatsapp.state(),
    'whatsapp:connect': (input) => ctx.whatsapp.connect({ clearCache: input.clearCache ?? false }),
    'whatsapp:cancel': () => ctx.whatsapp.cancel(),
    'whatsapp:logout': () => ctx.whatsapp.logout(),
    'whatsapp:send-test': (input) => ctx.linkTest.run({ to: input.to }),
    'whatsapp:test-status': () => ctx.linkTest.status(),
  }
}
