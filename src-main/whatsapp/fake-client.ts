import { EventEmitter } from 'node:events'
import path from 'node:path'
import type {
  WaAck,
  WaChat,
  WaClient,
  WaClientFactory,
  WaClientInfo,
  WaClientOptions,
  WaContactId,
  WaEventName,
  WaEvents,
  WaMedia,
  WaMessage,
  WaSendOptions,
  WaState,
} from './client'
import { FakeBrowser } from './fake-browser'

/** A message the fake "sent", with what the test may want to check about it. */
export type FakeSent = {
  chatId: string
  content: string | WaMedia
  options: WaSendOptions | undefined
  message: WaMessage
  /** WhatsApp Web's state when sendMessage was called: nothing should go out unless CONNECTED. */
  stateAtSend: WaState | null
}

/** The fake last made for each login folder (WaClientOptions.dataPath), while it is still in use. */
const madeFor = new Map<string, WeakRef<FakeWaClient>>()

/**
 * The fake client last made for a number's login folder (SessionFiles.root): for a test that holds only the
 * app context, to play the phone and WhatsApp's side behind one of its numbers.
 */
export function fakeMadeFor(dataPath: string): FakeWaClient | undefined {
  return madeFor.get(path.resolve(dataPath))?.deref()
}

const digitsOf = (text: string): string => text.replace(/@.*$/, '').replace(/\D/g, '')
const chatIdOf = (digits: string): string => `${digits}@c.us`

/**
 * whatsapp-web.js's Client as the tests drive it: the same methods and events, with the network replaced
 * by calls such as `showQr`, `scan`, `becomeReady`, `disconnect`, `ack` and `receive`.
 */
export class FakeWaClient extends EventEmitter implements WaClient {
  // ——— Connection: what the client is, driven by the test ———
  info: WaClientInfo | undefined = undefined
  pupBrowser: FakeBrowser | null = null
  state: WaState | null = null
  initializeCalls = 0
  destroyCalls = 0
  logoutCalls = 0
  /** Set before connect() to make initialize() reject (as it does offline) or never settle. */
  initializeOutcome: 'resolve' | 'hang' | Error = 'resolve'
  /** Make destroy() never settle, as it sometimes does with a wedged browser. */
  destroyHangs = false
  private rejectInitialize: ((error: Error) => void) | null = null

  constructor(readonly options?: WaClientOptions) {
    super()
    if (options) madeFor.set(path.resolve(options.dataPath), new WeakRef(this))
  }

  override on<E extends WaEventName>(event: E, listener: (...args: WaEvents[E]) => void): this {
    return super.on(event, listener as (...args: unknown[]) => void)
  }

  override off<E extends WaEventName>(event: E, listener: (...args: WaEvents[E]) => void): this {
    return super.off(event, listener as (...args: unknown[]) => void)
  }

  private fire<E extends WaEventName>(event: E, ...args: WaEvents[E]): void {
    this.emit(event, ...args)
  }

  /** Whether a browser launched by this client is still running. */
  get browserRunning(): boolean {
    return this.pupBrowser?.running ?? false
  }

  initialize(): Promise<void> {
    this.initializeCalls += 1
    this.pupBrowser = new FakeBrowser()
    this.state = 'OPENING'
    const outcome = this.initializeOutcome
    if (outcome instanceof Error) return Promise.reject(outcome)
    if (outcome === 'hang') {
      return new Promise((_resolve, reject) => {
        this.rejectInitialize = reject
      })
    }
    return Promise.resolve()
  }

  /** Rejects a hanging initialize() now, or the next one. */
  failInitialize(error: Error): void {
    if (this.rejectInitialize) {
      this.rejectInitialize(error)
      this.rejectInitialize = null
    } else {
      this.initializeOutcome = error
    }
  }

  destroy(): Promise<void> {
    this.destroyCalls += 1
    if (this.destroyHangs) return new Promise<void>(() => undefined)
    if (this.pupBrowser) this.pupBrowser.running = false
    // A destroyed client's initialize() fails the way puppeteer's does when its page goes away.
    this.rejectInitialize?.(new Error('Protocol error: Connection closed.'))
    this.rejectInitialize = null
    return Promise.resolve()
  }

  logout(): Promise<void> {
    this.logoutCalls += 1
    if (this.pupBrowser) this.pupBrowser.running = false
    this.state = null
    this.info = undefined
    return Promise.resolve()
  }

