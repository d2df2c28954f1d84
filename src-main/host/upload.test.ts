import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import { PhraseSchema } from '../../src-shared/i18n/phrase'
import { english, sayIn } from '../../src-shared/i18n/wording'
import type { AppContext } from '../context'
import { openTestContext, tempDataDir } from '../context.test-support'
import { createHandlers } from '../ipc/handlers'
import { Uploads } from '../uploads'
import { startHost } from './server'
import type { RunningHost } from './server'

const csv = 'Name,Phone\nAna,+44 7911 123456\nBen,+44 7911 123457\n'
const maxBytes = 1000

let ctx: AppContext
let host: RunningHost
let uploads: Uploads
let uploadsDir: string
let remove: () => void

beforeEach(async () => {
  const temp = tempDataDir('herald-upload-')
  remove = temp.remove
  const rendererDir = path.join(temp.dir, 'renderer')
  fs.mkdirSync(rendererDir, { recursive: true })
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Herald</title>')
  ctx = openTestContext({ dataDir: path.join(temp.dir, 'data'), runtime: 'browser' })
  uploadsDir = path.join(temp.dir, 'data', 'uploads')
  // Left by a run that stopped before deleting it: gone once the next run starts.
  fs.mkdirSync(uploadsDir, { recursive: true })
  fs.writeFileSync(path.join(uploadsDir, 'old.upload'), 'Name\n')
  uploads = new Uploads({ dir: uploadsDir, maxBytes, keepMs: 300 })
  const handlers = createHandlers(ctx, { uploads })
  host = await startHost({ handlers, events: ctx.events, log: ctx.log, rendererDir, uploads })
})

afterEach(async () => {
  await host.close()
  await uploads.close()
  await ctx.shutdown()
  remove()
})

/** `said`: the phrase of a refusal, for the page to word in its language (the Herald-Phrase header). */
type Answer = { status: number; text: string; said?: string }

/** POSTs `body` in one piece (with its length) or, `chunked`, in pieces of 100 bytes without one. */
function post(
  query: string,
  body: string,
  options: { chunked?: boolean; method?: string } = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = options.chunked ? {} : { 'Content-Length': String(body.length) }
    const req = http.request(
      `http://127.0.0.1:${host.port}/upload${query}`,
      { method: options.method ?? 'POST', headers },
      (res) => {
        let text = ''
        res.setEncoding('utf8')
        res.on('data', (chunk: string) => (text += chunk))
        const said = res.headers['herald-phrase']
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, text, ...(said ? { said: String(said) } : {}) }),
        )
      },
    )
    req.on('error', reject)
    if (options.chunked) for (let i = 0; i < body.length; i += 100) req.write(body.slice(i, i + 100))
    else req.write(body)
    req.end()
  })
}

const withToken = (name: string): string => `?${new URLSearchParams({ token: host.token, name }).toString()}`

const leftInFolder = (): string[] => fs.readdirSync(uploadsDir)

type Client = { call(channel: string, input: unknown): Promise<unknown>; events: unknown[]; close(): void }

function connect(): Promise<Client> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`ws://127.0.0.1:${host.port}/api?token=${host.token}`)
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
    ws.on('error', reject)
    ws.on('open', () =>
      resolve({
        events,
        close: () => ws.close(),
        call: (channel, input) =>
          new Promise((done) => {
            const id = next++
            waiting.set(id, done)
            ws.send(JSON.stringify({ id, channel, input }))
          }),
      }),
    )
  })
}

