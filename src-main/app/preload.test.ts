import fs from 'node:fs'
import path from 'node:path'
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import type { HeraldApi } from '../../src-shared/ipc/contract'
import { contextBridge, ipcRenderer, webUtils } from './fake-electron.test-support'

vi.mock('electron', () => import('./fake-electron.test-support'))

const state = { status: 'ready', account: { name: 'Shop', phone: '+33612345678' }, detail: null } as const
const rendererEvent = { sender: ipcRenderer, ports: [] }

let exposed: Array<[string, unknown]>
let api: HeraldApi

beforeAll(async () => {
  await import('./preload')
  exposed = contextBridge.exposeInMainWorld.mock.calls.map(([key, value]) => [key, value])
  api = exposed[0]?.[1] as HeraldApi
})

beforeEach(() => {
  ipcRenderer.invoke.mockClear()
  ipcRenderer.removeAllListeners()
})

describe('preload', () => {
  it('exposes exactly one key, api, with only invoke, on and pathForFile', () => {
    expect(exposed.map(([key]) => key)).toEqual(['api'])
    expect(Object.keys(api).sort()).toEqual(['invoke', 'on', 'pathForFile'])
    expect(Object.values(api).every((value) => typeof value === 'function')).toBe(true)
    expect(Object.values(api)).not.toContain(ipcRenderer)
  })

  it('forwards a known request channel to ipcRenderer.invoke', async () => {
    const result = await api.invoke('settings:update', { values: { 'pacing.dailyCap': 30 } })
    expect(ipcRenderer.invoke).toHaveBeenCalledWith('settings:update', { values: { 'pacing.dailyCap': 30 } })
    expect(result.ok).toBe(true)
  })

  it.each([
    'fs:read',
    'app:get-info ',
    '__ELECTRON_LOG__',
    'constructor',
    42,
    null,
    { toString: () => 'app:get-info' },
  ])('refuses the unknown channel %j without reaching the main process', async (channel) => {
    const result = await (api.invoke as (channel: unknown, input: unknown) => Promise<unknown>)(channel, {})
    expect(result).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } })
    expect(ipcRenderer.invoke).not.toHaveBeenCalled()
  })

  it('answers with a Result even when the message cannot be delivered', async () => {
    ipcRenderer.invoke.mockRejectedValueOnce(new Error('An object could not be cloned.'))
    const result = await api.invoke('app:report-error', { message: 'x' })
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'INTERNAL', message: expect.stringContaining('cloned') },
    })
  })

  it('gives the listener the payload only, never the IpcRendererEvent', () => {
    const listener = vi.fn()
    api.on('whatsapp:state', listener)
    ipcRenderer.emit('whatsapp:state', rendererEvent, state)
    expect(listener.mock.calls).toEqual([[state]])
  })

  it('unsubscribe removes exactly that listener', () => {
    const first = vi.fn()
    const second = vi.fn()
    const stopFirst = api.on('whatsapp:state', first)
    api.on('whatsapp:state', second)
    stopFirst()
    stopFirst()
    ipcRenderer.emit('whatsapp:state', rendererEvent, state)
    expect(first).not.toHaveBeenCalled()
    expect(second).toHaveBeenCalledTimes(1)
    expect(ipcRenderer.listenerCount('whatsapp:state')).toBe(1)
  })

  it('refuses to listen on an unknown event channel', () => {
    type UntypedOn = (event: unknown, listener: unknown) => () => void
    expect(() => (api.on as UntypedOn)('__ELECTRON_LOG__', vi.fn())).toThrow(/no event channel/)
    expect(() => (api.on as UntypedOn)('whatsapp:state', 'not a function')).toThrow(/must be a function/)
    expect(ipcRenderer.eventNames()).toEqual([])
  })

  it('names a dropped file by its path on disk, and nothing else', () => {
    const dropped = Object.assign(new File(['Name,Phone\n'], 'shops.csv'), { path: '/home/ana/shops.csv' })
    expect(api.pathForFile?.(dropped)).toBe('/home/ana/shops.csv')
    expect(webUtils.getPathForFile).toHaveBeenCalledWith(dropped)
    // A file made in the page is on no disk; a value that is not a File never reaches webUtils.
    expect(api.pathForFile?.(new File(['x'], 'made.csv'))).toBe('')
    webUtils.getPathForFile.mockClear()
    expect(api.pathForFile?.('/etc/passwd' as unknown as File)).toBe('')
    expect(webUtils.getPathForFile).not.toHaveBeenCalled()
  })

  it('opens by path only a file the user chose or dropped, never one the page names', async () => {
    const refused = await api.invoke('import:open-path', { path: '/home/ana/.ssh/id_rsa' })
    expect(refused).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } })
    expect(await api.invoke('templates:attach-path', { path: '/etc/passwd' })).toMatchObject({ ok: false })
    expect(ipcRenderer.invoke).not.toHaveBeenCalled()
    const dropped = Object.assign(new File(['Name,Phone\n'], 'clients.csv'), {
      path: '/home/ana/clients.csv',
    })
    expect(api.pathForFile?.(dropped)).toBe('/home/ana/clients.csv')
    await api.invoke('import:open-path', { path: '/home/ana/clients.csv' })
    expect(ipcRenderer.invoke).toHaveBeenCalledWith('import:open-path', { path: '/home/ana/clients.csv' })
  })

  it('imports nothing at run time but electron and the channel names (a sandboxed preload is one small bundle)', () => {
    const source = fs.readFileSync(path.join(__dirname, 'preload.ts'), 'utf8')
    const runtimeImports = [...source.matchAll(/^import (?!type )[^'"]*['"]([^'"]+)['"]/gm)].map(
      (match) => match[1],
    )
    expect(runtimeImports.sort()).toEqual(['../../src-shared/ipc/channels', 'electron'])
  })
})
