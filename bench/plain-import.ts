// The obvious importer, for comparison: SheetJS reads the workbook, libphonenumber-js checks each number
// (as shipped, not sped up), duplicates are dropped and the rows saved to SQLite in one transaction.
// Prints the seconds it took, modules already loaded. Run by import.bench.ts: tsx bench/plain-import.ts FILE
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import * as XLSX from '@e965/xlsx'
import Sqlite from 'better-sqlite3'
import { parsePhoneNumberFromString } from 'libphonenumber-js/max'

const file = process.argv[2]
if (!file) throw new Error('Usage: tsx bench/plain-import.ts FILE')
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'herald-plain-'))
const db = new Sqlite(path.join(dir, 'plain.db'))
db.pragma('journal_mode = WAL')
db.exec('CREATE TABLE contacts (id INTEGER PRIMARY KEY, name TEXT, phone TEXT, fields TEXT, valid INTEGER)')
const insert = db.prepare('INSERT INTO contacts (name, phone, fields, valid) VALUES (?, ?, ?, ?)')

const start = performance.now()
const book = XLSX.read(fs.readFileSync(file), { type: 'buffer', dense: true })
const rows = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets[book.SheetNames[0]!]!, { header: 1, raw: false })
const seen = new Set<string>()
db.transaction(() => {
  for (const row of rows.slice(1)) {
    const [name, phone, ...rest] = row.map((cell) =>
      typeof cell === 'string' || typeof cell === 'number' ? String(cell) : '',
    )
    const parsed = parsePhoneNumberFromString(phone ?? '', 'GB')
    const e164 = parsed?.isValid() ? parsed.number : null
    const fresh = e164 !== null && !seen.has(e164)
    if (e164) seen.add(e164)
    insert.run(name, e164 ?? phone, JSON.stringify(rest), fresh ? 1 : 0)
  }
})()
process.stdout.write(String((performance.now() - start) / 1000))
db.close()
fs.rmSync(dir, { recursive: true, force: true })