describe('POST /upload', () => {
  it('refuses a request without the token, or with a wrong one, and keeps nothing', async () => {
    expect(leftInFolder()).toEqual([])
    expect(await post('?name=shops.csv', csv)).toMatchObject({
      status: 403,
      text: expect.stringMatching(/key/),
    })
    expect((await post(`?name=shops.csv&token=${host.token}x`, csv)).status).toBe(403)
    expect(leftInFolder()).toEqual([])
    expect(uploads.size).toBe(0)
  })

  it('takes POST only, and only a file with a name', async () => {
    expect((await post(withToken('shops.csv'), '', { method: 'GET' })).status).toBe(405)
    expect((await post(`?token=${host.token}`, csv)).status).toBe(400)
    expect(leftInFolder()).toEqual([])
  })

  it('refuses a file over the limit with 413, whether declared or streamed, and leaves no file', async () => {
    const big = 'x'.repeat(maxBytes + 1)
    const declared = await post(withToken('big.csv'), big)
    expect(declared).toMatchObject({
      status: 413,
      text: expect.stringMatching(/^The file is larger than the/),
    })
    const said = PhraseSchema.parse(JSON.parse(declared.said ?? 'null'))
    expect(english(said)).toBe(declared.text)
    expect(sayIn('es', said)).toMatch(/^El archivo pesa más de los \d+ MB que acepta Herald/)
    const streamed = await post(withToken('big.csv'), big.repeat(3), { chunked: true })
    expect(streamed.status).toBe(413)
    expect(leftInFolder()).toEqual([])
    expect(uploads.size).toBe(0)
  })

  it('keeps a good file privately until import:open claims it, once, and then deletes it', async () => {
    const sent = await post(withToken('Shops – März.csv'), csv)
    expect(sent.status).toBe(200)
    const { uploadId } = JSON.parse(sent.text) as { uploadId: string }
    const kept = leftInFolder()
    expect(kept).toEqual([`${uploadId}.upload`])
    if (process.platform !== 'win32')
      expect(fs.statSync(path.join(uploadsDir, kept[0]!)).mode & 0o777).toBe(0o600)

    const client = await connect()
    const opened = (await client.call('import:open', { uploadId })) as {
      ok: boolean
      value: { sessionId: string; fileName: string }
    }
    expect(opened).toMatchObject({ ok: true, value: { fileName: 'Shops – März.csv' } })
    expect(leftInFolder()).toEqual([])
    // Every progress event of this import names its session, the first one included.
    const progress = client.events.filter((e) => (e as { event: string }).event === 'import:progress')
    expect(progress.length).toBeGreaterThan(0)
    for (const event of progress)
      expect(event).toMatchObject({ payload: { sessionId: opened.value.sessionId } })

    expect(await client.call('import:open', { uploadId })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', message: expect.stringMatching(/Choose it again/) },
    })
    client.close()
  })

  it('hands an uploaded image to templates:attach, checked by its content', async () => {
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
      'base64',
    ).toString('latin1')
    const client = await connect()
    const sendAs = async (name: string, body: string): Promise<string> => {
      const answer = await new Promise<Answer>((resolve, reject) => {
        const req = http.request(
          `http://127.0.0.1:${host.port}/upload${withToken(name)}`,
          { method: 'POST' },
          (res) => {
            let text = ''
            res.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')))
            res.on('end', () => resolve({ status: res.statusCode ?? 0, text }))
          },
        )
        req.on('error', reject)
        req.end(Buffer.from(body, 'latin1'))
      })
      return (JSON.parse(answer.text) as { uploadId: string }).uploadId
    }
    expect(await client.call('templates:attach', { uploadId: await sendAs('logo.png', png) })).toMatchObject({
      ok: true,
      value: { name: 'logo.png', mime: 'image/png', bytes: 70 },
    })
    expect(await client.call('templates:attach', { uploadId: await sendAs('logo.png', csv) })).toMatchObject({
      ok: false,
      error: { code: 'BAD_INPUT' },
    })
    expect(leftInFolder()).toEqual([])
    client.close()
  })

  it('removes a file nobody claims in time', async () => {
    const sent = await post(withToken('shops.csv'), csv)
    const { uploadId } = JSON.parse(sent.text) as { uploadId: string }
    expect(leftInFolder()).toHaveLength(1)
    await new Promise((resolve) => setTimeout(resolve, 500))
    expect(leftInFolder()).toEqual([])
    const client = await connect()
    expect(await client.call('import:open', { uploadId })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    })
    client.close()
  })

  it('refuses a path from the page of the browser run: it cannot name a file on this computer', async () => {
    const client = await connect()
    const file = path.join(uploadsDir, '..', 'herald.db')
    expect(await client.call('import:open-path', { path: file })).toMatchObject({
      ok: false,
      error: { code: 'UNAVAILABLE' },
    })
    expect(await client.call('templates:choose-attachment', {})).toMatchObject({
      ok: false,
      error: { code: 'UNAVAILABLE' },
    })
    client.close()
  })
})
