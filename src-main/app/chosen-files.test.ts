import fs from 'node:fs'
import path from 'node:path'
import type { IpcMain, IpcMainInvokeEvent } from 'electron'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { maxAttachmentBytes } from '../../src-shared/domain/attachments'
import { maxImportBytes } from '../../src-shared/domain/contacts'
import type { Result } from '../../src-shared/ipc/result'
import type { AppContext } from '../context'
import { openTestContext, tempDataDir } from '../context.test-support'
import { createHandlers } from '../ipc/handlers'
import { createElectronDesktop } from './desktop-electron'
import { BrowserWindow, dialog, resetElectronFake } from './fake-electron.test-support'
import { registerIpc } from './ipc-electron'

vi.mock('electron', () => import('./fake-electron.test-support'))

// The desktop app: files come from Electron's own dialog or are dropped on the window (a path the preload
// took from webUtils); the main process reads them. Electron is the fake module, the rest is real.
const appUrl = 'http://localhost:5173/'
const png = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
)
let dir: string
let remove: () => void
let ctx: AppContext
let mainWindow: BrowserWindow
let listeners: Map<string, Parameters<IpcMain['handle']>[1]>

beforeEach(() => {
  resetElectronFake()
  ;({ dir, remove } = tempDataDir('herald-chosen-ipc-'))
  mainWindow = new BrowserWindow({ title: 'Herald' })
  const desktop = createElectronDesktop({
    entry: { kind: 'dev', url: appUrl },
    mainDir: dir,
    mainWindow: () => mainWindow as unknown as Electron.BrowserWindow,
  })
  ctx = openTestContext({ dataDir: path.join(dir, 'data'), runtime: 'electron', desktop })
  listeners = new Map()
  const ipcMain = {
    handle: (channel: string, listener: Parameters<IpcMain['handle']>[1]) =>
      void listeners.set(channel, listener),
    removeHandler: (channel: string) => void listeners.delete(channel),
  }
  registerIpc(ipcMain, createHandlers(ctx), { isTrustedSender: () => true, log: ctx.log })
})

afterEach(async () => {
  await ctx.shutdown()
  remove()
})

function invoke(channel: string, input: unknown): Promise<Result<unknown>> {
  const event = { senderFrame: { url: appUrl } } as unknown as IpcMainInvokeEvent
  return Promise.resolve(listeners.get(channel)!(event, input) as Result<unknown>)
}

const file = (name: string, bytes: string | Buffer): string => {
  const at = path.join(dir, name)
  fs.writeFileSync(at, bytes)
  return at
}

/** A file of `bytes` bytes that takes no room on disk. */
const sparse = (name: string, bytes: number): string => {
  const at = path.join(dir, name)
  fs.writeFileSync(at, '')
  fs.truncateSync(at, bytes)
  return at
}

const picks = (chosen: string | null): void => {
  dialog.showOpenDialog.mockResolvedValueOnce(
    chosen ? { canceled: false, filePaths: [chosen] } : { canceled: true, filePaths: [] },
  )
}

describe('choosing a spreadsheet in the desktop app', () => {
  it('opens the file picked in Electron’s dialog on the main window, read by the main process', async () => {
    picks(file('shops.csv', 'Name,Phone\nAna,+44 7911 123456\n'))
    const result = await invoke('import:choose-file', {})
    expect(result).toMatchObject({
      ok: true,
      value: { fileName: 'shops.csv', defaultSheet: expect.any(String) },
    })
    const [owner, options] = dialog.showOpenDialog.mock.calls[0] as [unknown, Electron.OpenDialogOptions]
    expect(owner).toBe(mainWindow)
    expect(options.properties).toEqual(['openFile'])
    expect(options.filters?.[0]?.extensions).toEqual(expect.arrayContaining(['xlsx', 'xls', 'ods', 'csv']))
  })

  it('answers null when the dialog is cancelled', async () => {
    picks(null)
    expect(await invoke('import:choose-file', {})).toEqual({ ok: true, value: null })
  })

  it('refuses a file over 50 MB picked in the dialog, without reading it', async () => {
    picks(sparse('huge.csv', maxImportBytes + 1))
    expect(await invoke('import:choose-file', {})).toMatchObject({
      ok: false,
      error: { code: 'BAD_INPUT', message: expect.stringMatching(/^huge\.csv is larger than 50 MB/) },
    })
  })
})

describe('dropping a file on the desktop app’s window', () => {
  it('opens a dropped spreadsheet, through a link too', async () => {
    const target = file('shops.csv', 'Name,Phone\nAna,+44 7911 123456\n')
    fs.symlinkSync(target, path.join(dir, 'On the desktop.csv'))
    expect(await invoke('import:open-path', { path: path.join(dir, 'On the desktop.csv') })).toMatchObject({
      ok: true,
      value: { fileName: 'On the desktop.csv' },
    })
  })

  it('refuses a folder, a missing file and one too large, in words', async () => {
    fs.mkdirSync(path.join(dir, 'Lists'))
    expect(await invoke('import:open-path', { path: path.join(dir, 'Lists') })).toMatchObject({
      ok: false,
      error: { code: 'BAD_INPUT', message: 'Lists is a folder. Choose a file.' },
    })
    expect(await invoke('import:open-path', { path: path.join(dir, 'gone.xlsx') })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    })
    const big = sparse('big.xlsx', maxImportBytes + 1)
    expect(await invoke('import:open-path', { path: big })).toMatchObject({
      ok: false,
      error: { code: 'BAD_INPUT', message: expect.stringMatching(/larger than 50 MB/) },
    })
  })

  it('attaches a dropped image, or one picked in the dialog, and refuses one over 16 MB', async () => {
    expect(await invoke('templates:attach-path', { path: file('logo.png', png) })).toMatchObject({
      ok: true,
      value: { name: 'logo.png', mime: 'image/png' },
    })
    picks(file('offer.png', png))
    expect(await invoke('templates:choose-attachment', {})).toMatchObject({
      ok: true,
      value: { name: 'offer.png' },
    })
    const big = sparse('poster.png', maxAttachmentBytes + 1)
    expect(await invoke('templates:attach-path', { path: big })).toMatchObject({
      ok: false,
      error: { code: 'BAD_INPUT', message: expect.stringMatching(/up to 16 MB; poster\.png is 16 MB/) },
    })
  })

  it('takes no upload id: the desktop app sends no file over', async () => {
    const uploadId = '6f1c1e9a-3b4d-4c2e-9f0a-7d8e9b0c1d2e'
    expect(await invoke('import:open', { uploadId })).toMatchObject({
      ok: false,
      error: { code: 'UNAVAILABLE' },
    })
    expect(await invoke('templates:attach', { uploadId })).toMatchObject({
      ok: false,
      error: { code: 'UNAVAILABLE' },
    })
  })
})
