import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { IpcMain, IpcMainInvokeEvent } from 'electron'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { notConnected } from '../../src-shared/domain/whatsapp'
import { requestChannels } from '../../src-shared/ipc/channels'
import { maxRequestBytes } from '../../src-shared/ipc/limits'
import type { Result } from '../../src-shared/ipc/result'
import { openTestContext } from '../context.test-support'
import type { AppContext } from '../context'
import { channelSamples, sampleRefusals } from '../ipc/channel-samples.test-support'
import { fakeClientFactory } from '../whatsapp/fake-client'
import { createHandlers } from '../ipc/handlers'
import type { Handlers } from '../ipc/dispatch'
import { BrowserWindow } from './fake-electron.test-support'
import { forwardEvents, registerIpc } from './ipc-electron'
import type { SenderFrame } from './ipc-electron'
import { isTrustedFrame } from './security'

vi.mock('electron', () => import('./fake-electron.test-support'))

type Listener = Parameters<IpcMain['handle']>[1]

const appUrl = 'http://localhost:5173/'
const trusted = { url: `${appUrl}#/settings` }
let dataDir: string
let ctx: AppContext
let listeners: Map<string, Listener>
let ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>
let warn: ReturnType<typeof vi.spyOn>

function invoke(
  channel: string,
  input: unknown,
  frame: { url: string } | null = trusted,
): Promise<Result<unknown>> {
  const listener = listeners.get(channel)
  if (!listener) throw new Error(`No handler for ${channel}`)
  const event = { senderFrame: frame } as unknown as IpcMainInvokeEvent
  return Promise.resolve(listener(event, input) as Result<unknown>)
}

function register(handlers: Handlers = createHandlers(ctx)): () => void {
  const isTrustedSender = (frame: SenderFrame): boolean => isTrustedFrame(frame, { kind: 'dev', url: appUrl })
  return registerIpc(ipcMain, handlers, { isTrustedSender, log: ctx.log })
}

beforeEach(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'herald-ipc-'))
  ctx = openTestContext({ dataDir, runtime: 'electron', whatsappClient: fakeClientFactory().factory })
  warn = vi.spyOn(ctx.log, 'warn')
  listeners = new Map()
  ipcMain = {
    handle: (channel, listener) => {
      listeners.set(channel, listener)
    },
    removeHandler: (channel) => {
      listeners.delete(channel)
    },
  }
})

afterEach(async () => {
  await ctx.shutdown()
  fs.rmSync(dataDir, { recursive: true, force: true })
})

