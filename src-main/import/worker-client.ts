import fs from 'node:fs'
import path from 'node:path'
import { Worker } from 'node:worker_threads'
import type { ImportProgress } from '../../src-shared/domain/contacts'
import { phrase } from '../../src-shared/i18n/phrase'
import { english } from '../../src-shared/i18n/wording'
import { AppError } from '../errors'
import type { WorkerRequest, WorkerResponse } from './worker-protocol'

type DistributiveOmit<T, K extends keyof T> = T extends unknown ? Omit<T, K> : never
export type Request = DistributiveOmit<WorkerRequest, 'id'>

export type ProgressListener = (progress: Omit<ImportProgress, 'sessionId'>) => void

/** The import worker (worker.ts), or the small helper that only checks phone numbers (phone-worker.ts). */
export type WorkerKind = 'import' | 'phones'

const files: Record<WorkerKind, { built: string; source: string }> = {
  import: { built: 'import-worker.js', source: 'worker.ts' },
  phones: { built: 'phone-worker.js', source: 'phone-worker.ts' },
}

/**
 * Built: out/main/import-worker.js (or phone-worker.js), next to this bundle or its chunks/ folder. From
 * source (tsx, Vitest): worker.ts (phone-worker.ts), compiled on the fly by tsx.
 */
function startWorker(kind: WorkerKind): Worker {
  const options = { resourceLimits: { maxOldGenerationSizeMb: 2048 } }
  const { built: name, source: sourceName } = files[kind]
  const candidates = [path.join(__dirname, name), path.join(__dirname, '..', name)]
  const built = candidates.find((file) => fs.existsSync(file))
  if (built) return new Worker(built, options)
  if (!__filename.endsWith('.ts')) throw new Error(`The import worker is missing next to ${__dirname}.`)
  const source = path.join(__dirname, sourceName)
  const boot = `require(${JSON.stringify(require.resolve('tsx/cjs'))}); require(${JSON.stringify(source)})`
  return new Worker(boot, { ...options, eval: true })
}

type Pending = { resolve(value: unknown): void; reject(error: Error): void; timer: NodeJS.Timeout }

const tooSlow = (seconds: number): AppError =>
  new AppError('UNAVAILABLE', phrase('importing.session.tooSlow', { seconds }))

/**
 * One worker thread per import: parsing and analysis never run on the main thread. Each request has a time
 * limit; a worker that exceeds it is terminated, and so is one that crashes.
 */
export class ImportWorker {
  private readonly worker: Worker
  private readonly pending = new Map<number, Pending>()
  private nextId = 1
  private dead: Error | null = null

  constructor(
    private onProgress: ProgressListener,
    kind: WorkerKind = 'import',
  ) {
    this.worker = startWorker(kind)
    this.worker.unref()
    this.worker.on('message', (message: WorkerResponse) => this.receive(message))
    this.worker.on('error', (error) => this.fail(error))
    this.worker.on('exit', () => this.fail(new Error('The import worker stopped.')))
  }

  /** Where progress goes from now on (a worker started ahead gets its import's listener when used). */
  listen(listener: ProgressListener): void {
    this.onProgress = listener
  }

  request<T>(request: Request, timeoutSeconds: number): Promise<T> {
    if (this.dead) return Promise.reject(this.dead)
    const id = this.nextId++
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.fail(tooSlow(timeoutSeconds))
      }, timeoutSeconds * 1000)
      this.pending.set(id, { resolve: resolve, reject, timer })
      const transfer = request.type === 'open' ? [request.bytes.buffer as ArrayBuffer] : []
      this.worker.postMessage({ ...request, id }, transfer)
    })
  }

  terminate(): Promise<void> {
    this.fail(new AppError('NOT_FOUND', phrase('importing.session.closed')))
    return this.worker.terminate().then(() => undefined)
  }

  private receive(message: WorkerResponse): void {
    if (message.type === 'progress') {
      const { phase, percent, messagePhrase } = message
      this.onProgress({ phase, percent, message: english(messagePhrase), messagePhrase })
      return
    }
    const pending = this.pending.get(message.id)
    if (!pending) return
    this.pending.delete(message.id)
    clearTimeout(pending.timer)
    if (message.type === 'result') pending.resolve(message.value)
    else if (message.phrase) pending.reject(new AppError('BAD_INPUT', message.phrase))
    else pending.reject(new Error(message.message))
  }

  private fail(error: Error): void {
    if (!this.dead) {
      this.dead = error
      if (error instanceof AppError) void this.worker.terminate()
    }
    for (const [id, pending] of this.pending) {
      clearTimeout(pending.timer)
      pending.reject(this.dead)
      this.pending.delete(id)
    }
  }
}
