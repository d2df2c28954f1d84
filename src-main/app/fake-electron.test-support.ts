// A hand-written stand-in for the 'electron' module, for Vitest only: the Electron binary cannot run in
// tests, so each fake keeps what the code under test did to it.
// Use: vi.mock('electron', () => import('./fake-electron.test-support')).
import { EventEmitter } from 'node:events'
import { vi } from 'vitest'

type OpenHandler = (details: { url: string }) => { action: 'allow' | 'deny' }
type InvokeListener = (event: unknown, input?: unknown) => unknown

export class FakeWebContents extends EventEmitter {
  destroyed = false
  openHandler: OpenHandler | null = null
  readonly sent: Array<{ channel: string; payload: unknown }> = []

  setWindowOpenHandler(handler: OpenHandler): void {
    this.openHandler = handler
  }

  isDestroyed(): boolean {
    return this.destroyed
  }

  send(channel: string, payload: unknown): void {
    this.sent.push({ channel, payload })
  }

  /** What the page answers to executeJavaScript, in turn; the last answer repeats. */
  scriptAnswers: unknown[] = ['true']
  readonly executeJavaScript = vi.fn((_code: string) =>
    Promise.resolve(this.scriptAnswers.length > 1 ? this.scriptAnswers.shift() : this.scriptAnswers[0]),
  )
  readonly printToPDF = vi.fn((_options: object) => Promise.resolve(Buffer.from('%PDF-1.7 fake')))
}

export type WindowOptions = {
  width?: number
  height?: number
  minWidth?: number
  title?: string
  show?: boolean
  webPreferences?: Record<string, unknown>
}

export class BrowserWindow extends EventEmitter {
  static instances: BrowserWindow[] = []
  static constructorError: Error | null = null
  static loadError: Error | null = null

  readonly webContents = new FakeWebContents()
  readonly options: WindowOptions
  loadedUrl: string | null = null
  loadedFile: string | null = null
  visible = false
  focused = false
  minimized = false
  destroyed = false

  constructor(options: WindowOptions) {
    super()
    const error = BrowserWindow.constructorError
    if (error) throw error
    this.options = options
    BrowserWindow.instances.push(this)
  }

  loadURL(url: string): Promise<void> {
    this.loadedUrl = url
    return BrowserWindow.loadError ? Promise.reject(BrowserWindow.loadError) : Promise.resolve()
  }

  loadedHash: string | null = null

  loadFile(file: string, options?: { hash?: string }): Promise<void> {
    this.loadedFile = file
    this.loadedHash = options?.hash ?? null
    return BrowserWindow.loadError ? Promise.reject(BrowserWindow.loadError) : Promise.resolve()
  }

  show(): void {
    this.visible = true
  }

  focus(): void {
    this.focused = true
  }

  isMinimized(): boolean {
    return this.minimized
  }

  restore(): void {
    this.minimized = false
  }

  isDestroyed(): boolean {
    return this.destroyed
  }

  // What closing does in Electron: destroyed first, then 'closed'.
  destroy(): void {
    this.destroyed = true
    this.webContents.destroyed = true
    this.emit('closed')
  }
}

export type NotificationOptions = { title: string; body?: string; silent?: boolean }

/** Electron's Notification: keeps every one made, whether it was shown, and lets a test click it. */
export class Notification extends EventEmitter {
  static instances: Notification[] = []
  static supported = true
  static isSupported(): boolean {
    return Notification.supported
  }

  shown = false
  closed = false

  constructor(readonly options: NotificationOptions) {
    super()
    Notification.instances.push(this)
  }

  show(): void {
    this.shown = true
  }

  close(): void {
    this.closed = true
    this.emit('close', {})
  }

  /** What the user's click on it does in Electron. */
  click(): void {
    this.emit('click', {})
  }
}

class FakeApp extends EventEmitter {
  isPackaged = false
  hasLock = true
  readonly paths = new Map<string, string>()
  readonly setName = vi.fn()
  readonly quit = vi.fn()
  readonly whenReady = vi.fn(() => Promise.resolve())
  readonly relaunch = vi.fn()
  readonly exit = vi.fn()
  readonly requestSingleInstanceLock = vi.fn(() => this.hasLock)
  readonly setPath = vi.fn((name: string, value: string) => {
    this.paths.set(name, value)
  })