describe('registerIpc', () => {
  it('registers a handler for every request channel, and removes them all', () => {
    const unregister = register()
    expect([...listeners.keys()].sort()).toEqual([...requestChannels].sort())
    unregister()
    expect(listeners.size).toBe(0)
  })

  it('answers every channel for a trusted sender', async () => {
    const validInputs = await channelSamples(ctx)
    register()
    for (const channel of requestChannels) {
      const result = await invoke(channel, validInputs[channel])
      const refusal = sampleRefusals[channel]
      if (refusal) expect(result, channel).toMatchObject({ ok: false, error: { code: refusal } })
      else expect(result.ok, channel).toBe(true)
    }
  })

  it.each([
    ['a foreign page', { url: 'https://evil.com/' }],
    ['a look-alike host', { url: 'http://localhost.evil.com:5173/' }],
    ['a destroyed frame', null],
  ])('refuses %s with FORBIDDEN before the handler runs', async (_name, frame) => {
    const validInputs = await channelSamples(ctx)
    const reportError = vi.fn(() => null)
    register({ ...createHandlers(ctx), 'app:report-error': reportError })
    const result = await invoke('app:report-error', validInputs['app:report-error'], frame)
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(reportError).not.toHaveBeenCalled()
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('Refused "app:report-error"'))
  })

  it('refuses untrusted senders on every channel, even with valid input', async () => {
    const validInputs = await channelSamples(ctx)
    register()
    for (const channel of requestChannels) {
      const result = await invoke(channel, validInputs[channel], { url: 'file:///tmp/evil.html' })
      expect(result, channel).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    }
    expect(ctx.settings.get()['pacing.dailyCap']).not.toBe(40)
  })

  it('answers a wrong payload with BAD_INPUT on every channel and keeps serving', async () => {
    register()
    for (const channel of requestChannels) {
      for (const input of [42, 'text', [1, 2], { unexpected: true }]) {
        const result = await invoke(channel, input)
        expect(result, `${channel} ${JSON.stringify(input)}`).toMatchObject({
          ok: false,
          error: { code: 'BAD_INPUT' },
        })
      }
      expect((await invoke('settings:get', {})).ok, channel).toBe(true)
    }
    expect(await invoke('app:get-info', {})).toMatchObject({
      ok: true,
      value: { name: 'Herald', runtime: 'electron' },
    })
  })

  it('refuses a payload larger than the WebSocket accepts with BAD_INPUT before the handler runs', async () => {
    const reportError = vi.fn(() => null)
    register({ ...createHandlers(ctx), 'app:report-error': reportError })
    const cyclic: Record<string, unknown> = { message: 'loop' }
    cyclic.self = cyclic
    for (const input of [{ message: 'x'.repeat(maxRequestBytes) }, cyclic]) {
      const result = await invoke('app:report-error', input)
      expect(result).toMatchObject({
        ok: false,
        error: { code: 'BAD_INPUT', message: expect.stringContaining('larger than the 4 MB') },
      })
    }
    expect(reportError).not.toHaveBeenCalled()
    expect(warn).toHaveBeenCalledWith(
      expect.stringContaining('Refused "app:report-error": its input is larger'),
    )
    expect(await invoke('app:report-error', { message: 'fine' })).toEqual({ ok: true, value: null })
    expect(reportError).toHaveBeenCalledOnce()
  })

  it('turns a handler that throws into INTERNAL and keeps serving', async () => {
    register({
      ...createHandlers(ctx),
      'whatsapp:get-state': () => {
        throw new Error('boom')
      },
    })
    expect(await invoke('whatsapp:get-state', {})).toMatchObject({ ok: false, error: { code: 'INTERNAL' } })
    expect(await invoke('settings:get', {})).toMatchObject({ ok: true })
  })

  it('passes the parsed input to the real handlers', async () => {
    const validInputs = await channelSamples(ctx)
    register()
    const result = await invoke('settings:update', validInputs['settings:update'])
    expect(result).toMatchObject({ ok: true, value: { 'pacing.dailyCap': 40 } })
    expect(ctx.settings.get()['pacing.dailyCap']).toBe(40)
  })
})

describe('forwardEvents', () => {
  const state = { ...notConnected, status: 'starting' } as const

  it('sends each event to the window until unsubscribed', () => {
    const window = new BrowserWindow({})
    const stop = forwardEvents(ctx.events, window)
    ctx.events.emit('whatsapp:state', state)
    expect(window.webContents.sent).toEqual([{ channel: 'whatsapp:state', payload: state }])
    stop()
    ctx.events.emit('whatsapp:state', state)
    expect(window.webContents.sent).toHaveLength(1)
  })

  it('skips a destroyed window', () => {
    const window = new BrowserWindow({})
    forwardEvents(ctx.events, window)
    window.destroy()
    expect(() => ctx.events.emit('whatsapp:state', state)).not.toThrow()
    expect(window.webContents.sent).toHaveLength(0)
  })

  it('forwards what the real services emit', async () => {
    const validInputs = await channelSamples(ctx)
    const window = new BrowserWindow({})
    forwardEvents(ctx.events, window)
    register()
    await invoke('settings:update', validInputs['settings:update'])
    expect(window.webContents.sent.map((message) => message.channel)).toEqual(['settings:changed'])
  })
})
