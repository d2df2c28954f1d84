/**
 * The part of whatsapp-web.js's `Client` that Herald uses, as a small type of our own: the connection,
 * the transport and the fake client (fake-client.ts) are written against it, so the tests drive exactly
 * the surface the real client offers.
 */

import fs from 'node:fs'

/** `client.info.wid` and `getNumberId()`'s answer: `user` is the number, `_serialized` the chat id. */
export type WaContactId = { server: string; user: string; _serialized: string }

export type WaClientInfo = { wid: WaContactId; pushname: string }

/**
 * The account's own number (+447911123456), or '' when WhatsApp Web only gave its private "@lid" id, as
 * 1.34.7 does when it does not know the number: a lid is not a phone number and is never shown as one.
 */
export const accountPhone = (wid: WaContactId): string =>
  wid.user && wid.server !== 'lid' && !wid._serialized.endsWith('@lid') ? `+${wid.user}` : ''

/** -1 error, 0 pending, 1 server, 2 device (delivered), 3 read, 4 played. */
export type WaAck = -1 | 0 | 1 | 2 | 3 | 4

export type WaMessage = {
  id: { _serialized: string; fromMe?: boolean; remote?: string; id?: string }
  ack: WaAck
  /** Seconds since the epoch, as WhatsApp reports it. */
  timestamp: number
  fromMe: boolean
  body: string
  from: string
  to: string
  hasMedia?: boolean
  /**
   * whatsapp-web.js's MessageTypes: 'chat' (text), 'image', 'video', 'ptt' (a voice message), 'audio',
   * 'document', 'sticker', 'location', 'vcard', 'multi_vcard', and notices such as 'e2e_notification'.
   * For a photo, video or file `body` is its caption; for a location it is not the contact's words.
   */
  type?: string
  /** A shared place ('location'): where, and the name or address the contact gave it. */
  location?: { latitude: number | string; longitude: number | string; description?: string }
  /** The contact cards of a 'vcard' or 'multi_vcard' message. */
  vCards?: string[]
  /** The photo, voice message or file; undefined once WhatsApp no longer has it. */
  downloadMedia?(): Promise<WaMedia | undefined>
}

/** `new MessageMedia(mimetype, base64, filename)`; built by the transport from whatsapp-web.js itself. */
export type WaMedia = { mimetype: string; data: string; filename?: string | null }

export type WaSendOptions = {
  media?: WaMedia
  caption?: string
  sendMediaAsDocument?: boolean
  linkPreview?: boolean
  sendSeen?: boolean
  /** Answer only once WhatsApp's server took the message (ack 1), not when it is queued on the page. */
  waitUntilMsgSent?: boolean
}

export type WaChat = {
  id: { _serialized: string }
  sendStateTyping(): Promise<void>
  clearState(): Promise<boolean>
  /** Sorted from earliest to latest; `fromMe` filters outgoing messages. */
  fetchMessages(options: { limit?: number; fromMe?: boolean }): Promise<WaMessage[]>
}

/** WhatsApp Web's own connection states (`change_state`, `getState()`, and most `disconnected` reasons). */
export type WaState =
  | 'CONFLICT'
  | 'CONNECTED'
  | 'DEPRECATED_VERSION'
  | 'OPENING'
  | 'PAIRING'
  | 'PROXYBLOCK'
  | 'SMB_TOS_BLOCK'
  | 'TIMEOUT'
  | 'TOS_BLOCK'
  | 'UNLAUNCHED'
  | 'UNPAIRED'
  | 'UNPAIRED_IDLE'

/** The events Herald listens to, with the arguments whatsapp-web.js passes. */
export type WaEvents = {
  qr: [qr: string]
  loading_screen: [percent: number, message: string]
  authenticated: [session?: unknown]
  auth_failure: [message: string]
  ready: []
  change_state: [state: WaState]
  /** A WaState, 'NAVIGATION', 'LOGOUT' or 'Max qrcode retries reached'. */
  disconnected: [reason: string]
  message: [message: WaMessage]
  message_ack: [message: WaMessage, ack: WaAck]
}
export type WaEventName = keyof WaEvents

/** The puppeteer browser behind the client, for the last resort of killing it when `destroy()` hangs. */
export type WaBrowser = {
  process(): { pid?: number; kill(signal?: NodeJS.Signals): boolean } | null
  isConnected?(): boolean
  /** puppeteer's Browser emits 'disconnected' when the browser closes or crashes. */
  on?(event: 'disconnected', listener: () => void): unknown
}

