import { readFileSync } from 'node:fs'
import path from 'node:path'
import { analyzeSheet, pickDefaultSheet } from './analyze'
import type { Analysis } from './analyze'
import { readWorkbook } from './read-workbook'
import type { RawSheet } from './read-workbook'

/** Test helper: the bytes of a file of fixtures/. */
export function fixtureBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(path.join(import.meta.dirname, 'fixtures', name)))
}

/** Test helper: reads a file of fixtures/ the way the import worker does. */
export function readFixture(name: string): RawSheet[] {
  return readWorkbook(fixtureBytes(name), name)
}

/** Test helper: the analysis of the sheet Herald would open first. */
export function analyzeFixture(
  name: string,
  country: string,
  optOuts: string[] = [],
): Analysis & { sheet: string } {
  const sheets = readFixture(name)
  const sheet = pickDefaultSheet(sheets)
  const raw = sheets.find((s) => s.name === sheet)
  if (!raw) throw new Error(`no sheet ${sheet}`)
  return { sheet, ...analyzeSheet(raw, { country, optOuts: new Set(optOuts) }) }
}