  getState(): Promise<WaState | null> {
    return Promise.resolve(this.state)
  }

  getWWebVersion(): Promise<string> {
    return Promise.resolve('2.3000.1031980585')
  }

  showQr(qr: string): void {
    this.state = 'UNPAIRED'
    this.fire('qr', qr)
  }

  /** The phone scanned the QR code (or a saved session was accepted). */
  scan(): void {
    this.fire('authenticated', undefined)
  }

  /**
   * The phone scanned the code, as 1.34.7 shows it: WhatsApp Web's state moves on, but no event fires until
   * the first sync is over (finishSync).
   */
  scanSilently(): void {
    this.state = 'OPENING'
  }

  /** The first sync is over: 1.34.7 fires `authenticated`, then `ready`. */
  finishSync(account: { name: string; phone: string }): void {
    this.fire('authenticated', undefined)
    this.becomeReady(account)
  }

  loading(percent: number): void {
    this.fire('loading_screen', percent, 'WhatsApp')
  }

  /** `lid`: 1.34.7 gives the account's private id as `info.wid` when WhatsApp Web does not know its number. */
  becomeReady(account: { name: string; phone: string; lid?: string }): void {
    const user = digitsOf(account.phone)
    this.registered.add(user) // the account itself is on WhatsApp ("Message yourself")
    const wid = account.lid
      ? { server: 'lid', user: account.lid, _serialized: `${account.lid}@lid` }
      : { server: 'c.us', user, _serialized: chatIdOf(user) }
    this.info = { pushname: account.name, wid }
    this.state = 'CONNECTED'
    this.fire('ready')
  }

  changeState(state: WaState): void {
    this.state = state
    this.fire('change_state', state)
  }

  /**
   * `reason` is a WaState or 'LOGOUT', as whatsapp-web.js 1.34.7 reports it (an older 'NAVIGATION' is kept
   * for tests of a crashed page). After a WaState, 1.34.7 destroys its own client: the browser closes.
   */
  disconnect(reason: string): void {
    this.state = null
    this.fire('disconnected', reason)
    if (reason !== 'LOGOUT' && reason !== 'NAVIGATION' && this.pupBrowser) this.pupBrowser.running = false
  }

  failAuth(message = 'Unable to restore session'): void {
    this.fire('auth_failure', message)
  }

  // ——— Messaging: numbers, chats, sends, acks and incoming messages ———
  /** Digits of the numbers that are on WhatsApp; everything else is not. */
  readonly registered = new Set<string>()
  readonly chats = new Map<string, WaMessage[]>()
  readonly sent: FakeSent[] = []
  readonly typing: { chatId: string; state: 'typing' | 'cleared' }[] = []
  /** Errors the next sendMessage calls throw, one each, in order. */
  readonly sendErrors: Error[] = []
  /** When set, getNumberId throws it. */
  numberIdError: Error | null = null
  /** When set, fetchMessages throws it. */
  fetchError: Error | null = null
  private sequence = 0

  register(...phones: string[]): void {
    for (const phone of phones) this.registered.add(digitsOf(phone))
  }

  getNumberId(number: string): Promise<WaContactId | null> {
    if (this.numberIdError) return Promise.reject(this.numberIdError)
    const user = digitsOf(number)
    if (!this.registered.has(user) || this.numberIdNullOnce.delete(user)) return Promise.resolve(null)
    return Promise.resolve({ server: 'c.us', user, _serialized: chatIdOf(user) })
  }

  getChatById(chatId: string): Promise<WaChat> {
    return Promise.resolve({
      id: { _serialized: chatId },
      sendStateTyping: () => {
        this.typing.push({ chatId, state: 'typing' })
        return Promise.resolve()
      },
      clearState: () => {
        this.typing.push({ chatId, state: 'cleared' })
        return Promise.resolve(true)
      },
      fetchMessages: (options) => this.fetchMessages(chatId, options),
    })
  }

  private fetchMessages(chatId: string, options: { limit?: number; fromMe?: boolean }): Promise<WaMessage[]> {
    if (this.fetchError) return Promise.reject(this.fetchError)
    let messages = this.chats.get(chatId) ?? []
    if (options.fromMe !== undefined) messages = messages.filter((m) => m.fromMe === options.fromMe)
    const limit = options.limit ?? 50
    return Promise.resolve(messages.slice(-limit))
  }

