// Importing a 100,000-row workbook: SheetJS parsing alone (the floor) against Herald's whole import to a
// saved list and against the obvious importer (bench/plain-import.ts), in one run, plus the longest stall
// of the main thread's event loop during the import. Fails loudly when the libphonenumber-js speed-up
// (src-main/import/phone-speedup.ts) no longer applies.
// Run: npm run bench
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { monitorEventLoopDelay, performance } from 'node:perf_hooks'
import * as XLSX from '@e965/xlsx'
import { openAppContext } from '../src-main/context'
import { normalizePhone } from '../src-main/import/phone'
import { cachedPatternChecks } from '../src-main/import/phone-speedup'

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
  // The app keeps an import worker ready from its start (startBackgroundWork), so a file is read at once
  await ctx.imports.warmUp()
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

/** The obvious importer in a process of its own (its libphonenumber-js as shipped); its seconds. */
function plainImport(bytes: Uint8Array): number {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'herald-bench-')), 'plain.xlsx')
  fs.writeFileSync(file, bytes)
  try {
    const script = path.join(__dirname, 'plain-import.ts')
    const out = execFileSync(process.execPath, ['--import', 'tsx', script, file], { encoding: 'utf8' })
    return Number(out)
  } finally {
    fs.rmSync(path.dirname(file), { recursive: true, force: true })
  }
}

/** Stops the benchmark when an upgrade of libphonenumber-js silently undid Herald's speed-up. */
function checkPhoneSpeedup(): void {
  const before = cachedPatternChecks.count
  normalizePhone('07911 123450', 'GB')
  if (cachedPatternChecks.count > before) return
  console.error(
    'FAILED: the libphonenumber-js speed-up (src-main/import/phone-speedup.ts) no longer applies to the installed version. Pin the version it was written for, or update it.',
  )
  process.exit(1)
}

async function main(): Promise<void> {
  checkPhoneSpeedup()
  const bytes = workbook()
  console.log(`Workbook: ${rowCount} rows, ${(bytes.byteLength / 1e6).toFixed(1)} MB`)
  floor(bytes) // warm-up, so both figures run on a warmed-up SheetJS
  const floorSeconds = floor(bytes)
  const whole = await wholeImport(bytes)
  const plain = plainImport(bytes)
  const ratio = whole.seconds / floorSeconds
  console.log(`SheetJS parse alone (floor):  ${floorSeconds.toFixed(2)} s`)
  console.log(`Plain importer (SheetJS + libphonenumber-js + SQLite): ${plain.toFixed(2)} s`)
  console.log(
    `Herald, whole import to a saved list: ${whole.seconds.toFixed(2)} s (${whole.saved} rows)   target < plain importer`,
  )
  console.log(`Ratio Herald / floor:         ${ratio.toFixed(2)}   target <= 1.5`)
  console.log(`Longest event-loop stall:     ${whole.stallMs.toFixed(0)} ms   target <= 100 ms`)
}

void main()
