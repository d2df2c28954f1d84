import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import Sqlite from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { requestChannels } from '../../src-shared/ipc/channels'
import { AppEventsRepo } from '../db/repos/app-events-repo'
import type { AppEvent } from '../db/repos/app-events-repo'
import { runBrowserHost } from '../host/run-host'
import { lockFile } from '../instance-lock'
import type { LockHolder } from '../instance-lock'
import { appVersion } from '../version'
import {
  app,
  BrowserWindow,
  dialog,
  FakeWebContents,
  ipcMain,
  protocol,
  resetElectronFake,
  session,
} from './fake-electron.test-support'
import { startHerald } from './lifecycle'

vi.mock('electron', () => import('./fake-electron.test-support'))
vi.mock('electron-log/main', async () => ({ default: (await import('electron-log/node')).default }))

const mainDir = path.resolve('/opt/herald/out/main')
const appUrl = 'herald://app/index.html'

let dataDir: string
let crashListeners: Map<string, (error: unknown) => void>

async function start(env: NodeJS.ProcessEnv = {}): Promise<void> {
  const processEvents = {
    on: (event: string, listener: (error: unknown) => void) => crashListeners.set(event, listener),
    off: (event: string) => crashListeners.delete(event),
  }
  await startHerald({ env: { HERALD_DATA_DIR: dataDir, ...env }, processEvents, mainDir })
}

function onlyWindow(): BrowserWindow {
  expect(BrowserWindow.instances).toHaveLength(1)
  const window = BrowserWindow.instances[0]
  if (!window) throw new Error('no window')
  return window
}

function invoke(channel: string, input: unknown): unknown {
  return ipcMain.handlers.get(channel)?.({ senderFrame: { url: appUrl } }, input)
}

function appEvents(): AppEvent[] {
  const db = new Sqlite(path.join(dataDir, 'herald.db'), { readonly: true })
  try {
    return new AppEventsRepo(db).recent(50)
  } finally {
    db.close()
  }
}

function logText(): string {
  const file = path.join(dataDir, 'logs', 'main.log')
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : ''
}

beforeEach(() => {
  resetElectronFake()
  // Packaged, so that the log is not echoed to the terminal during the tests.
  app.isPackaged = true
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'herald-main-'))
  crashListeners = new Map()
})

afterEach(() => {
  app.emit('will-quit')
  fs.rmSync(dataDir, { recursive: true, force: true })
})

describe('startHerald', () => {
  it('opens the data folder, serves every channel, opens one window and records the start', async () => {
    await start()
    expect(app.setName).toHaveBeenCalledWith('Herald')
    expect(app.getPath('userData')).toBe(path.resolve(dataDir))
    expect([...ipcMain.handlers.keys()].sort()).toEqual([...requestChannels].sort())
    expect(onlyWindow().loadedUrl).toBe('herald://app/index.html')
    expect(onlyWindow().loadedFile).toBeNull()
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalled()
    expect(session.defaultSession.protocolHandlers.has('herald')).toBe(true)
    expect(session.defaultSession.requestHandler).not.toBeNull()
    expect(dialog.showErrorBox).not.toHaveBeenCalled()
    app.emit('will-quit')
    const started = appEvents().find((event) => event.kind === 'app_started')
    expect(started?.data).toMatchObject({ version: appVersion })
  })

  it('answers the window and forwards service events to it', async () => {
    await start()
    const window = onlyWindow()
    expect(await invoke('app:get-info', {})).toMatchObject({ ok: true, value: { runtime: 'electron' } })
    await invoke('settings:update', { values: { 'pacing.dailyCap': 30 } })
    expect(window.webContents.sent.map((message) => message.channel)).toEqual(['settings:changed'])
    window.destroy()
    await invoke('settings:update', { values: { 'pacing.dailyCap': 31 } })
    expect(window.webContents.sent).toHaveLength(1)
  })

  it('hardens every webContents as it is created', async () => {
    await start()
    const contents = new FakeWebContents()
    app.emit('web-contents-created', {}, contents)
    expect(contents.openHandler?.({ url: 'https://evil.com/' })).toEqual({ action: 'deny' })
    expect(contents.listenerCount('will-navigate')).toBe(1)
  })

  it('quits at once when another Herald already has the data folder', async () => {
    app.hasLock = false
    await start()
    expect(app.quit).toHaveBeenCalled()
    expect(app.whenReady).not.toHaveBeenCalled()
    expect(BrowserWindow.instances).toHaveLength(0)
  })

  it('brings the existing window forward when Herald is started again', async () => {
    await start()
    const window = onlyWindow()
    window.minimized = true
    app.emit('second-instance')
    expect(window.minimized).toBe(false)
    expect(window.focused).toBe(true)
  })

  it('opens a new window on activate only when none is open', async () => {
    await start()
    app.emit('activate')
    expect(BrowserWindow.instances).toHaveLength(1)
    onlyWindow().destroy()
    app.emit('activate')
    expect(BrowserWindow.instances).toHaveLength(2)
  })

  it('ignores a dev server URL in a packaged app', async () => {
    await start({ ELECTRON_RENDERER_URL: 'http://localhost:5173/' })
    expect(onlyWindow().loadedUrl).toBe('herald://app/index.html')
  })

  it('loads the dev server in an unpackaged run', async () => {
    app.isPackaged = false
    await start({ ELECTRON_RENDERER_URL: 'http://localhost:5173/' })
    expect(onlyWindow().loadedUrl).toBe('http://localhost:5173/')
  })
})

