import fs from 'node:fs'
import path from 'node:path'
import type { WaClientOptions, WaMedia, WaMessage, WaSendOptions, WaContactId } from './client'
import { FakeWaClient } from './fake-client'
import { wasLinked } from './session-files'

/**
 * A stand-in WhatsApp for rehearsing all of Herald without a phone, loaded with
 * `HERALD_WHATSAPP_CLIENT=src-main/whatsapp/rehearsal-client.ts` (see client-override.ts). It behaves like
 * a phone at hand: a QR code that is scanned two seconds after it shows (or no QR code with a saved login),
 * every number on WhatsApp except those ending in 0000, each message delivered after half a second and read
 * after two. `HERALD_REHEARSAL=awkward` adds whatsapp-web.js 1.34.7's habits: sends that answer with ack 0,
 * one send in twenty answered with nothing although it went out, and a background sync after ready.
 */
export default class RehearsalClient extends FakeWaClient {
  private readonly awkward = process.env.HERALD_REHEARSAL === 'awkward'
  private sends = 0

  constructor(options?: WaClientOptions) {
    super(options)
    if (this.awkward) this.sendAck = 0
  }

  override async initialize(): Promise<void> {
    await super.initialize()
    const session = this.options ? path.join(this.options.dataPath, `session-${this.options.clientId}`) : null
    // LocalAuth makes the session folder at every start
    if (session) fs.mkdirSync(session, { recursive: true })
    const account = { name: 'Rehearsal Shop', phone: '+447700900001' }
    const later = (ms: number, then: () => void): void => void setTimeout(then, ms).unref()
    if (session && wasLinked(session)) {
      later(300, () => this.finishSync(account))
    } else {
      later(300, () => this.showQr('2@herald-rehearsal-qr-code,not-a-real-login'))
      later(2300, () => this.finishSync(account))
    }
    if (this.awkward) later(3000, () => this.loading(99))
  }

  override getNumberId(number: string): Promise<WaContactId | null> {
    const digits = number.replace(/\D/g, '')
    if (!digits.endsWith('0000')) this.register(digits)
    return super.getNumberId(number)
  }

  override async sendMessage(
    chatId: string,
    content: string | WaMedia,
    options?: WaSendOptions,
  ): Promise<WaMessage | undefined> {
    this.sends += 1
    if (this.awkward && this.sends % 20 === 3) this.emptySends = 1
    const answer = await super.sendMessage(chatId, content, options)
    const sent = this.sent.at(-1)?.message
    if (sent) {
      const ack = (level: 2 | 3, ms: number): void =>
        void setTimeout(() => {
          if (this.browserRunning) this.ack(sent.id._serialized, level)
        }, ms).unref()
      ack(2, 500)
      ack(3, 2000)
    }
    return answer
  }
}
