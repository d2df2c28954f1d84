// Importing a 100,000-row workbook: SheetJS parsing alone (the floor) against Herald's whole import to a
// saved list, in one run, plus the longest stall of the main thread's event loop during the import.
// Run: npm run bench
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { monitorEventLoopDelay, performance } from 'node:perf_hooks'
import * as XLSX from '@e965/xlsx'
import { openAppContext } from '../src-main/context'

const rowCount = Number(process.env.BENCH_ROWS ?? 100_000)
const cities = ['London', 'Leeds', 'Bristol', 'Manchester', 'Glasgow', 'Cardiff']

function workbook(): Uint8Array {
  const rows: (string | number)[][] = [['Business name', 'Phone', 'Website', 'City']]
  for (let i = 0; i < rowCount; i++) {
    const local = String(100000 + (i % 900000))
    // Like real sheets: most numbers typed as text, some stored by Excel as plain numbers.
    const phone = i % 3 === 0 ? Number(`447911${local}`) : `07911 ${local.slice(0, 3)} ${local.slice(3)}`
    rows.push([`Shop ${i}`, phone, i % 2 ? `https://shop${i}.example` : '', cities[i % cities.length]!])
  }
  const book = XLSX.utils.book_new()
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), 'Customers')
  return XLSX.write(book, { type: 'buffer', bookType: 'xlsx', compression: true }) as Uint8Array
}

function floor(bytes: Uint8Array): number {
  const start = performance.now()
  const book = XLSX.read(bytes, { type: 'array', dense: true, cellDates: true })
  const sheet = book.Sheets[book.SheetNames[0]!]!
  XLSX.utils.sheet_to_json(sheet, { header: 1, raw: true })
  return (performance.now() - start) / 1000
}

async function wholeImport(bytes: Uint8Array): Promise<{ seconds: number; stallMs: number; saved: number }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'herald-bench-'))
  const ctx = openAppContext({ dataDir, runtime: 'cli' })
  const stalls = monitorEventLoopDelay({ resolution: 5 })
  stalls.enable()
  const start = performance.now()
  const opened = await ctx.imports.open('bench.xlsx', bytes)
  await ctx.imports.analyze(opened.sessionId, { country: 'GB' })
  const list = await ctx.imports.save(opened.sessionId, 'Bench')
  const seconds = (performance.now() - start) / 1000
  stalls.disable()
  await ctx.shutdown()
  fs.rmSync(dataDir, { recursive: true, force: true })
  return { seconds, stallMs: stalls.max / 1e6, saved: list.counts.total }
}

async function main(): Promise<void> {
  const bytes = workbook()
  console.log(`Workbook: ${rowCount} rows, ${(bytes.byteLength / 1e6).toFixed(1)} MB`)
  floor(bytes) // warm-up, so both figures run on a warmed-up SheetJS
  const floorSeconds = floor(bytes)
  const whole = await wholeImport(bytes)
  const ratio = whole.seconds / floorSeconds
  console.log(`SheetJS parse alone (floor): ${floorSeconds.toFixed(2)} s`)
  console.log(
    `Whole import to a saved list: ${whole.seconds.toFixed(2)} s (${whole.saved} rows)   target < 5 s`,
  )
  console.log(`Ratio whole / floor:          ${ratio.toFixed(2)}   target <= 1.5`)
  console.log(`Longest event-loop stall:     ${whole.stallMs.toFixed(0)} ms   target <= 100 ms`)
}

void main()
