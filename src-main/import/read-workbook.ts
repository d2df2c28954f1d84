import * as XLSX from '@e965/xlsx'
import { phrase } from '../../src-shared/i18n/phrase'
import { detectDelimiter, parseCsv } from './csv'
import { decodeText } from './decode'
import { ImportFileError } from './errors'
import { cellText, sheetCell } from './sheet-cell'
import { readXlsxFast } from './xlsx-reader'

export type RawSheet = { name: string; rows: (string | null)[][] }

type Kind = 'workbook' | 'text' | 'other'

const notSpreadsheet = phrase('importing.workbook.notSpreadsheet')
const damaged = phrase('importing.workbook.damaged')
const passwordProtected = phrase('importing.workbook.passwordProtected')
const noData = phrase('importing.workbook.noData')

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((b, i) => bytes[i] === b)
}

/** Control characters other than tab and newlines do not occur in text files, and are common in binary ones. */
function looksBinary(text: string): boolean {
  const sample = text.slice(0, 4096)
  let controls = 0
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i)
    if ((code < 32 && code !== 9 && code !== 10 && code !== 13) || code === 0xfffd) controls++
  }
  return controls > sample.length * 0.01
}

function kindOf(bytes: Uint8Array): Kind {
  // ZIP (xlsx, ods) and Compound File (xls, and every password-protected Office file)
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return 'workbook'
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'workbook'
  if (startsWith(bytes, [0x50, 0x4b])) return 'other'
  return 'text'
}

function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message
  return typeof error === 'string' ? error : ''
}

function userErrorFor(error: unknown): ImportFileError {
  const message = messageOf(error)
  if (/password|encrypt/i.test(message)) return new ImportFileError(passwordProtected)
  // A ZIP that is not a workbook (a .docx, photos); anything else that fails is a damaged workbook
  if (/unsupported zip file|unknown namespace|cannot find|could not find|unsupported file/i.test(message)) {
    return new ImportFileError(notSpreadsheet)
  }
  return new ImportFileError(damaged)
}

/** Every sheet through SheetJS (xls, ods, xlsb, and any .xlsx Herald's own reader leaves to it). */
export function readSheets(bytes: Uint8Array): RawSheet[] {
  let workbook: XLSX.WorkBook
  try {
    workbook = XLSX.read(bytes, {
      type: 'array',
      dense: true,
      cellDates: true,
      cellHTML: false,
      cellFormula: false,
      cellStyles: false,
      UTC: true,
    })
  } catch (error) {
    throw userErrorFor(error)
  }
  if (workbook.SheetNames.length === 0) throw new ImportFileError(notSpreadsheet)
  return workbook.SheetNames.map((name) => ({ name, rows: denseRows(workbook.Sheets[name]) }))
}

function denseRows(sheet: XLSX.WorkSheet | undefined): (string | null)[][] {
  const data = sheet?.['!data'] ?? []
  const rows: (string | null)[][] = []
  for (let r = 0; r < data.length; r++) {
    const cells = data[r]
    const row: (string | null)[] = []
    if (cells) for (let c = 0; c < cells.length; c++) row.push(sheetCell(cells[c]))
    rows.push(row)
  }
  return rows
}

function baseName(fileName: string): string {
  const name = fileName.split(/[\\/]/).pop() ?? fileName
  return name.replace(/\.[^.]+$/, '') || 'Sheet1'
}

function readText(bytes: Uint8Array, fileName: string): RawSheet[] {
  const text = decodeText(bytes)
  if (looksBinary(text)) throw new ImportFileError(notSpreadsheet)
  // Web apps often export an HTML table, or Excel 2003 XML, under an .xls name
  if (/^\s*</.test(text) && !/\.(csv|tsv|txt)$/i.test(fileName)) return readSheets(bytes)
  const delimiter = /\.tsv$/i.test(fileName) ? '\t' : detectDelimiter(text)
  const rows = parseCsv(text, delimiter).map((row) => row.map(cellText))
  return [{ name: baseName(fileName), rows }]
}

/** Drops trailing empty rows and columns, and pads the rows left to one width. */
function tidy(sheet: RawSheet): RawSheet {
  let height = 0
  let width = 0
  sheet.rows.forEach((row, r) => {
    for (let c = row.length - 1; c >= 0; c--) {
      if (row[c] !== null && row[c] !== undefined) {
        width = Math.max(width, c + 1)
        height = r + 1
        break
      }
    }
  })
  const rows = sheet.rows.slice(0, height).map((row) => {
    const out = row.slice(0, width)
    for (let c = 0; c < width; c++) out[c] ??= null
    return out
  })
  return { name: sheet.name, rows }
}

/**
 * Reads every sheet of an xlsx, xls, ods or CSV/TSV/TXT file into rows of text as it was written (see
 * cellText; null = empty cell).
 * The kind is taken from the bytes, not the name, because users rename files. Throws ImportFileError.
 */
export function readWorkbook(bytes: Uint8Array, fileName: string): RawSheet[] {
  if (bytes.length === 0) throw new ImportFileError(phrase('importing.workbook.empty'))
  const kind = kindOf(bytes)
  if (kind === 'other') throw new ImportFileError(notSpreadsheet)
  const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).length
  const read = kind === 'workbook' ? (readXlsxFast(bytes) ?? readSheets(bytes)) : readText(bytes, fileName)
  const sheets = read.map(tidy)
  if (Object.getOwnPropertyNames(Object.prototype).length !== prototypeKeys) {
    throw new ImportFileError(notSpreadsheet)
  }
  const filled = sheets.filter((sheet) => sheet.rows.length > 0)
  if (filled.length === 0) throw new ImportFileError(noData)
  return filled
}
