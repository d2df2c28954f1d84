import crypto from 'node:crypto'
import path from 'node:path'
import { setImmediate as yieldToEvents } from 'node:timers/promises'
import type {
  ColumnRole,
  ContactList,
  ImportAnalysis,
  ImportOpened,
  ImportProgress,
  RowPage,
} from '../../src-shared/domain/contacts'
import { maxImportBytes } from '../../src-shared/domain/contacts'
import { phrase } from '../../src-shared/i18n/phrase'
import type { Phrase } from '../../src-shared/i18n/phrase'
import { english } from '../../src-shared/i18n/wording'
import type { ListsService } from '../contacts/lists-service'
import type { OptOutsService } from '../contacts/opt-outs-service'
import type { DiskRoom } from '../disk-space'
import { AppError } from '../errors'
import { ImportWorker } from './worker-client'
import type { ProgressListener } from './worker-client'
import type { AnalyzeResult, OpenResult, RowFilter } from './worker-protocol'

type Deps = {
  lists: ListsService
  optOuts: OptOutsService
  defaultCountry: () => string
  onProgress: (progress: ImportProgress) => void
  record: (kind: string, message: string, data?: unknown) => void
  /** The room on the data folder's disk: checked before a list is saved, and how a full disk is told. */
  room?: Pick<DiskRoom, 'ensure' | 'explain'>
}

type Session = {
  id: string
  fileName: string
  worker: ImportWorker
  opened: OpenResult
  analysis: ImportAnalysis | null
  lastUsed: number
}

export type AnalyzeOptions = {
  sheet?: string
  country?: string
  roles?: { index: number; role: ColumnRole }[]
}

const openSeconds = 120
const requestSeconds = 60
const saveChunk = 4000
const idleMs = 30 * 60 * 1000
const maxSessions = 10

// Measured on schema 13: a contact with its indexes takes about 130 bytes plus its text, and since schema
// 15 about half as much text again for search (search_text: name and fields folded, without the keys). A
// row as the worker sends it (JSON, with its keys) is longer than what is stored, which keeps the estimate
// on the side of room; the WAL's copy of the pages is in DiskRoom's margin (session-room.test.ts checks both).
const bytesPerContact = 120
const bytesPerTextByte = 1.5

/** About how much the database grows by for `total` contacts like those of `sample`. */
export function listBytes(total: number, sample: RowPage['rows']): number {
  const text = sample.reduce((sum, row) => sum + Buffer.byteLength(JSON.stringify(row), 'utf8'), 0)
  const perRow = sample.length > 0 ? text / sample.length : 0
  return Math.ceil(total * (bytesPerContact + bytesPerTextByte * perRow))
}

const noRows = phrase('importing.problem.noRows')
const maxImportMegabytes = maxImportBytes / 1024 / 1024

/** A sentence of the import's progress, in English for the log and as a phrase for the window. */
function saying(said: Phrase): Pick<ImportProgress, 'message' | 'messagePhrase'> {
  return { message: english(said), messagePhrase: said }
}

/** A list whose saving failed goes; if even that fails (a full disk), the next start removes it. */
function abandon(lists: Pick<ListsService, 'abandon'>, listId: number): void {
  try {
    lists.abandon(listId)
  } catch {
    // Never shown meanwhile: only finished lists are read (ListsService.deleteUnfinished at start-up).
  }
}

/**
 * Imports in progress: each has its own worker holding the parsed file, until it is saved or closed.
 * Saving streams the rows from the worker in chunks, so the main process stays responsive.
 */
export class ImportSessions {
  private readonly sessions = new Map<string, Session>()
  /** A worker started ahead (warmUp), so that opening a file does not wait for one to load. */
  private spare: { worker: ImportWorker; ready: Promise<void> } | null = null
  private keepReady = false

  constructor(private readonly deps: Deps) {}

  async open(fileName: string, data: Uint8Array): Promise<ImportOpened> {
    if (data.byteLength === 0)
      throw new AppError('BAD_INPUT', phrase('importing.file.empty', { name: fileName }))
    if (data.byteLength > maxImportBytes) {
      throw new AppError(
        'BAD_INPUT',
        phrase('importing.file.tooLarge', { name: fileName, limit: maxImportMegabytes }),
      )
    }
    this.evict()
    const id = crypto.randomUUID()
    const progress = (p: Omit<ImportProgress, 'sessionId'>): void =>
      this.deps.onProgress({ sessionId: id, ...p })
    const worker = this.takeWorker(progress)
    progress({
      phase: 'reading',
      percent: 5,
      ...saying(phrase('importing.progress.opening', { name: fileName })),
    })
    // A copy of its own, so that handing the bytes to the worker cannot detach a shared buffer.
    const bytes = new Uint8Array(data)
    try {
      const opened = await worker.request<OpenResult>({ type: 'open', fileName, bytes }, openSeconds)
      this.sessions.set(id, { id, fileName, worker, opened, analysis: null, lastUsed: Date.now() })
      progress({ phase: 'done', percent: 100, ...saying(phrase('importing.progress.read')) })
      return { sessionId: id, fileName, sheets: opened.sheets, defaultSheet: opened.defaultSheet }
    } catch (error) {
      void worker.terminate()
      throw error
    }
  }