export type WaClient = {
  initialize(): Promise<void>
  destroy(): Promise<void>
  logout(): Promise<void>
  getState(): Promise<WaState | null>
  /** Set once `ready` fired. */
  info: WaClientInfo | undefined
  /** null when the number is not on WhatsApp. */
  getNumberId(number: string): Promise<WaContactId | null>
  getChatById(chatId: string): Promise<WaChat>
  /** A message by its serialized id ("false_447911123456@c.us_3EB0…"); null when WhatsApp no longer has it. */
  getMessageById?(messageId: string): Promise<WaMessage | null>
  /**
   * Resolves undefined, although the message went out, when 1.34.7 cannot find the new message under the
   * chat id it was given (WhatsApp filed it under the contact's private "@lid" chat).
   */
  sendMessage(
    chatId: string,
    content: string | WaMedia,
    options?: WaSendOptions,
  ): Promise<WaMessage | undefined>
  /**
   * A contact's private "@lid" id and number ("…@c.us") from either; for an id WhatsApp does not know, an
   * entry whose fields are undefined.
   */
  getContactLidAndPhone?(ids: string[]): Promise<{ lid?: string; pn?: string }[]>
  /** The version of WhatsApp Web loaded in the page ("2.3000.1031234567"). */
  getWWebVersion?(): Promise<string>
  on<E extends WaEventName>(event: E, listener: (...args: WaEvents[E]) => void): unknown
  off<E extends WaEventName>(event: E, listener: (...args: WaEvents[E]) => void): unknown
  pupBrowser?: WaBrowser | null
}

/** How WhatsApp Web's own files are found: see Settings → WhatsApp. */
export type WaWebVersionCache = { type: 'local'; path: string } | { type: 'none' }

export type WaClientOptions = {
  /** LocalAuth's clientId: letters, digits, '-' and '_' only. */
  clientId: string
  /** LocalAuth's dataPath: the session lives in `<dataPath>/session-<clientId>`. */
  dataPath: string
  executablePath: string
  webVersionCache: WaWebVersionCache
  /** The copy of WhatsApp Web to load from the local cache (SessionFiles.cachedWebVersion). */
  webVersion?: string
}

export type WaClientFactory = (options: WaClientOptions) => Promise<WaClient>

/** Chromium flags for a headless browser that nobody sees and that must not linger. */
export const browserArgs = [
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-extensions',
  '--disable-dev-shm-usage',
  '--disable-gpu',
]

/** What decides whether Chromium's sandbox can work here. */
export type SandboxFacts = { platform: NodeJS.Platform; uid: number | null; inContainer: boolean }

export function sandboxFacts(): SandboxFacts {
  const inContainer =
    fs.existsSync('/.dockerenv') ||
    fs.existsSync('/run/.containerenv') ||
    (() => {
      try {
        return /docker|kubepods|containerd|lxc/.test(fs.readFileSync('/proc/1/cgroup', 'utf8'))
      } catch {
        return false
      }
    })()
  return { platform: process.platform, uid: process.getuid?.() ?? null, inContainer }
}

/**
 * Chromium's sandbox stays on wherever it can work. Only on Linux as root or inside a container, where it
 * cannot start, is it turned off — and the reason is returned for the log.
 */
export function sandboxArgs(facts: SandboxFacts): { args: string[]; reason: string | null } {
  if (facts.platform !== 'linux') return { args: [], reason: null }
  const reason =
    facts.uid === 0 ? 'Herald runs as root' : facts.inContainer ? 'Herald runs in a container' : null
  return reason ? { args: ['--no-sandbox', '--disable-setuid-sandbox'], reason } : { args: [], reason: null }
}

/**
 * The real client. whatsapp-web.js (and puppeteer with it) is loaded only when a connection starts, so
 * that the app and every other CLI command start quickly.
 */
export const createWaClient: WaClientFactory = async (options) => {
  const { default: wwebjs } = await import('whatsapp-web.js')
  const client = new wwebjs.Client({
    authStrategy: new wwebjs.LocalAuth({ clientId: options.clientId, dataPath: options.dataPath }),
    puppeteer: {
      executablePath: options.executablePath,
      headless: true,
      args: [...browserArgs, ...sandboxArgs(sandboxFacts()).args],
      // DevTools over a pipe, not a port: no other account on this computer can reach the logged-in page
      pipe: true,
      // puppeteer's own handlers exit on Ctrl+C before Herald can pause a campaign; shutdown.ts's
      // guardSignals closes the browser instead when nothing else does.
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
    },
    webVersionCache: options.webVersionCache,
    ...(options.webVersion ? { webVersion: options.webVersion } : {}),
    // A QR code nobody scans is refreshed for ever; the connection's own timers decide when to stop.
    qrMaxRetries: 0,
  })
  return client
}