  /** Puts a message into a chat as if it had been sent earlier (for reconciliation). */
  seedMessage(chatId: string, message: Partial<WaMessage> & { body: string }): WaMessage {
    const full = this.makeMessage(chatId, message.body, message.fromMe ?? true, message)
    this.chatOf(chatId).push(full)
    return full
  }

  sendMessage(
    chatId: string,
    content: string | WaMedia,
    options?: WaSendOptions,
  ): Promise<WaMessage | undefined> {
    this.sendCalls += 1
    if (this.sendHangs) return new Promise<WaMessage>(() => undefined)
    if (this.pupBrowser && !this.pupBrowser.running) {
      return Promise.reject(new Error('Protocol error (Runtime.callFunctionOn): Session closed.'))
    }
    const failure = this.sendErrors.shift()
    if (failure) return Promise.reject(failure)
    if (this.noLidYet.has(digitsOf(chatId)) && chatId.endsWith('@c.us') && !this.chats.has(chatId)) {
      return Promise.reject(new Error('Evaluation failed: Error: No LID for user'))
    }
    if (this.lateSends > 0) {
      this.lateSends -= 1
      // Still running in the page after the caller's time limit: it goes out, and answers, late
      return this.wait(this.lateByMs).then(() => this.deliverSend(chatId, content, options))
    }
    return Promise.resolve(this.deliverSend(chatId, content, options))
  }

  private deliverSend(
    chatId: string,
    content: string | WaMedia,
    options?: WaSendOptions,
  ): WaMessage | undefined {
    const body = typeof content === 'string' ? content : (options?.caption ?? '')
    const empty = this.emptySends > 0
    if (empty) this.emptySends -= 1
    // An empty answer is 1.34.7 missing a message WhatsApp filed under the contact's "@lid" chat
    const filedUnder = (empty && this.lidOfChat(chatId)) || chatId
    const hasMedia = typeof content !== 'string'
    // Waiting for the server's answer, as 1.34.7 does with waitUntilMsgSent, means the server took it
    const ack: WaAck = options?.waitUntilMsgSent ? (Math.max(1, this.sendAck) as WaAck) : this.sendAck
    const message = this.makeMessage(filedUnder, body, true, { ack, hasMedia })
    this.chatOf(filedUnder).push(message)
    this.sent.push({ chatId, content, options, message, stateAtSend: this.state })
    return empty ? undefined : message
  }

  /** The network reports progress on a sent message: 2 delivered, 3 read. */
  ack(messageId: string, ack: WaAck): void {
    for (const messages of this.chats.values()) {
      const message = messages.find((m) => m.id._serialized === messageId)
      if (!message) continue
      message.ack = ack
      this.fire('message_ack', message, ack)
      return
    }
    throw new Error(`FakeWaClient: no message ${messageId}`)
  }

  /**
   * A contact writes to us. `from` is a phone number or a chat id. A photo, voice message or file comes with
   * its `type` ('image', 'ptt'…) and `media`, which the message's downloadMedia() hands out while WhatsApp
   * keeps it; `body` is then its caption, as whatsapp-web.js has it.
   */
  receive(incoming: {
    from: string
    body: string
    timestamp?: number
    type?: string
    media?: WaMedia
    location?: WaMessage['location']
    vCards?: string[]
  }): WaMessage {
    const { from, body, timestamp, media, ...rest } = incoming
    const chatId = from.includes('@') ? from : chatIdOf(digitsOf(from))
    const when = timestamp === undefined ? {} : { timestamp }
    const message = this.makeMessage(chatId, body, false, { ...when, ...rest, hasMedia: media !== undefined })
    if (media) {
      const id = message.id._serialized
      message.downloadMedia = () =>
        Promise.resolve(
          this.expiredMedia.has(id) ? undefined : { ...media, filename: media.filename ?? null },
        )
    }
    this.chatOf(chatId).push(message)
    this.fire('message', message)
    return message
  }

  /** Ids of received messages whose media WhatsApp no longer has (downloadMedia answers undefined). */
  readonly expiredMedia = new Set<string>()
  /** Ids of messages WhatsApp no longer finds at all (getMessageById answers null). */
  readonly forgotten = new Set<string>()
  /** When set, getMessageById throws it. */
  messageByIdError: Error | null = null