  async analyze(sessionId: string, options: AnalyzeOptions = {}): Promise<ImportAnalysis> {
    const session = this.get(sessionId)
    const sheet = options.sheet ?? session.analysis?.sheet ?? session.opened.defaultSheet
    if (!session.opened.sheets.some((s) => s.name === sheet)) {
      const sheets = session.opened.sheets.map((s) => `"${s.name}"`).join(', ')
      throw new AppError(
        'NOT_FOUND',
        phrase('importing.sheet.notFound', { sheet, file: session.fileName, sheets }),
      )
    }
    const country = options.country ?? this.deps.defaultCountry()
    const result = await session.worker.request<AnalyzeResult>(
      { type: 'analyze', sheet, country, roles: options.roles, optOuts: [...this.deps.optOuts.all()] },
      requestSeconds,
    )
    const problem = result.problemPhrase ?? (result.counts.total === 0 ? noRows : null)
    session.analysis = {
      sessionId,
      sheet,
      country,
      ...result,
      problem: problem && english(problem),
      problemPhrase: problem,
    }
    this.deps.onProgress({
      sessionId,
      phase: 'done',
      percent: 100,
      ...saying(phrase('importing.progress.checked')),
    })
    return session.analysis
  }

  async rows(
    sessionId: string,
    filter: { verdict?: RowFilter; offset: number; limit: number },
  ): Promise<RowPage> {
    const session = this.get(sessionId)
    if (!session.analysis) await this.analyze(sessionId)
    return session.worker.request<RowPage>({ type: 'rows', ...filter }, requestSeconds)
  }

  /**
   * Saves the analysed rows as a named list, once the disk has room for it; a failure part-way leaves no
   * half list behind.
   */
  async save(sessionId: string, name: string): Promise<ContactList> {
    const session = this.get(sessionId)
    const analysis = session.analysis ?? (await this.analyze(sessionId))
    if (analysis.problemPhrase) throw new AppError('BAD_INPUT', analysis.problemPhrase)
    const first = await this.page(session, 0)
    const need = this.deps.room?.ensure(
      { kind: 'list', contacts: analysis.counts.total },
      listBytes(analysis.counts.total, first.rows),
    )
    try {
      return await this.write(session, analysis, name, first)
    } catch (error) {
      throw this.deps.room ? this.deps.room.explain(error, need) : error
    }
  }

  private page(session: Session, offset: number): Promise<RowPage> {
    return session.worker.request<RowPage>({ type: 'rows', offset, limit: saveChunk }, requestSeconds)
  }

  private async write(
    session: Session,
    analysis: ImportAnalysis,
    name: string,
    first: RowPage,
  ): Promise<ContactList> {
    const sessionId = session.id
    const listId = this.deps.lists.create({
      name,
      sourceFile: session.fileName,
      sheet: analysis.sheet,
      country: analysis.country,
      fieldKeys: analysis.columns
        .filter((c) => ['field', 'website', 'city'].includes(c.role))
        .map((c) => c.key),
      fieldHeaders: Object.fromEntries(analysis.columns.map((c) => [c.key, c.header])),
    })
    try {
      // The next page is asked for before this one is written: the worker copies it out meanwhile
      let next: Promise<RowPage> = Promise.resolve(first)
      for (let offset = 0; offset < analysis.counts.total; offset += saveChunk) {
        const page = await next
        const following = offset + saveChunk
        next = following < analysis.counts.total ? this.page(session, following) : Promise.resolve(first)
        // A failure while writing leaves the page asked for ahead unread: nothing waits for it
        next.catch(() => undefined)
        this.deps.lists.appendChunk(listId, page.rows)
        const percent = Math.round(((offset + page.rows.length) / analysis.counts.total) * 100)
        this.deps.onProgress({
          sessionId,
          phase: 'saving',
          percent,
          ...saying(phrase('importing.progress.saving')),
        })
        await yieldToEvents()
      }
    } catch (error) {
      abandon(this.deps.lists, listId)
      throw error
    }
    const list = this.deps.lists.finish(listId, analysis.counts)
    this.deps.record('list_imported', `Imported ${path.basename(session.fileName)} as "${list.name}"`, {
      listId: list.id,
      counts: analysis.counts,
    })
    await this.close(sessionId)
    return list
  }

  /**
   * Starts a worker ahead and keeps one ready after each import (the desktop and the browser run call this
   * at start-up: loading the spreadsheet and phone libraries takes a few hundred milliseconds). Resolves
   * once it is ready.
   */
  warmUp(): Promise<void> {
    this.keepReady = true
    if (!this.spare) {
      const worker = new ImportWorker(() => undefined)
      // With its helper for big files' phone numbers, so that neither loads while a file waits
      const ready = worker.request<null>({ type: 'ping', helper: true }, openSeconds).then(
        () => undefined,
        () => undefined,
      )
      this.spare = { worker, ready }
    }
    return this.spare.ready
  }

  private takeWorker(progress: ProgressListener): ImportWorker {
    const spare = this.spare
    this.spare = null
    if (!spare) return new ImportWorker(progress)
    spare.worker.listen(progress)
    return spare.worker
  }

  async close(sessionId: string): Promise<void> {
    const session = this.sessions.get(sessionId)
    if (!session) return
    this.sessions.delete(sessionId)
    await session.worker.terminate()
    if (this.keepReady) void this.warmUp()
  }

  async closeAll(): Promise<void> {
    this.keepReady = false
    const spare = this.spare
    this.spare = null
    await Promise.all([...this.sessions.keys()].map((id) => this.close(id)))
    await spare?.worker.terminate()
  }

  private get(sessionId: string): Session {
    const session = this.sessions.get(sessionId)
    if (!session) {
      throw new AppError('NOT_FOUND', phrase('importing.session.gone'))
    }
    session.lastUsed = Date.now()
    return session
  }

  /** Forgets imports left idle, and the oldest when too many are open: each holds a whole file in memory. */
  private evict(): void {
    const now = Date.now()
    const byAge = [...this.sessions.values()].sort((a, b) => a.lastUsed - b.lastUsed)
    for (const [i, session] of byAge.entries()) {
      if (now - session.lastUsed > idleMs || byAge.length - i >= maxSessions) void this.close(session.id)
    }
  }
}
