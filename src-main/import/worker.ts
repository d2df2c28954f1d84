import { parentPort } from 'node:worker_threads'
import type { RowPage } from '../../src-shared/domain/contacts'
import { phrase } from '../../src-shared/i18n/phrase'
import { analyzeSheet, phoneCells } from './analyze'
import { pickDefaultSheet } from './default-sheet'
import type { Analysis } from './analyze'
import { ImportFileError } from './errors'
import { normalizePhone } from './phone'
import type { PhoneResult } from './phone'
import { readWorkbook } from './read-workbook'
import type { RawSheet } from './read-workbook'
import { ImportWorker } from './worker-client'
import type { RowFilter, WorkerRequest, WorkerResponse } from './worker-protocol'

// The worker owns the parsed workbook and the latest analysis, so the main process only ever receives
// small answers (sheet list, counts, one page of rows) and never stalls on a big file.
let sheets: RawSheet[] = []
let analysis: Analysis | null = null
const filtered = new Map<RowFilter, number[]>()

// A big file's numbers are checked on two threads: this one and a helper started while the file is read
// (checking a number costs ~9 µs; 100,000 of them on one thread are most of an import's time).
const bigFileBytes = 512 * 1024
const splitFrom = 10_000
let helper: ImportWorker | null = null

function send(message: WorkerResponse): void {
  parentPort?.postMessage(message)
}

function open(request: Extract<WorkerRequest, { type: 'open' }>): WorkerResponse {
  send({
    id: request.id,
    type: 'progress',
    phase: 'parsing',
    percent: 10,
    messagePhrase: phrase('importing.progress.reading'),
  })
  if (request.bytes.byteLength >= bigFileBytes) helper ??= new ImportWorker(() => undefined, 'phones')
  sheets = readWorkbook(request.bytes, request.fileName)
  analysis = null
  filtered.clear()
  const infos = sheets.map((sheet) => ({
    name: sheet.name,
    rows: sheet.rows.length,
    columns: sheet.rows.reduce((max, row) => Math.max(max, row.length), 0),
  }))
  return { id: request.id, type: 'result', value: { sheets: infos, defaultSheet: pickDefaultSheet(sheets) } }
}

/**
 * Checks the sheet's numbers on two threads, the second half on the helper while this one checks the
 * first; null for a small sheet (the analysis checks its numbers itself).
 */
async function checkAhead(
  sheet: RawSheet,
  request: Extract<WorkerRequest, { type: 'analyze' }>,
): Promise<Map<string, PhoneResult> | null> {
  if (!helper) return null
  const raws = phoneCells(sheet, request)
  if (raws.length < splitFrom) return null
  const cut = raws.length >> 1
  const theirs = raws.slice(cut)
  const answer = helper.request<PhoneResult[]>({ type: 'phones', country: request.country, raws: theirs }, 60)
  const checked = new Map<string, PhoneResult>()
  for (let i = 0; i < cut; i++) checked.set(raws[i]!, normalizePhone(raws[i]!, request.country))
  try {
    const results = await answer
    for (let i = 0; i < theirs.length; i++) if (results[i]) checked.set(theirs[i]!, results[i]!)
  } catch {
    // The helper failed: the analysis checks the rest here
  }
  return checked
}

async function analyze(request: Extract<WorkerRequest, { type: 'analyze' }>): Promise<WorkerResponse> {
  const sheet = sheets.find((s) => s.name === request.sheet)
  if (!sheet) throw new ImportFileError(phrase('importing.sheet.missing', { sheet: request.sheet }))
  send({
    id: request.id,
    type: 'progress',
    phase: 'analysing',
    percent: 60,
    messagePhrase: phrase('importing.progress.checking'),
  })
  const checked = await checkAhead(sheet, request)
  analysis = analyzeSheet(sheet, {
    checked: checked ?? undefined,
    country: request.country,
    roles: request.roles,
    optOuts: new Set(request.optOuts),
  })
  filtered.clear()
  const { headerRow, columns, counts, problem, problemPhrase, suggestedCountry } = analysis
  const value = { headerRow, columns, counts, problem, problemPhrase, suggestedCountry }
  return { id: request.id, type: 'result', value }
}

function indexesFor(filter: RowFilter, current: Analysis): number[] {
  const cached = filtered.get(filter)
  if (cached) return cached
  const indexes: number[] = []
  current.rows.forEach((row, i) => {
    if (filter === 'repaired' ? row.repaired : row.verdict === filter) indexes.push(i)
  })
  filtered.set(filter, indexes)
  return indexes
}

function rows(request: Extract<WorkerRequest, { type: 'rows' }>): WorkerResponse {
  if (!analysis) throw new ImportFileError(phrase('importing.sheet.chooseFirst'))
  const current = analysis
  const { offset, limit, verdict } = request
  let page: RowPage
  if (!verdict) page = { total: current.rows.length, rows: current.rows.slice(offset, offset + limit) }
  else {
    const indexes = indexesFor(verdict, current)
    page = { total: indexes.length, rows: indexes.slice(offset, offset + limit).map((i) => current.rows[i]!) }
  }
  return { id: request.id, type: 'result', value: page }
}

async function handle(request: WorkerRequest): Promise<WorkerResponse> {
  try {
    if (request.type === 'ping') {
      if (request.helper) {
        helper ??= new ImportWorker(() => undefined, 'phones')
        await helper.request<null>({ type: 'ping' }, 60)
      }
      return { id: request.id, type: 'result', value: null }
    }
    if (request.type === 'open') return open(request)
    if (request.type === 'analyze') return await analyze(request)
    if (request.type === 'phones') throw new Error('Phone numbers are checked by the phone helper.')
    return rows(request)
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    const said = error instanceof ImportFileError ? error.phrase : null
    return { id: request.id, type: 'error', message, phrase: said }
  }
}

// One request at a time, in the order they came: a page of rows never reads a half-made analysis
let queue: Promise<void> = Promise.resolve()
parentPort?.on('message', (request: WorkerRequest) => {
  queue = queue.then(async () => send(await handle(request)))
})
