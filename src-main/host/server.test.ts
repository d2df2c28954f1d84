import fs from 'node:fs'
import http from 'node:http'
import type { IncomingMessage } from 'node:http'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import WebSocket from 'ws'
import { requestChannels } from '../../src-shared/ipc/channels'
import type { AppContext } from '../context'
import { createHandlers } from '../ipc/handlers'
import { openTestContext, tempDataDir } from '../context.test-support'
import { checkRequest } from './guard'
import { startHost } from './server'
import type { RunningHost } from './server'

let ctx: AppContext
let host: RunningHost
let remove: () => void

beforeEach(async () => {
  const temp = tempDataDir()
  remove = temp.remove
  const rendererDir = path.join(temp.dir, 'renderer')
  fs.mkdirSync(path.join(rendererDir, 'assets'), { recursive: true })
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Herald</title>')
  fs.writeFileSync(path.join(rendererDir, 'assets', 'app.js'), 'console.log(1)')
  fs.writeFileSync(path.join(temp.dir, 'secret.txt'), 'do not serve')
  ctx = openTestContext({ dataDir: path.join(temp.dir, 'data'), runtime: 'browser' })
  host = await startHost({ handlers: createHandlers(ctx), events: ctx.events, log: ctx.log, rendererDir })
})

afterEach(async () => {
  await host.close()
  await ctx.shutdown()
  remove()
})

const base = (): string => `http://127.0.0.1:${host.port}`

type Client = { ws: WebSocket; call(channel: unknown, input: unknown): Promise<unknown>; events: unknown[] }

function connect(url: string, headers: Record<string, string> = {}): Promise<Client> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, { headers })
    const waiting = new Map<number, (result: unknown) => void>()
    const events: unknown[] = []
    let next = 1
    ws.on('message', (data) => {
      const message = JSON.parse((data as Buffer).toString('utf8')) as {
        id?: number
        result?: unknown
        event?: string
      }
      if (message.event) events.push(message)
      else if (typeof message.id === 'number') waiting.get(message.id)?.(message.result)
    })
    ws.on('open', () =>
      resolve({
        ws,
        events,
        call: (channel, input) =>
          new Promise((done) => {
            const id = next++
            waiting.set(id, done)
            ws.send(JSON.stringify({ id, channel, input }))
          }),
      }),
    )
    ws.on('error', reject)
    ws.on('unexpected-response', (_req, res) => reject(new Error(`refused with ${res.statusCode}`)))
  })
}

describe('browser host over HTTP', () => {
  it('prints a loopback URL with a long random token', () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{32}$/)
  })

  it('serves the renderer files, which hold no data, without the token and sets no cookie', async () => {
    for (const url of [`${base()}/`, `${base()}/?token=${host.token}`, `${base()}/assets/app.js`]) {
      const res = await fetch(url)
      expect(res.status).toBe(200)
      expect(res.headers.get('set-cookie')).toBeNull()
      expect(res.headers.get('content-security-policy')).toContain("script-src 'self'")
    }
    expect((await fetch(`${base()}/assets/app.js`)).headers.get('content-type')).toMatch(/javascript/)
  })

  it('never serves a file outside the renderer folder', async () => {
    for (const attempt of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt']) {
      const res = await fetch(`${base()}${attempt}?token=${host.token}`)
      expect(await res.text()).not.toContain('do not serve')
    }
  })

  it('refuses a request made through another host name (DNS rebinding)', async () => {
    const status = await new Promise<number | undefined>((resolve, reject) => {
      http
        .get(
          {
            host: '127.0.0.1',
            port: host.port,
            path: `/?token=${host.token}`,
            headers: { host: `evil.example:${host.port}` },
          },
          (res) => {
            res.resume()
            resolve(res.statusCode)
          },
        )
        .on('error', reject)
    })
    expect(status).toBe(403)
  })

  it('logs a refused request without its query string or fragment', async () => {
    const warn = vi.spyOn(ctx.log, 'warn')
    await new Promise<void>((resolve, reject) => {
      http
        .get(
          {
            host: '127.0.0.1',
            port: host.port,
            path: `/assets/app.js?token=${host.token}#secret`,
            headers: { host: `evil.example:${host.port}` },
          },
          (res) => {
            res.resume()
            res.on('end', resolve)
          },
        )
        .on('error', reject)
    })
    const logged = warn.mock.calls.map((call) => String(call[0])).join('\n')
    expect(logged).toContain('/assets/app.js')
    expect(logged).not.toContain(host.token)
    expect(logged).not.toContain('?')
  })

  it('refuses requests that do not come from this computer', () => {
    const req = (remoteAddress: string): IncomingMessage =>
      ({
        socket: { remoteAddress },
        headers: { host: `127.0.0.1:${host.port}` },
        url: `/?token=${host.token}`,
      }) as unknown as IncomingMessage
    expect(checkRequest(req('192.168.1.20'), host.port, host.token)).toMatchObject({ allowed: false })
    expect(checkRequest(req('10.0.0.1'), host.port)).toMatchObject({ allowed: false })
    expect(checkRequest(req('::ffff:127.0.0.1'), host.port, host.token)).toMatchObject({
      allowed: true,
    })
  })
})

