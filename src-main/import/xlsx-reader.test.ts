import fs from 'node:fs'
import path from 'node:path'
import * as XLSX from '@e965/xlsx'
import { describe, expect, it } from 'vitest'
import { readSheets } from './read-workbook'
import { readXlsxFast } from './xlsx-reader'

type Rows = (string | null)[][]

/** Rows without trailing empty cells and rows, as readWorkbook tidies them before anyone reads them. */
function tidy(rows: Rows): Rows {
  const out = rows.map((row) => {
    const cells = Array.from(row, (cell) => cell ?? null)
    while (cells.length > 0 && cells[cells.length - 1] === null) cells.pop()
    return cells
  })
  while (out.length > 0 && out[out.length - 1]!.length === 0) out.pop()
  return out
}

function bothReaders(bytes: Uint8Array): { fast: { name: string; rows: Rows }[]; sheetJs: typeof fast } {
  const fast = readXlsxFast(bytes)
  expect(fast, 'Herald’s reader took this file').not.toBeNull()
  const sheetJs = readSheets(bytes)
  const shape = (sheets: { name: string; rows: Rows }[]) => sheets.map((s) => ({ ...s, rows: tidy(s.rows) }))
  return { fast: shape(fast!), sheetJs: shape(sheetJs) }
}

function expectSameAsSheetJs(bytes: Uint8Array): void {
  const { fast, sheetJs } = bothReaders(bytes)
  expect(fast).toEqual(sheetJs)
}

function written(book: XLSX.WorkBook, options: Partial<XLSX.WritingOptions> = {}): Uint8Array {
  return XLSX.write(book, { type: 'buffer', bookType: 'xlsx', compression: true, ...options }) as Uint8Array
}

const cell = (sheet: XLSX.WorkSheet, ref: string): XLSX.CellObject => sheet[ref] as XLSX.CellObject

type ZipPart = { content: Uint8Array; size: number }
// SheetJS's ZIP reader and writer, typed as these tests use them
const CFB = XLSX.CFB as {
  read(bytes: Uint8Array, options: { type: 'buffer' }): unknown
  find(zip: unknown, path: string): ZipPart | null
  write(zip: unknown, options: { type: 'buffer'; fileType: 'zip'; compression: boolean }): Uint8Array
}

/** The workbook with one of its XML parts rewritten, zipped again. */
function patched(bytes: Uint8Array, part: string, change: (xml: string) => string): Uint8Array {
  const zip = CFB.read(bytes, { type: 'buffer' })
  const entry = CFB.find(zip, part)
  if (!entry) throw new Error(`no ${part}`)
  const xml = change(Buffer.from(entry.content).toString('utf8'))
  entry.content = Buffer.from(xml, 'utf8')
  entry.size = entry.content.length
  return CFB.write(zip, { type: 'buffer', fileType: 'zip', compression: true })
}

const fixtures = path.join(__dirname, 'fixtures')
const made = [
  ...fs
    .readdirSync(fixtures)
    .filter((name) => name.endsWith('.xlsx') && name !== 'truncated.xlsx')
    .map((name) => path.join(fixtures, name)),
  path.join(__dirname, '..', '..', 'resources', 'sample-contacts.xlsx'),
]

