import fs from 'node:fs'
import path from 'node:path'
import { app, BrowserWindow, dialog, shell } from 'electron'
import type { FileFilter as DialogFilter, OpenDialogOptions, SaveDialogOptions, WebContents } from 'electron'
import type { Locale } from '../../src-shared/i18n/locales'
import { phrase } from '../../src-shared/i18n/phrase'
import type { Phrase } from '../../src-shared/i18n/phrase'
import { sayIn } from '../../src-shared/i18n/wording'
import type { Desktop, FileFilter } from '../desktop'
import { AppError } from '../errors'
import { entryUrl } from './security'
import type { AppEntry } from './security'
import { hardenedWebPreferences } from './window'

export type ElectronDesktopOptions = {
  entry: AppEntry
  /** The folder of the built main script (out/main). */
  mainDir: string
  /** The dialogs belong to this window, so they stay in front of it. */
  mainWindow: () => BrowserWindow | null
  /** The language of the dialogs' words, read as each opens: Settings' (the window's); English by default. */
  language?: () => Locale
  /** How long the report page may take to load its data before the PDF is given up. */
  readyTimeoutMs?: number
  pollMs?: number
}

// Read in the page: the print route sets data-report-ready to 'true' once its data is drawn, or 'error'.
const readyProbe = "document.querySelector('[data-report-ready]')?.getAttribute('data-report-ready') ?? ''"

const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))

/** What to do when a report could not be prepared: open its campaign again, or the report page. */
type PrintAdvice = 'campaign' | 'report'

async function waitUntilReady(
  contents: WebContents,
  timeoutMs: number,
  pollMs: number,
  advice: PrintAdvice,
): Promise<void> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const state = (await contents.executeJavaScript(readyProbe)) as unknown
    if (state === 'true') return
    if (state === 'error') throw new AppError('UNAVAILABLE', phrase('system.print.failed', { advice }))
    if (Date.now() >= deadline) throw new AppError('UNAVAILABLE', phrase('system.print.tooSlow'))
    await pause(pollMs)
  }
}

/** Loads a print route of the renderer in a hidden window as locked down as the main one, and prints it. */
async function printRoute(
  options: ElectronDesktopOptions,
  hash: string,
  advice: PrintAdvice,
): Promise<Buffer> {
  const window = new BrowserWindow({
    show: false,
    width: 1000,
    height: 1400,
    webPreferences: hardenedWebPreferences(options.mainDir),
  })
  try {
    await window.loadURL(entryUrl(options.entry, hash))
    await waitUntilReady(window.webContents, options.readyTimeoutMs ?? 20_000, options.pollMs ?? 100, advice)
    return await window.webContents.printToPDF({ pageSize: 'A4', printBackground: true })
  } finally {
    if (!window.isDestroyed()) window.destroy()
  }
}

type DialogWords = {
  title: (said: Phrase) => string
  filters: (filters: FileFilter[]) => DialogFilter[]
}

/** A dialog's title and file types in the language of the moment. */
function dialogWords(options: ElectronDesktopOptions): DialogWords {
  const say = (said: Phrase): string => sayIn(options.language?.() ?? 'en', said)
  return {
    title: say,
    filters: (filters) => filters.map(({ name, extensions }) => ({ name: say(name), extensions })),
  }
}

/** The desktop of the Electron app: native dialogs on the main window, the file manager, printToPDF. */
export function createElectronDesktop(options: ElectronDesktopOptions): Desktop {
  const words = dialogWords(options)
  return {
    async chooseSaveFile({ title, defaultPath, filters }) {
      // The proposed folder is Herald's own exports/ or backups/, which may not exist yet.
      await fs.promises.mkdir(path.dirname(defaultPath), { recursive: true })
      const dialogOptions: SaveDialogOptions = {
        title: words.title(title),
        defaultPath,
        filters: words.filters(filters),
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      }
      const window = options.mainWindow()
      const result = window
        ? await dialog.showSaveDialog(window, dialogOptions)
        : await dialog.showSaveDialog(dialogOptions)
      return result.canceled || !result.filePath ? null : result.filePath
    },
    async chooseOpenFile({ title, defaultPath, filters }) {
      const dialogOptions: OpenDialogOptions = {
        title: words.title(title),
        defaultPath,
        filters: words.filters(filters),
        properties: ['openFile'],
      }
      const window = options.mainWindow()
      const result = window
        ? await dialog.showOpenDialog(window, dialogOptions)
        : await dialog.showOpenDialog(dialogOptions)
      return result.canceled ? null : (result.filePaths[0] ?? null)
    },
    async chooseFolder({ title, defaultPath }) {
      const dialogOptions: OpenDialogOptions = {
        title: words.title(title),
        defaultPath,
        properties: ['openDirectory', 'createDirectory'],
      }
      const window = options.mainWindow()
      const result = window
        ? await dialog.showOpenDialog(window, dialogOptions)
        : await dialog.showOpenDialog(dialogOptions)
      return result.canceled ? null : (result.filePaths[0] ?? null)
    },
    showInFolder(file) {
      shell.showItemInFolder(file)
      return true
    },
    // `lang`: the page in the language the PDF was asked in, whatever the window shows (i18n-provider.tsx)
    printToPdf: (campaignId, language) =>
      printRoute(
        options,
        `/history/${campaignId}/report?print=1${language ? `&lang=${language}` : ''}`,
        'campaign',
      ),
    printPageToPdf: (route) => printRoute(options, route, 'report'),
    relaunch() {
      // The services are closed already (the restore closed them); exit skips quit handlers that would reopen nothing.
      app.relaunch()
      app.exit(0)
    },
  }
}