describe('one Herald per data folder', () => {
  const browserRun: LockHolder = {
    // The process that started the test runner: alive, and not this one.
    pid: process.ppid,
    kind: 'browser',
    url: 'http://127.0.0.1:5123/?token=abc',
    startedAt: '2026-06-03T13:00:00.000Z',
  }

  function holder(): LockHolder | null {
    const file = lockFile(dataDir)
    return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as LockHolder) : null
  }

  it('holds the data folder while it runs and lets go when it quits', async () => {
    await start()
    expect(holder()).toMatchObject({ pid: process.pid, kind: 'desktop' })
    app.emit('will-quit')
    expect(holder()).toBeNull()
  })

  it('says where the browser run on the same folder is, and quits without opening the data', async () => {
    fs.writeFileSync(lockFile(dataDir), JSON.stringify(browserRun))
    await start()
    expect(dialog.showErrorBox).toHaveBeenCalledWith('Herald is already running', expect.any(String))
    const text = dialog.showErrorBox.mock.calls[0]?.[1] ?? ''
    expect(text).toContain(browserRun.url)
    expect(text).toContain(`Data folder: ${dataDir}`)
    expect(app.quit).toHaveBeenCalled()
    expect(BrowserWindow.instances).toHaveLength(0)
    expect(fs.existsSync(path.join(dataDir, 'herald.db'))).toBe(false)
    app.emit('will-quit')
    expect(holder()).toEqual(browserRun)
  })

  it('takes over the lock of a Herald that crashed', async () => {
    const crashed = spawnSync(process.execPath, ['-e', '']).pid
    fs.writeFileSync(lockFile(dataDir), JSON.stringify({ ...browserRun, pid: crashed }))
    await start()
    expect(dialog.showErrorBox).not.toHaveBeenCalled()
    expect(onlyWindow()).toBeDefined()
    expect(holder()).toMatchObject({ pid: process.pid, kind: 'desktop' })
  })

  it('keeps a browser run off the folder while it runs, and the other way round', async () => {
    const previous = process.env.HERALD_RENDERER_DIR
    const rendererDir = fs.mkdtempSync(path.join(os.tmpdir(), 'herald-renderer-'))
    fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html>')
    process.env.HERALD_RENDERER_DIR = rendererDir
    const options = { dataDir, port: 0, open: false, console: false, print: () => undefined }
    try {
      await start()
      await expect(runBrowserHost(options)).rejects.toThrow(/the desktop app, process \d+/)
      app.emit('will-quit')
      resetElectronFake()
      app.isPackaged = true
      const host = await runBrowserHost(options)
      try {
        await start()
        expect(dialog.showErrorBox.mock.calls[0]?.[1]).toContain(host.url)
        expect(BrowserWindow.instances).toHaveLength(0)
      } finally {
        await host.stop()
      }
    } finally {
      if (previous === undefined) delete process.env.HERALD_RENDERER_DIR
      else process.env.HERALD_RENDERER_DIR = previous
      fs.rmSync(rendererDir, { recursive: true, force: true })
    }
  })
})

describe('workspaces', () => {
  const shopDir = (): string => path.join(dataDir, 'workspaces', 'shop2')

  it('switches the window to another workspace: its requests and its events, no others', async () => {
    await start()
    const window = onlyWindow()
    expect(await invoke('workspaces:add', { name: 'shop2', colour: 'teal' })).toMatchObject({ ok: true })
    expect(await invoke('workspaces:switch', { name: 'shop2' })).toMatchObject({
      ok: true,
      value: { name: 'shop2', colour: 'teal', current: true },
    })
    expect(await invoke('app:get-info', {})).toMatchObject({ ok: true, value: { dataDir: shopDir() } })
    expect(JSON.parse(fs.readFileSync(lockFile(shopDir()), 'utf8'))).toMatchObject({ kind: 'desktop' })
    // Nothing was sending in the default workspace: it was closed and its folder let go.
    expect(fs.existsSync(lockFile(dataDir))).toBe(false)
    window.webContents.sent.length = 0
    await invoke('settings:update', { values: { 'pacing.dailyCap': 30 } })
    expect(window.webContents.sent.map((message) => message.channel)).toEqual(['settings:changed'])
    app.emit('will-quit')
    expect(fs.existsSync(lockFile(shopDir()))).toBe(false)
  })

  it('opens the workspace HERALD_WORKSPACE names', async () => {
    await start()
    await invoke('workspaces:add', { name: 'shop2', colour: 'teal' })
    app.emit('will-quit')
    resetElectronFake()
    app.isPackaged = true
    await start({ HERALD_WORKSPACE: 'shop2' })
    expect(await invoke('app:get-info', {})).toMatchObject({ ok: true, value: { dataDir: shopDir() } })
    expect(await invoke('workspaces:list', {})).toMatchObject({
      ok: true,
      value: [
        { name: 'default', current: false },
        { name: 'shop2', current: true },
      ],
    })
  })
})

