import fs from 'node:fs'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Locale } from '../../src-shared/i18n/locales'
import { phrase } from '../../src-shared/i18n/phrase'
import { tempDataDir } from '../context.test-support'
import { createElectronDesktop } from './desktop-electron'
import { app, BrowserWindow, dialog, resetElectronFake, shell } from './fake-electron.test-support'

vi.mock('electron', () => import('./fake-electron.test-support'))

const mainDir = path.resolve('/opt/herald/out/main')
const entry = { kind: 'app' as const, dir: path.resolve('/opt/herald/out/renderer') }
let dir: string
let remove: () => void
let mainWindow: BrowserWindow | null
let language: Locale

beforeEach(() => {
  resetElectronFake()
  language = 'en'
  ;({ dir, remove } = tempDataDir('herald-desktop-'))
  mainWindow = new BrowserWindow({ title: 'Herald' })
})
afterEach(() => remove())

const desktop = (): ReturnType<typeof createElectronDesktop> =>
  createElectronDesktop({
    entry,
    mainDir,
    // The fake stands in for Electron's window in these tests.
    mainWindow: () => mainWindow as unknown as Electron.BrowserWindow | null,
    language: () => language,
    readyTimeoutMs: 200,
    pollMs: 5,
  })

describe('the Electron desktop', () => {
  it('asks where to save in a dialog of the main window, proposing Herald’s folder, which it creates', async () => {
    const defaultPath = path.join(dir, 'exports', 'Spring-messages-2026-06-01.csv')
    dialog.showSaveDialog.mockResolvedValueOnce({
      canceled: false,
      filePath: '/home/ana/log.csv',
      filePaths: [],
    })
    const filters = [{ name: phrase('system.dialog.filter.csv'), extensions: ['csv'] }]
    const title = phrase('system.dialog.saveReport.title')
    expect(await desktop().chooseSaveFile({ title, defaultPath, filters })).toBe('/home/ana/log.csv')
    expect(dialog.showSaveDialog).toHaveBeenCalledWith(
      mainWindow,
      expect.objectContaining({
        title: 'Save the report',
        defaultPath,
        filters: [{ name: 'CSV', extensions: ['csv'] }],
      }),
    )
    expect(fs.statSync(path.join(dir, 'exports')).isDirectory()).toBe(true)
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] })
    expect(await desktop().chooseSaveFile({ title, defaultPath, filters })).toBeNull()
  })

  it('opens a backup through the open dialog, or nothing when cancelled', async () => {
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: ['/media/usb/herald.db'] })
    const request = {
      title: phrase('system.dialog.restore.title'),
      filters: [{ name: phrase('system.dialog.filter.backup'), extensions: ['db'] }],
    }
    expect(await desktop().chooseOpenFile(request)).toBe('/media/usb/herald.db')
    mainWindow = null
    expect(await desktop().chooseOpenFile(request)).toBeNull()
    expect(dialog.showOpenDialog).toHaveBeenLastCalledWith(
      expect.objectContaining({ properties: ['openFile'] }),
    )
  })

  it('asks for a folder for scheduled reports, or nothing when cancelled', async () => {
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: ['/home/ana/Reports'] })
    const title = phrase('system.dialog.reportsFolder.title')
    expect(await desktop().chooseFolder?.({ title })).toBe('/home/ana/Reports')
    expect(dialog.showOpenDialog).toHaveBeenLastCalledWith(
      expect.anything(),
      expect.objectContaining({ properties: ['openDirectory', 'createDirectory'] }),
    )
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] })
    expect(await desktop().chooseFolder?.({ title })).toBeNull()
  })

  it('words its dialogs in Settings’ language, read as each one opens', async () => {
    language = 'es'
    const request = {
      title: phrase('system.dialog.spreadsheet.title'),
      filters: [{ name: phrase('system.dialog.filter.spreadsheets'), extensions: ['xlsx', 'csv'] }],
    }
    const shown = desktop()
    await shown.chooseOpenFile(request)
    expect(dialog.showOpenDialog).toHaveBeenLastCalledWith(
      mainWindow,
      expect.objectContaining({
        title: 'Elige la hoja de cálculo con tus contactos',
        filters: [{ name: 'Hojas de cálculo', extensions: ['xlsx', 'csv'] }],
      }),
    )
    // Settings changed while Herald runs: the next dialog follows
    language = 'fr'
    await shown.chooseFolder?.({ title: phrase('system.dialog.reportsFolder.title') })
    expect(dialog.showOpenDialog).toHaveBeenLastCalledWith(
      mainWindow,
      expect.objectContaining({ title: 'Où enregistrer les rapports programmés\u00a0?' }),
    )
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] })
    await shown.chooseSaveFile({
      title: phrase('system.dialog.saveMedia.title', { kind: 'voice' }),
      defaultPath: path.join(dir, 'inbox-media', 'voice.ogg'),
      filters: [{ name: phrase('system.dialog.filter.media', { kind: 'voice' }), extensions: ['ogg'] }],
    })
    expect(dialog.showSaveDialog).toHaveBeenLastCalledWith(
      mainWindow,
      expect.objectContaining({
        title: 'Enregistrer un message vocal',
        filters: [{ name: 'Message vocal', extensions: ['ogg'] }],
      }),
    )
  })

  it('shows a file in the file manager and restarts the app', () => {
    expect(desktop().showInFolder('/home/ana/log.csv')).toBe(true)
    expect(shell.showItemInFolder).toHaveBeenCalledWith('/home/ana/log.csv')
    desktop().relaunch()
    expect(app.relaunch).toHaveBeenCalled()
    expect(app.exit).toHaveBeenCalledWith(0)
  })

  it('prints the report route of a hidden, locked-down window once the page says it is ready', async () => {
    const pending = desktop().printToPdf?.(7)
    await vi.waitFor(() => expect(BrowserWindow.instances).toHaveLength(2))
    const hidden = BrowserWindow.instances[1]!
    hidden.webContents.scriptAnswers = ['false', 'false', 'true']
    const pdf = await pending
    expect(pdf?.toString()).toBe('%PDF-1.7 fake')
    expect(hidden.options).toMatchObject({ show: false })
    expect(hidden.options.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
    })
    expect(hidden.loadedUrl).toBe('herald://app/index.html#/history/7/report?print=1')
    expect(hidden.webContents.printToPDF).toHaveBeenCalledWith(expect.objectContaining({ pageSize: 'A4' }))
    expect(hidden.destroyed).toBe(true)
  })

  it('prints the campaign’s report in the language asked for', async () => {
    const pending = desktop().printToPdf?.(7, 'ar')
    await vi.waitFor(() => expect(BrowserWindow.instances).toHaveLength(2))
    const hidden = BrowserWindow.instances[1]!
    hidden.webContents.scriptAnswers = ['true']
    await pending
    expect(hidden.loadedUrl).toBe('herald://app/index.html#/history/7/report?print=1&lang=ar')
  })

  it('gives up in words when the page fails or never gets ready, and closes the hidden window', async () => {
    const failing = desktop().printToPdf?.(7)
    BrowserWindow.instances[1]!.webContents.scriptAnswers = ['error']
    await expect(failing).rejects.toThrow(/could not be prepared/)
    const slow = desktop().printToPdf?.(8)
    BrowserWindow.instances[2]!.webContents.scriptAnswers = ['false']
    await expect(slow).rejects.toThrow(/took too long/)
    expect(BrowserWindow.instances.slice(1).every((w) => w.destroyed)).toBe(true)
  })

  it('prints any print route it is given (a custom report’s page), with the advice of that page', async () => {
    const route = '/reports/print?definition=%7B%22name%22%3A%22Daily%22%7D'
    const pending = desktop().printPageToPdf?.(route)
    await vi.waitFor(() => expect(BrowserWindow.instances).toHaveLength(2))
    BrowserWindow.instances[1]!.webContents.scriptAnswers = ['true']
    expect((await pending)?.toString()).toBe('%PDF-1.7 fake')
    expect(BrowserWindow.instances[1]!.loadedUrl).toBe(`herald://app/index.html#${route}`)
    const failing = desktop().printPageToPdf?.(route)
    BrowserWindow.instances[2]!.webContents.scriptAnswers = ['error']
    await expect(failing).rejects.toThrow(
      'The report could not be prepared. Open the report again and try again.',
    )
  })
})
