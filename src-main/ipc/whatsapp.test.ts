import fs from 'node:fs'
import path from 'node:path'
import { afterEach, beforeEach, expect, it } from 'vitest'
import type { WhatsAppState } from '../../src-shared/domain/whatsapp'
import { startBackgroundWork } from '../context'
import type { AppContext } from '../context'
import { openTestContext, tempDataDir } from '../context.test-support'
import { fakeClientFactory } from '../whatsapp/fake-client'
import { dispatch } from './dispatch'
import { createHandlers } from './handlers'
import { markLinked } from '../whatsapp/session-files'

let temp: ReturnType<typeof tempDataDir>
let ctx: AppContext
let fakes: ReturnType<typeof fakeClientFactory>
const pushed: WhatsAppState[] = []

beforeEach(() => {
  temp = tempDataDir()
  fakes = fakeClientFactory()
  ctx = openTestContext({ dataDir: temp.dir, runtime: 'cli', whatsappClient: fakes.factory })
  pushed.length = 0
  ctx.events.subscribe((event, payload) => {
    if (event === 'whatsapp:state') pushed.push(payload as WhatsAppState)
  })
})

afterEach(async () => {
  await ctx.shutdown()
  temp.remove()
})

it('connects through the contract and pushes every state to the windows', async () => {
  const handlers = createHandlers(ctx)
  const started = await dispatch(handlers, 'whatsapp:connect', {}, ctx.log)
  expect(started).toMatchObject({ ok: true, value: { status: 'starting' } })
  fakes.last().showQr('2@qr')
  fakes.last().becomeReady({ name: 'Rosa Bakery', phone: '447911123456' })
  const state = await dispatch(handlers, 'whatsapp:get-state', {}, ctx.log)
  expect(state).toMatchObject({ ok: true, value: { status: 'ready', account: { name: 'Rosa Bakery' } } })
  expect(pushed.map((s) => s.status)).toContain('waiting_for_scan')
  expect(pushed.at(-1)?.status).toBe('ready')
})

it('clears the WhatsApp Web cache when the screen asks for it, and refuses unknown options', async () => {
  const handlers = createHandlers(ctx)
  const cache = path.join(temp.dir, 'whatsapp', 'web-cache')
  fs.mkdirSync(cache, { recursive: true })
  await dispatch(handlers, 'whatsapp:connect', { clearCache: true }, ctx.log)
  expect(fs.existsSync(cache)).toBe(false)
  const wrong = await dispatch(handlers, 'whatsapp:connect', { clearCache: 'yes' }, ctx.log)
  expect(wrong).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } })
})

it('cancel and log out close the browser', async () => {
  const handlers = createHandlers(ctx)
  await dispatch(handlers, 'whatsapp:connect', {}, ctx.log)
  const cancelled = await dispatch(handlers, 'whatsapp:cancel', {}, ctx.log)
  expect(cancelled).toMatchObject({ ok: true, value: { status: 'not_connected' } })
  expect(fakes.last().browserRunning).toBe(false)
  await dispatch(handlers, 'whatsapp:connect', {}, ctx.log)
  fakes.last().becomeReady({ name: 'Rosa', phone: '447911123456' })
  const out = await dispatch(handlers, 'whatsapp:logout', {}, ctx.log)
  expect(out).toMatchObject({ ok: true, value: { status: 'not_connected', account: null } })
  expect(fakes.last().logoutCalls).toBe(1)
  expect(fakes.last().browserRunning).toBe(false)
})

it('reconnects at start only when a login was saved', async () => {
  startBackgroundWork(ctx)
  await new Promise((resolve) => setTimeout(resolve, 50))
  expect(fakes.created).toHaveLength(0)
  expect(ctx.whatsapp.state().status).toBe('not_connected')
  fs.mkdirSync(path.join(temp.dir, 'whatsapp', 'session-herald-1'), { recursive: true })
  startBackgroundWork(ctx)
  await new Promise((resolve) => setTimeout(resolve, 50))
  // LocalAuth makes the folder at every start, even one never scanned: only a login WhatsApp accepted counts.
  expect(fakes.created).toHaveLength(0)
  markLinked(path.join(temp.dir, 'whatsapp', 'session-herald-1'))
  startBackgroundWork(ctx)
  await expect.poll(() => fakes.created.length).toBe(1)
  await expect.poll(() => ctx.whatsapp.state().status).toBe('starting')
  fakes.last().becomeReady({ name: 'Rosa Bakery', phone: '447911123456' })
  expect(ctx.whatsapp.state().status).toBe('ready')
})
