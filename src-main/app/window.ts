import path from 'node:path'
import { BrowserWindow, dialog } from 'electron'
import type { WebPreferences } from 'electron'
import type { Locale } from '../../src-shared/i18n/locales'
import { phrase } from '../../src-shared/i18n/phrase'
import { sayIn } from '../../src-shared/i18n/wording'
import type { Logger } from '../logging/logger'
import { entryUrl, isLoopbackDevServer } from './security'
import type { AppEntry } from './security'

export type EntryOptions = {
  /** ELECTRON_RENDERER_URL, set by `electron-vite dev`. */
  devServerUrl: string | undefined
  isPackaged: boolean
  /** The folder of the built main script (out/main). */
  mainDir: string
}

// The dev server only for an unpackaged run and only on this machine, so that an environment variable can
// never point an installed Herald, and its IPC API, at a page from elsewhere.
export function resolveAppEntry(options: EntryOptions): AppEntry {
  const { devServerUrl, isPackaged, mainDir } = options
  if (!isPackaged && devServerUrl && isLoopbackDevServer(devServerUrl))
    return { kind: 'dev', url: devServerUrl }
  return { kind: 'app', dir: path.join(mainDir, '../renderer') }
}

export type WindowOptions = {
  entry: AppEntry
  /** The folder of the built main script (out/main); the preload sits next to it in out/preload. */
  mainDir: string
  log: Pick<Logger, 'error'>
  /** The route to open on ("/inbox/12"), rather than the app's start. */
  hash?: string
  /** The language the window speaks, for the dialogs Herald shows over it; English when left out. */
  language?: () => Locale
}

export function preloadPath(mainDir: string): string {
  return path.join(mainDir, '../preload/index.js')
}

/** Every Herald window's locked-down preferences: sandboxed, isolated, no Node, no webview. */
export function hardenedWebPreferences(mainDir: string): WebPreferences {
  return {
    preload: preloadPath(mainDir),
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: true,
  }
}

export function createMainWindow(options: WindowOptions): BrowserWindow {
  const { entry, mainDir, log } = options
  const window = new BrowserWindow({
    width: 1200,
    height: 800,
    minWidth: 960,
    minHeight: 600,
    title: 'Herald',
    icon: path.join(mainDir, '../../resources/icon.png'),
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: hardenedWebPreferences(mainDir),
  })
  window.once('ready-to-show', () => window.show())
  window.webContents.on('will-prevent-unload', (event) => {
    if (askToLeave(window, options.language?.() ?? 'en')) event.preventDefault()
  })
  const loading = window.loadURL(entryUrl(entry, options.hash))
  loading.catch((error: unknown) => {
    log.error('The Herald window could not load its page', error)
    // A window that never shows would leave an invisible Herald holding the single-instance lock.
    if (!window.isDestroyed()) window.show()
  })
  return window
}

/**
 * The page holds back a close or reload while it has unsaved work (its beforeunload). Electron would then
 * silently keep the window open, so Herald asks; true lets the window go.
 */
const leaveWords = {
  leave: phrase('system.shell.leave.leave'),
  stay: phrase('system.shell.leave.stay'),
  title: phrase('system.shell.leave.title'),
  message: phrase('system.shell.leave.message'),
  detail: phrase('system.shell.leave.detail'),
}

function askToLeave(window: BrowserWindow, locale: Locale): boolean {
  const say = (word: keyof typeof leaveWords): string => sayIn(locale, leaveWords[word])
  const choice = dialog.showMessageBoxSync(window, {
    type: 'question',
    buttons: [say('leave'), say('stay')],
    defaultId: 1,
    cancelId: 1,
    title: say('title'),
    message: say('message'),
    detail: say('detail'),
  })
  return choice === 0
}