describe('browser host over WebSocket', () => {
  it('refuses a socket without the right token or from another site', async () => {
    await expect(connect(`ws://127.0.0.1:${host.port}/api`)).rejects.toThrow(/403|refused|Unexpected/)
    await expect(connect(`ws://127.0.0.1:${host.port}/api?token=nope`)).rejects.toThrow()
    await expect(
      connect(`ws://127.0.0.1:${host.port}/api?token=${host.token}`, { origin: 'https://evil.example' }),
    ).rejects.toThrow()
  })

  it('answers every channel through the same contract as Electron', async () => {
    const client = await connect(`ws://127.0.0.1:${host.port}/api?token=${host.token}`)
    expect(await client.call('app:get-info', {})).toMatchObject({ ok: true, value: { runtime: 'browser' } })
    expect(await client.call('settings:update', { values: { defaultCountry: 'FR' } })).toMatchObject({
      ok: true,
      value: { defaultCountry: 'FR' },
    })
    expect(ctx.settings.get().defaultCountry).toBe('FR')
    client.ws.close()
  })

  it.each(requestChannels)(
    '%s answers a wrong payload with BAD_INPUT and the host keeps running',
    async (channel) => {
      const client = await connect(`ws://127.0.0.1:${host.port}/api?token=${host.token}`)
      expect(await client.call(channel, 42)).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } })
      expect(await client.call(channel, { nonsense: [1, 2, 3] })).toMatchObject({
        ok: false,
        error: { code: 'BAD_INPUT' },
      })
      expect(await client.call('settings:get', {})).toMatchObject({ ok: true })
      client.ws.close()
    },
  )

  it('answers a message that is not JSON and pushes events to every open page', async () => {
    const a = await connect(`ws://127.0.0.1:${host.port}/api?token=${host.token}`)
    const b = await connect(`ws://127.0.0.1:${host.port}/api?token=${host.token}`)
    const reply = new Promise((resolve) =>
      a.ws.once('message', (data) => resolve(JSON.parse((data as Buffer).toString('utf8')))),
    )
    a.ws.send('{not json')
    expect(await reply).toMatchObject({ id: null, result: { ok: false, error: { code: 'BAD_INPUT' } } })
    await a.call('settings:update', { values: { 'pacing.preset': 'fast' } })
    await b.call('settings:get', {})
    expect(b.events).toContainEqual({
      event: 'settings:changed',
      payload: expect.objectContaining({ 'pacing.preset': 'fast' }),
    })
    a.ws.close()
    b.ws.close()
  })
})
