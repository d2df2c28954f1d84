import { parentPort } from 'node:worker_threads'
import type { RowPage } from '../../src-shared/domain/contacts'
import { analyzeSheet } from './analyze'
import { pickDefaultSheet } from './default-sheet'
import type { Analysis } from './analyze'
import { ImportFileError } from './errors'
import { readWorkbook } from './read-workbook'
import type { RawSheet } from './read-workbook'
import type { RowFilter, WorkerRequest, WorkerResponse } from './worker-protocol'

// The worker owns the parsed workbook and the latest analysis, so the main process only ever receives
// small answers (sheet list, counts, one page of rows) and never stalls on a big file.
let sheets: RawSheet[] = []
let analysis: Analysis | null = null
const filtered = new Map<RowFilter, number[]>()

function send(message: WorkerResponse): void {
  parentPort?.postMessage(message)
}

function open(request: Extract<WorkerRequest, { type: 'open' }>): WorkerResponse {
  send({
    id: request.id,
    type: 'progress',
    phase: 'parsing',
    percent: 10,
    message: 'Reading the spreadsheet…',
  })
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

function analyze(request: Extract<WorkerRequest, { type: 'analyze' }>): WorkerResponse {
  const sheet = sheets.find((s) => s.name === request.sheet)
  if (!sheet)
    throw new ImportFileError(`This file has no sheet called "${request.sheet}". Choose one from the list.`)
  send({
    id: request.id,
    type: 'progress',
    phase: 'analysing',
    percent: 60,
    message: 'Checking every phone number…',
  })
  analysis = analyzeSheet(sheet, {
    country: request.country,
    roles: request.roles,
    optOuts: new Set(request.optOuts),
  })
  filtered.clear()
  const { headerRow, columns, counts, problem, suggestedCountry } = analysis
  return { id: request.id, type: 'result', value: { headerRow, columns, counts, problem, suggestedCountry } }
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
  if (!analysis) throw new ImportFileError('Choose a sheet first.')
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

function handle(request: WorkerRequest): WorkerResponse {
  try {
    if (request.type === 'open') return open(request)
    if (request.type === 'analyze') return analyze(request)
    return rows(request)
  } catch (error) {
    const userFacing = error instanceof ImportFileError
    const message = error instanceof Error ? error.message : String(error)
    return { id: request.id, type: 'error', message, userFacing }
  }
}

parentPort?.on('message', (request: WorkerRequest) => send(handle(request)))