describe('start-up failures', () => {
  it('explains a database it cannot use, quits, and leaves the file exactly as it was', async () => {
    const file = path.join(dataDir, 'herald.db')
    const content = Buffer.from('These are my notes, not a database.\n')
    fs.writeFileSync(file, content)
    await start()
    expect(dialog.showErrorBox).toHaveBeenCalledWith(
      'Herald cannot open its data',
      expect.stringContaining(file),
    )
    expect(app.quit).toHaveBeenCalled()
    expect(BrowserWindow.instances).toHaveLength(0)
    expect(ipcMain.handlers.size).toBe(0)
    expect(fs.readFileSync(file)).toEqual(content)
    expect(fs.readdirSync(dataDir).sort()).toEqual(['herald.db', 'logs'])
  })

  it('says so in the computer’s language while Herald’s own settings cannot be read', async () => {
    fs.writeFileSync(path.join(dataDir, 'herald.db'), 'These are my notes, not a database.\n')
    app.preferredLanguages = ['ar-EG']
    await start()
    expect(dialog.showErrorBox).toHaveBeenCalledWith(
      'لا يستطيع Herald فتح بياناته',
      expect.stringMatching(/ليس قاعدة بيانات Herald/),
    )
  })

  it('logs any other failure and tells the user where the log file is', async () => {
    BrowserWindow.constructorError = new Error('GPU process crashed')
    await start()
    const logFile = path.join(dataDir, 'logs', 'main.log')
    expect(dialog.showErrorBox).toHaveBeenCalledWith(
      'Herald could not start',
      expect.stringContaining(logFile),
    )
    expect(dialog.showErrorBox.mock.calls[0]?.[1]).not.toContain('GPU process crashed')
    expect(app.quit).toHaveBeenCalled()
    await vi.waitFor(() => expect(logText()).toContain('GPU process crashed'))
  })

  it('logs uncaught errors in the main process without showing them', async () => {
    await start()
    crashListeners.get('uncaughtException')?.(new Error('listener blew up'))
    crashListeners.get('unhandledRejection')?.(new Error('promise went nowhere'))
    expect(dialog.showErrorBox).not.toHaveBeenCalled()
    await vi.waitFor(() => expect(logText()).toMatch(/listener blew up[\s\S]*promise went nowhere/))
  })
})

describe('quitting', () => {
  it('quits when the last window closes, except on macOS', async () => {
    await start()
    app.emit('window-all-closed')
    expect(app.quit).toHaveBeenCalledTimes(process.platform === 'darwin' ? 0 : 1)
  })

  it('closes the database on will-quit', async () => {
    await start()
    app.emit('will-quit')
    expect(await invoke('settings:get', {})).toMatchObject({ ok: false, error: { code: 'INTERNAL' } })
  })

  it('holds the quit until a sending campaign has stopped cleanly, then quits', async () => {
    await start()
    const value = async <T>(channel: string, input: unknown): Promise<T> => {
      const result = (await invoke(channel, input)) as { ok: boolean; value: T; error?: unknown }
      if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result.error)}`)
      return result.value
    }
    const { sessionId } = await value<{ sessionId: string }>('import:open-sample', {})
    await value('import:analyze', { sessionId, country: 'GB' })
    const list = await value<{ id: number }>('import:save', { sessionId, name: 'Sample' })
    const template = await value<{ id: number }>('templates:save', {
      name: 'Hello',
      variants: [{ name: 'A', body: 'Hello {{name|there}}' }],
    })
    const campaign = await value<{ id: number }>('campaigns:create', {
      listId: list.id,
      templateId: template.id,
      dryRun: true,
      pace: 'none',
    })
    await value('campaigns:start', { campaignId: campaign.id })
    const event = { preventDefault: vi.fn() }
    app.emit('will-quit', event)
    expect(event.preventDefault).toHaveBeenCalled()
    expect(app.quit).not.toHaveBeenCalled()
    await vi.waitFor(() => expect(app.quit).toHaveBeenCalled(), { timeout: 10_000 })
    app.emit('will-quit', { preventDefault: vi.fn() })
    const db = new Sqlite(path.join(dataDir, 'herald.db'), { readonly: true })
    try {
      // The message in flight was finished and recorded: none is left not knowing whether it went.
      const sending = db.prepare("SELECT count(*) FROM messages WHERE status = 'sending'").pluck().get()
      expect(sending).toBe(0)
    } finally {
      db.close()
    }
  })
})