describe('Herald’s .xlsx reader', () => {
  it.each(made.map((file) => [path.basename(file), file]))(
    'reads %s, saved by a spreadsheet program, cell for cell as SheetJS does',
    (_name, file) => {
      expectSameAsSheetJs(fs.readFileSync(file))
    },
  )

  it('reads numbers, formats, dates, booleans, errors, formulas and awkward text as SheetJS does', () => {
    const sheet = XLSX.utils.aoa_to_sheet(
      [
        ['Name', 'Phone', 'Joined', 'Paid', 'Share', 'Note'],
        [
          'Zoë & “Ann” <shop>',
          447911123456,
          new Date(Date.UTC(2026, 2, 1)),
          true,
          0.25,
          'line one\r\nline two',
        ],
        ['  spaced  ', 7700900123, new Date(Date.UTC(2026, 11, 6, 14, 30)), false, 1.5, 'مرحبا 😀'],
        ['x', 4.47911e11, 45000.75, null, -3, '_x000D_ literal'],
      ],
      { UTC: true },
    )
    cell(sheet, 'B3').z = '00000000000'
    cell(sheet, 'B4').z = '0.00E+00'
    cell(sheet, 'C4').z = 'yyyy-mm-dd hh:mm'
    cell(sheet, 'E2').z = '0%'
    cell(sheet, 'E3').z = '#,##0.00'
    sheet['G2'] = { t: 'e', v: 0x2a }
    sheet['G3'] = { t: 'n', v: 3, f: 'A1+2' }
    sheet['G4'] = { t: 's', v: 'from a formula', f: 'CONCAT("a","b")' }
    sheet['!ref'] = 'A1:G4'
    const book = XLSX.utils.book_new()
    XLSX.utils.book_append_sheet(book, sheet, 'Customers')
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([['second', 1]]), 'Notes & more')
    for (const bookSST of [false, true]) expectSameAsSheetJs(written(book, { bookSST }))
    expect(readXlsxFast(written(book))![0]!.rows).toEqual([
      ['Name', 'Phone', 'Joined', 'Paid', 'Share', 'Note'],
      ['Zoë & “Ann” <shop>', '447911123456', '2026-03-01', 'TRUE', '0.25', 'line one\nline two', '#N/A'],
      ['spaced', '07700900123', '2026-12-06 14:30', 'FALSE', '1.5', 'مرحبا 😀', '3'],
      ['x', '4.47911E+11', '2023-03-15 18:00', null, '-3', 'literal', 'from a formula'],
    ])
  })

  it('reads a workbook on the 1904 date system as SheetJS does', () => {
    const sheet = XLSX.utils.aoa_to_sheet([['When'], [40000], [40000.5]])
    cell(sheet, 'A2').z = 'yyyy-mm-dd'
    cell(sheet, 'A3').z = 'yyyy-mm-dd hh:mm'
    const book = XLSX.utils.book_new()
    XLSX.utils.book_append_sheet(book, sheet, 'Dates')
    book.Workbook = { WBProps: { date1904: true } }
    const bytes = written(book)
    expectSameAsSheetJs(bytes)
    expect(readXlsxFast(bytes)![0]!.rows[1]).toEqual(['2013-07-07'])
  })

  it('reads rich text without its phonetic guide, escapes, and cells and rows without references', () => {
    const book = XLSX.utils.book_new()
    XLSX.utils.book_append_sheet(
      book,
      XLSX.utils.aoa_to_sheet([
        ['a', 'b'],
        ['c', 'd'],
      ]),
      'S',
    )
    let bytes = written(book, { bookSST: true })
    bytes = patched(bytes, '/xl/sharedStrings.xml', (xml) =>
      xml
        .replace(
          '<si><t>a</t></si>',
          '<si><r><rPr><b/></rPr><t>Ta</t></r><r><t xml:space="preserve">naka </t></r><rPh sb="0" eb="1"><t>タ</t></rPh></si>',
        )
        .replace('<si><t>b</t></si>', '<si><t>tab_x0009_here &amp;amp; &#233;</t></si>'),
    )
    bytes = patched(bytes, '/xl/worksheets/sheet1.xml', (xml) =>
      xml.replace(/<row r="2"([^>]*)><c r="A2"/, '<row$1><c').replace(/<c r="B2"/, '<c'),
    )
    expectSameAsSheetJs(bytes)
    expect(readXlsxFast(bytes)![0]!.rows).toEqual([
      ['Tanaka', 'tab\there &amp; é'],
      ['c', 'd'],
    ])
  })

  it('leaves to SheetJS what it does not read: OpenDocument, prefixed XML, other bytes', () => {
    const book = XLSX.utils.book_new()
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([['a']]), 'S')
    expect(readXlsxFast(written(book, { bookType: 'ods' }))).toBeNull()
    const prefixed = patched(written(book), '/xl/worksheets/sheet1.xml', (xml) =>
      xml.replace(/<(\/?)(sheetData|row|c|v)\b/g, '<$1x:$2'),
    )
    expect(readXlsxFast(prefixed)).toBeNull()
    expect(readXlsxFast(new TextEncoder().encode('Name,Phone\n'))).toBeNull()
    expect(readXlsxFast(fs.readFileSync(path.join(fixtures, 'truncated.xlsx')))).toBeNull()
  })
})
