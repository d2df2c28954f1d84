import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import type { Readable } from 'node:stream'
import { phrase } from '../src-shared/i18n/phrase'
import { AppError } from './errors'

export type UploadsOptions = {
  /** A folder of the data folder's own (`<data>/uploads`), emptied of what an earlier run left there. */
  dir: string
  /** The largest file taken; the request that carries more is refused as it streams. */
  maxBytes: number
  /** How long a file waits to be claimed before it is removed. */
  keepMs?: number
}

export type Received = { ok: true; uploadId: string } | { ok: false; reason: 'too-large' | 'failed' }

type Waiting = { file: string; name: string; timer: NodeJS.Timeout }

const defaultKeepMs = 10 * 60 * 1000

class TooLarge extends Error {}

/**
 * Files the browser run's page sent over HTTP (never over the WebSocket, and never as base64), each in a
 * private file of the data folder until a request claims it by its id: once, after which it is deleted.
 * One not claimed within `keepMs` is deleted too.
 */
export class Uploads {
  private readonly waiting = new Map<string, Waiting>()
  readonly maxBytes: number
  private readonly keepMs: number

  constructor(private readonly options: UploadsOptions) {
    this.maxBytes = options.maxBytes
    this.keepMs = options.keepMs ?? defaultKeepMs
    fs.mkdirSync(options.dir, { recursive: true, mode: 0o700 })
    // Left by a run that stopped before deleting them.
    for (const entry of fs.readdirSync(options.dir)) {
      if (entry.endsWith('.upload')) fs.rmSync(path.join(options.dir, entry), { force: true })
    }
  }

  /** Streams `body` to a file of its own; more than `maxBytes` (declared or sent) is refused, file removed. */
  async receive(body: Readable, name: string, declaredBytes?: number): Promise<Received> {
    if (declaredBytes !== undefined && declaredBytes > this.maxBytes)
      return { ok: false, reason: 'too-large' }
    const uploadId = crypto.randomUUID()
    const file = path.join(this.options.dir, `${uploadId}.upload`)
    try {
      await this.write(body, file)
    } catch (error) {
      await fs.promises.rm(file, { force: true })
      return { ok: false, reason: error instanceof TooLarge ? 'too-large' : 'failed' }
    }
    const timer = setTimeout(() => void this.discard(uploadId), this.keepMs)
    timer.unref()
    this.waiting.set(uploadId, { file, name, timer })
    return { ok: true, uploadId }
  }

  /**
   * Hands the uploaded file to `use` (its path and the name the page gave it), then deletes it, whatever
   * `use` does: an upload serves one request only.
   */
  async claim<T>(uploadId: string, use: (file: string, name: string) => Promise<T>): Promise<T> {
    const entry = this.waiting.get(uploadId)
    if (!entry) {
      throw new AppError('NOT_FOUND', phrase('importing.upload.gone'))
    }
    this.waiting.delete(uploadId)
    clearTimeout(entry.timer)
    try {
      return await use(entry.file, entry.name)
    } finally {
      await fs.promises.rm(entry.file, { force: true })
    }
  }

  /** How many files wait to be claimed. */
  get size(): number {
    return this.waiting.size
  }

  /** Deletes every waiting file; at the end of the run. */
  async close(): Promise<void> {
    await Promise.all([...this.waiting.keys()].map((id) => this.discard(id)))
  }

  private async discard(uploadId: string): Promise<void> {
    const entry = this.waiting.get(uploadId)
    if (!entry) return
    this.waiting.delete(uploadId)
    clearTimeout(entry.timer)
    await fs.promises.rm(entry.file, { force: true })
  }

  private async write(body: Readable, file: string): Promise<void> {
    const out = await fs.promises.open(file, 'wx', 0o600)
    let received = 0
    try {
      // Not destroyed on a refusal: the host still answers on the request's connection.
      for await (const chunk of body.iterator({ destroyOnReturn: false })) {
        const bytes = chunk as Buffer
        received += bytes.length
        if (received > this.maxBytes) throw new TooLarge()
        await out.write(bytes)
      }
    } finally {
      await out.close()
    }
  }
}
