import path from 'node:path'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { BrowserWindow, dialog, resetElectronFake } from './fake-electron.test-support'
import { createMainWindow, hardenedWebPreferences, resolveAppEntry } from './window'

vi.mock('electron', () => import('./fake-electron.test-support'))

const mainDir = path.resolve('/opt/herald/out/main')
const rendererDir = path.resolve('/opt/herald/out/renderer')

function open(entry = resolveAppEntry({ devServerUrl: undefined, isPackaged: true, mainDir })): {
  window: BrowserWindow
  log: { error: ReturnType<typeof vi.fn> }
} {
  const log = { error: vi.fn() }
  createMainWindow({ entry, mainDir, log })
  const window = BrowserWindow.instances.at(-1)
  if (!window) throw new Error('no window was created')
  return { window, log }
}

beforeEach(() => resetElectronFake())

describe('createMainWindow', () => {
  it('locks the renderer down: sandboxed, isolated, no Node, no webview', () => {
    const prefs = open().window.options.webPreferences
    expect(prefs).toEqual(hardenedWebPreferences(mainDir))
    for (const on of ['sandbox', 'contextIsolation', 'webSecurity'] as const) expect(prefs?.[on]).toBe(true)
    for (const off of ['nodeIntegration', 'allowRunningInsecureContent', 'webviewTag'] as const)
      expect(prefs?.[off]).toBe(false)
    expect(prefs?.preload).toBe(path.resolve('/opt/herald/out/preload/index.js'))
    expect(prefs).not.toHaveProperty('nodeIntegrationInWorker')
    expect(prefs).not.toHaveProperty('nodeIntegrationInSubFrames')
  })

  it('is a titled, hidden-until-painted window of a usable size', () => {
    const { window } = open()
    expect(window.options).toMatchObject({
      title: 'Herald',
      show: false,
      width: 1200,
      height: 800,
      minWidth: 960,
      icon: path.resolve('/opt/herald/resources/icon.png'),
    })
    expect(window.visible).toBe(false)
    window.emit('ready-to-show')
    expect(window.visible).toBe(true)
  })

  it('loads the built page through herald://, never file://', () => {
    const { window } = open()
    expect(window.loadedUrl).toBe('herald://app/index.html')
    expect(window.loadedFile).toBeNull()
  })

  it('loads the dev server with loadURL', () => {
    const { window } = open({ kind: 'dev', url: 'http://localhost:5173/' })
    expect(window.loadedUrl).toBe('http://localhost:5173/')
    expect(window.loadedFile).toBeNull()
  })

  it('logs a page that fails to load and shows the window rather than leaving it invisible', async () => {
    BrowserWindow.loadError = new Error('ERR_FILE_NOT_FOUND')
    const { window, log } = open()
    await vi.waitFor(() => expect(log.error).toHaveBeenCalled())
    expect(window.visible).toBe(true)
  })
})

describe('closing with unsaved work', () => {
  const tryToClose = (window: BrowserWindow): { preventDefault: ReturnType<typeof vi.fn> } => {
    const event = { preventDefault: vi.fn() }
    window.webContents.emit('will-prevent-unload', event)
    return event
  }

  it('asks, and lets the window go when the user chooses Leave', () => {
    const { window } = open()
    dialog.showMessageBoxSync.mockReturnValueOnce(0)
    expect(tryToClose(window).preventDefault).toHaveBeenCalled()
    expect(dialog.showMessageBoxSync).toHaveBeenCalledWith(
      window,
      expect.objectContaining({ buttons: ['Leave', 'Stay'], cancelId: 1 }),
    )
  })

  it('asks in the language the window speaks', () => {
    createMainWindow({
      entry: resolveAppEntry({ devServerUrl: undefined, isPackaged: true, mainDir }),
      mainDir,
      log: { error: vi.fn() },
      language: () => 'es',
    })
    const window = BrowserWindow.instances.at(-1)
    if (!window) throw new Error('no window was created')
    dialog.showMessageBoxSync.mockReturnValueOnce(1)
    tryToClose(window)
    expect(dialog.showMessageBoxSync).toHaveBeenCalledWith(
      window,
      expect.objectContaining({ buttons: ['Salir', 'Quedarme'], title: '¿Salir sin guardar?' }),
    )
  })

  it('keeps the window and its work when the user chooses Stay', () => {
    const { window } = open()
    dialog.showMessageBoxSync.mockReturnValueOnce(1)
    expect(tryToClose(window).preventDefault).not.toHaveBeenCalled()
  })
})

describe('resolveAppEntry', () => {
  it('uses the dev server only in an unpackaged run on this machine', () => {
    expect(resolveAppEntry({ devServerUrl: 'http://localhost:5173/', isPackaged: false, mainDir })).toEqual({
      kind: 'dev',
      url: 'http://localhost:5173/',
    })
  })

  it.each([
    ['a packaged app', 'http://localhost:5173/', true],
    ['a remote dev URL', 'https://evil.com/', false],
    ['no dev URL', undefined, false],
  ])('loads the built renderer for %s', (_name, devServerUrl, isPackaged) => {
    expect(resolveAppEntry({ devServerUrl, isPackaged, mainDir })).toEqual({ kind: 'app', dir: rendererDir })
  })
})
