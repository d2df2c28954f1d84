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
import { contentDisposition } from './download'
import { checkRequest } from './guard'
import { startHost } from './server'
import type { RunningHost } from './server'

let ctx: AppContext
let host: RunningHost
let remove: () => void
let dir: string
let savedFiles: Set<string>

beforeEach(async () => {
  const temp = tempDataDir()
  remove = temp.remove
  dir = temp.dir
  const rendererDir = path.join(temp.dir, 'renderer')
  fs.mkdirSync(path.join(rendererDir, 'assets'), { recursive: true })
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Herald</title>')
  fs.writeFileSync(path.join(rendererDir, 'assets', 'app.js'), 'console.log(1)')
  fs.writeFileSync(path.join(temp.dir, 'secret.txt'), 'do not serve')
  ctx = openTestContext({ dataDir: path.join(temp.dir, 'data'), runtime: 'browser' })
  savedFiles = new Set()
  const handlers = createHandlers(ctx, { saved: savedFiles })
  host = await startHost({ handlers, events: ctx.events, log: ctx.log, rendererDir, savedFiles })
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

  it('says why it refuses a page in the browser’s language, English otherwise', async () => {
    const elsewhere = { host: `evil.example:${host.port}` }
    const english = await request('/', elsewhere)
    expect(english.status).toBe(403)
    expect(english.body.toString()).toBe(
      'This Herald page can only be opened with the link Herald printed when it started (it carries a key). ' +
        'Copy that link from the window where Herald runs.',
    )
    const french = await request('/', { ...elsewhere, 'accept-language': 'fr-CA,fr;q=0.9,en;q=0.8' })
    expect(french.body.toString()).toMatch(/^Cette page de Herald ne s’ouvre qu’avec le lien/)
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

type Answer = { status: number | undefined; headers: http.IncomingHttpHeaders; body: Buffer }

/** A request as any program on this computer could make it: every header its own choice. */
function request(target: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: host.port, path: target, method, headers }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('end', () =>
        resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }),
      )
    })
    req.on('error', reject)
    req.end()
  })
}

const download = (file: string, token = host.token): string =>
  `/download?file=${encodeURIComponent(file)}&token=${encodeURIComponent(token)}`

async function saved(channel: 'reports:export' | 'db:backup', input: unknown): Promise<string> {
  const client = await connect(`ws://127.0.0.1:${host.port}/api?token=${host.token}`)
  const result = (await client.call(channel, input)) as {
    ok: boolean
    value: { status: string; file: string }
  }
  client.ws.close()
  expect(result).toMatchObject({ ok: true, value: { status: 'saved' } })
  return result.value.file
}

describe('browser host downloads', () => {
  it('hands out a file this run exported or backed up, with the token, as an attachment of its type', async () => {
    const csv = await saved('reports:export', { exportId: 'x', reports: ['summary'], format: 'csv' })
    const answer = await request(download(csv))
    expect(answer.status).toBe(200)
    expect(answer.headers['content-type']).toBe('text/csv; charset=utf-8')
    expect(answer.headers['content-disposition']).toBe(
      `attachment; filename="${path.basename(csv)}"; filename*=UTF-8''${encodeURIComponent(path.basename(csv))}`,
    )
    expect(answer.headers['x-content-type-options']).toBe('nosniff')
    expect(answer.headers['cache-control']).toBe('no-store')
    expect(answer.headers['set-cookie']).toBeUndefined()
    expect(answer.body.equals(fs.readFileSync(csv))).toBe(true)

    const backup = await saved('db:backup', {})
    const copy = await request(download(backup))
    expect(copy.status).toBe(200)
    expect(copy.headers['content-type']).toBe('application/vnd.sqlite3')
    expect(Number(copy.headers['content-length'])).toBe(fs.statSync(backup).size)
    expect(copy.body.equals(fs.readFileSync(backup))).toBe(true)

    const head = await request(download(csv), {}, 'HEAD')
    expect(head.status).toBe(200)
    expect(head.body.length).toBe(0)
  })

  it('names a file in Arabic or with emoji so that a browser saves it under that name', () => {
    expect(contentDisposition('عرض رمضان 🌙-summary.csv')).toBe(
      `attachment; filename="___ _____ _-summary.csv"; filename*=UTF-8''${encodeURIComponent('عرض رمضان 🌙-summary.csv')}`,
    )
    expect(contentDisposition(`a"b\\c%'(x).csv`)).toBe(
      `attachment; filename="a_b_c_'(x).csv"; filename*=UTF-8''a%22b%5Cc%25%27%28x%29.csv`,
    )
  })

  it('refuses a download without the token, from another site or through another host name', async () => {
    const csv = await saved('reports:export', { exportId: 'x', reports: ['summary'], format: 'csv' })
    const warn = vi.spyOn(ctx.log, 'warn')
    const refused: Answer[] = [
      await request(`/download?file=${encodeURIComponent(csv)}`),
      await request(download(csv, 'nope')),
      await request(download(csv, `${host.token}x`)),
      await request(download(csv), { origin: 'https://evil.example' }),
      await request(download(csv), { origin: `http://127.0.0.1:${host.port + 1}` }),
      await request(download(csv), { host: `evil.example:${host.port}` }),
    ]
    for (const answer of refused) {
      expect(answer.status).toBe(403)
      expect(answer.body.toString()).not.toContain('Campaign')
    }
    expect(warn.mock.calls.map((call) => String(call[0])).join('\n')).not.toContain(host.token)
    expect((await request(download(csv), {}, 'POST')).status).toBe(405)
  })

  it('refuses every file this run did not save: traversal, the database, another export, a link', async () => {
    const csv = await saved('reports:export', { exportId: 'x', reports: ['summary'], format: 'csv' })
    const exports = path.dirname(csv)
    const stranger = path.join(exports, 'not-from-this-run.csv')
    fs.writeFileSync(stranger, 'not exported by Herald')
    const attempts = [
      path.join(exports, '..', 'herald.db'),
      `${exports}/../herald.db`,
      `${exports}/%2e%2e/herald.db`,
      ctx.paths.databasePath,
      path.join(dir, 'secret.txt'),
      `${exports}/../../secret.txt`,
      stranger,
      exports,
      path.relative(process.cwd(), csv),
      path.basename(csv),
      '',
    ]
    for (const file of attempts) {
      const answer = await request(download(file))
      expect(answer.status, file).toBe(403)
      expect(answer.body.toString(), file).not.toMatch(/do not serve|not exported|SQLite/)
    }
    expect((await request(`/download?token=${host.token}`)).status).toBe(403)
    // A link put in the exported file's place leads nowhere
    fs.rmSync(csv)
    fs.symlinkSync(path.join(dir, 'secret.txt'), csv)
    const linked = await request(download(csv))
    expect(linked.status).toBe(403)
    expect(linked.body.toString()).not.toContain('do not serve')
  })

  it('refuses the files another run saved: the list belongs to this host', async () => {
    const csv = await saved('reports:export', { exportId: 'x', reports: ['summary'], format: 'csv' })
    const other = await startHost({
      handlers: createHandlers(ctx),
      events: ctx.events,
      log: ctx.log,
      rendererDir: path.join(dir, 'renderer'),
    })
    try {
      const answer = await fetch(`http://127.0.0.1:${other.port}${download(csv, other.token)}`)
      expect(answer.status).toBe(403)
    } finally {
      await other.close()
    }
  })
})