  getMessageById(messageId: string): Promise<WaMessage | null> {
    if (this.messageByIdError) return Promise.reject(this.messageByIdError)
    if (this.forgotten.has(messageId)) return Promise.resolve(null)
    for (const messages of this.chats.values()) {
      const found = messages.find((m) => m.id._serialized === messageId)
      if (found) return Promise.resolve(found)
    }
    return Promise.resolve(null)
  }

  // ——— Transport additions (WhatsApp transport helper): clock, call count, hangs, "@lid" senders ———
  /** The clock that stamps messages (seconds, as WhatsApp does): tests on a simulated clock set it. */
  now: () => number = () => Date.now()
  /** Every sendMessage call, including those that failed or hang. */
  sendCalls = 0
  /** Makes sendMessage never settle, as it can with a frozen WhatsApp Web page. */
  sendHangs = false
  /** Private "@lid" ids of contacts and the chat id of their number, for getContactLidAndPhone. */
  readonly lids = new Map<string, string>()

  /** As 1.34.7: from a lid or a number, both; an unknown id gives an entry with undefined fields. */
  getContactLidAndPhone(ids: string[]): Promise<{ lid?: string; pn?: string }[]> {
    return Promise.resolve(
      ids.map((id) => {
        const pn = this.lids.get(id)
        if (pn) return { lid: id, pn }
        const lid = this.lidOfChat(id)
        return lid ? { lid, pn: id } : { lid: undefined, pn: undefined }
      }),
    )
  }

  private lidOfChat(chatId: string): string | undefined {
    for (const [lid, pn] of this.lids) if (pn === chatId) return lid
    return undefined
  }

  // ——— Where the real 1.34.7 is ruder (each off by default; a test switches on the ones it means) ———
  /** The ack sendMessage answers with: the real library's is 0, the message still on the phone's side. */
  sendAck: WaAck = 1
  /** The next this-many sends go out but answer undefined, filed under the contact's "@lid" chat if known. */
  emptySends = 0
  /** Digits of numbers on WhatsApp whose next getNumberId answers null all the same. */
  readonly numberIdNullOnce = new Set<string>()
  /** The next this-many sends run on in the page and go out, and answer, `lateByMs` later (a slow page). */
  lateSends = 0
  lateByMs = 90_000
  /**
   * Digits of numbers never messaged: 1.34.7 cannot create their chat from the number ("No LID for user");
   * a send to their "@lid" id (when `lids` has one) goes through.
   */
  readonly noLidYet = new Set<string>()
  /** How the fake waits (late sends): tests on a simulated clock pass its sleep. */
  wait: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

  private chatOf(chatId: string): WaMessage[] {
    let messages = this.chats.get(chatId)
    if (!messages) {
      messages = []
      this.chats.set(chatId, messages)
    }
    return messages
  }

  private makeMessage(chatId: string, body: string, fromMe: boolean, extra: Partial<WaMessage>): WaMessage {
    this.sequence += 1
    const me = this.info?.wid._serialized ?? 'me@c.us'
    const id = extra.id?._serialized ?? `${fromMe}_${chatId}_FAKE${String(this.sequence).padStart(6, '0')}`
    return {
      ack: fromMe ? 1 : 0,
      timestamp: Math.floor(this.now() / 1000),
      from: fromMe ? me : chatId,
      to: fromMe ? chatId : me,
      hasMedia: false,
      ...extra,
      id: { _serialized: id, fromMe, remote: chatId, id: id.slice(id.lastIndexOf('_') + 1) },
      fromMe,
      body,
    }
  }
}

/**
 * A factory for WhatsAppConnection that hands out fakes: `created` lists every client it built, and
 * `setup` prepares each one before Herald sees it (registered numbers, an initialize that fails…).
 */
export function fakeClientFactory(setup?: (fake: FakeWaClient) => void): {
  factory: WaClientFactory
  created: FakeWaClient[]
  last(): FakeWaClient
} {
  const created: FakeWaClient[] = []
  return {
    created,
    factory: (options) => {
      const fake = new FakeWaClient(options)
      setup?.(fake)
      created.push(fake)
      return Promise.resolve(fake)
    },
    last: () => {
      const fake = created.at(-1)
      if (!fake) throw new Error('No WhatsApp client was created')
      return fake
    },
  }
}