  getPath(name: string): string {
    const value = this.paths.get(name)
    if (value === undefined) throw new Error(`Fake app has no path "${name}"`)
    return value
  }

  getSystemLocale(): string {
    return 'fr-FR'
  }

  /** The languages the dialogs of a Herald following "system" speak; English unless a test says otherwise. */
  preferredLanguages: string[] = ['en-US']

  getPreferredSystemLanguages(): string[] {
    return this.preferredLanguages
  }

  getLocale(): string {
    return this.preferredLanguages[0] ?? 'en-US'
  }
}

class FakeIpcMain {
  readonly handlers = new Map<string, InvokeListener>()
  readonly handle = vi.fn((channel: string, listener: InvokeListener) => {
    // Electron throws on a second handler for one channel; so does the fake.
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`)
    this.handlers.set(channel, listener)
  })
  readonly removeHandler = vi.fn((channel: string) => {
    this.handlers.delete(channel)
  })
}

type RequestHandler = (
  contents: unknown,
  permission: string,
  callback: (granted: boolean) => void,
  details: object,
) => void
type CheckHandler = (contents: unknown, permission: string, origin: string, details: object) => boolean
type HeadersDetails = { url: string; responseHeaders?: Record<string, string[]> }
type HeadersHandler = (details: HeadersDetails, callback: (response: object) => void) => void

type ProtocolHandler = (request: Request) => Promise<Response>

class FakeSession {
  readonly protocolHandlers = new Map<string, ProtocolHandler>()
  readonly protocol = {
    handle: (scheme: string, handler: ProtocolHandler): void => {
      this.protocolHandlers.set(scheme, handler)
    },
  }
  requestHandler: RequestHandler | null = null
  checkHandler: CheckHandler | null = null
  headersHandler: HeadersHandler | null = null
  readonly webRequest = {
    onHeadersReceived: (handler: HeadersHandler): void => {
      this.headersHandler = handler
    },
  }

  setPermissionRequestHandler(handler: RequestHandler): void {
    this.requestHandler = handler
  }

  setPermissionCheckHandler(handler: CheckHandler): void {
    this.checkHandler = handler
  }
}

class FakeIpcRenderer extends EventEmitter {
  readonly invoke = vi.fn((channel: string, input: unknown) =>
    Promise.resolve({ ok: true, value: { channel, input } }),
  )
}

export const app = new FakeApp()
export const ipcMain = new FakeIpcMain()
export const session = { defaultSession: new FakeSession() }
export const protocol = { registerSchemesAsPrivileged: vi.fn((_schemes: unknown[]) => undefined) }
export const shell = {
  openExternal: vi.fn((_url: string) => Promise.resolve()),
  showItemInFolder: vi.fn((_file: string) => undefined),
}
type DialogAnswer = { canceled: boolean; filePath?: string; filePaths: string[] }
export const dialog = {
  showErrorBox: vi.fn((_title: string, _content: string) => undefined),
  /** The index of the button the user pressed; 0 unless a test says otherwise. */
  showMessageBoxSync: vi.fn((..._args: unknown[]): number => 0),
  showSaveDialog: vi.fn((..._args: unknown[]): Promise<DialogAnswer> =>
    Promise.resolve({ canceled: true, filePaths: [] }),
  ),
  showOpenDialog: vi.fn((..._args: unknown[]): Promise<DialogAnswer> =>
    Promise.resolve({ canceled: true, filePaths: [] }),
  ),
}
/** Where a dropped File is on disk: what Electron keeps with a File the user dropped or chose; '' for others. */
export const webUtils = {
  getPathForFile: vi.fn((file: File): string => (file as File & { path?: string }).path ?? ''),
}
export const contextBridge = { exposeInMainWorld: vi.fn((_key: string, _api: unknown) => undefined) }
export const ipcRenderer = new FakeIpcRenderer()

// The module is shared by every test in a file; its state must not be.
export function resetElectronFake(): void {
  vi.clearAllMocks()
  app.removeAllListeners()
  app.isPackaged = false
  app.hasLock = true
  app.preferredLanguages = ['en-US']
  app.paths.clear()
  ipcMain.handlers.clear()
  session.defaultSession = new FakeSession()
  ipcRenderer.removeAllListeners()
  BrowserWindow.instances = []
  BrowserWindow.constructorError = null
  BrowserWindow.loadError = null
  Notification.instances = []
  Notification.supported = true
}
