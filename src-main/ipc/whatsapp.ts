import { notConnected } from '../../src-shared/domain/whatsapp'
import type { AppContext } from '../context'
import { AppError } from '../errors'
import type { Handlers } from './dispatch'

type WhatsAppChannels = 'whatsapp:get-state' | 'whatsapp:connect' | 'whatsapp:cancel' | 'whatsapp:logout'

const notYet = (): never => {
  throw new AppError('UNAVAILABLE', 'Connecting WhatsApp is not available yet.')
}

/** No WhatsApp client exists yet in this version: the state is honestly "not connected". */
export function whatsappHandlers(_ctx: AppContext): Pick<Handlers, WhatsAppChannels> {
  return {
    'whatsapp:get-state': () => notConnected,
    'whatsapp:connect': notYet,
    'whatsapp:cancel': notYet,
    'whatsapp:logout': notYet,
  }
}
