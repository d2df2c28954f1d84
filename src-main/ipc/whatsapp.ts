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

type AccountChannels =
  | 'accounts:list'
  | 'accounts:add'
  | 'accounts:rename'
  | 'accounts:remove'
  | 'accounts:connect'
  | 'accounts:disconnect'
  | 'accounts:logout'
  | 'accounts:send-test'
  | 'accounts:set-established'

/** The Connect screen's list of sending numbers; each one's progress arrives as 'accounts:state'. */
export function accountHandlers(ctx: AppContext): Pick<Handlers, AccountChannels> {
  const { accounts } = ctx
  return {
    'accounts:list': () => accounts.list(),
    'accounts:add': (input) => accounts.add(input.name),
    'accounts:rename': (input) => accounts.rename(input.accountId, input.name),
    'accounts:remove': async (input) => {
      await accounts.remove(input.accountId)
      return null
    },
    'accounts:connect': (input) =>
      accounts.connect(input.accountId, { clearCache: input.clearCache ?? false }),
    'accounts:disconnect': (input) => accounts.disconnect(input.accountId),
    'accounts:logout': (input) => accounts.logout(input.accountId),
    'accounts:send-test': (input) => accounts.sendTest(input.accountId, input.to),
    'accounts:set-established': (input) => accounts.setEstablished(input.accountId, input.established),
  }
}
