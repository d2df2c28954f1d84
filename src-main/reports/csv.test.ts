import fs from 'node:fs'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { parseCsv } from '../import/csv'
import { tempDataDir } from '../context.test-support'
import { csvCell, csvLine, writeCsv } from './csv'
import { localClock } from './local-time'
import { columns, smallSection } from './report'
import { awkwardNames, libreOfficeXml, needLibreOffice, readWithLibreOffice } from './fixtures.test-support'
import type { Cell, Report } from './report'

let dir: string
let remove: () => void
beforeEach(() => ({ dir, remove } = tempDataDir()))
afterEach(() => remove())

const kolkata = localClock('Asia/Kolkata')

/** The awkward names, with phone-like text, CRLF and the empty string. */
const hostile: readonly string[] = [
  ...awkwardNames,
  '+447911123456',
  '+44 7911 123456',
  '+1+2',
  'She said "hi"',
  'Two\r\nlines',
  '',
]

describe('csvCell', () => {
  it('prefixes formula-like text with an apostrophe and quotes every text per RFC 4180', () => {
    expect(csvCell('=1+1')).toBe(`"'=1+1"`)
    expect(csvCell('-2')).toBe(`"'-2"`)
    expect(csvCell('@SUM(A1)')).toBe(`"'@SUM(A1)"`)
    expect(csvCell('\tx')).toBe(`"'\tx"`)
    expect(csvCell('\rx')).toBe(`"'\rx"`)
    expect(csvCell('\nx')).toBe(`"'\nx"`)
    expect(csvCell('a,b')).toBe('"a,b"')
    expect(csvCell('say "hi"')).toBe('"say ""hi"""')
    expect(csvCell('plain')).toBe('"plain"')
    expect(csvCell('a=b')).toBe('"a=b"')
    // Split on ";" by a spreadsheet in a ";" locale, this would be a formula of its own if unquoted
    expect(csvCell('a;=1+1')).toBe('"a;=1+1"')
  })

  it('writes a phone number as stored (E.164) without the apostrophe, and guards anything else with a +', () => {
    expect(csvCell('+447911123456')).toBe('"+447911123456"')
    expect(csvCell('+123456')).toBe('"+123456"')
    expect(csvCell('+123456789012345')).toBe('"+123456789012345"')
    expect(csvCell('+12345')).toBe(`"'+12345"`)
    expect(csvCell('+1234567890123456')).toBe(`"'+1234567890123456"`)
    expect(csvCell('+44 7911 123456')).toBe(`"'+44 7911 123456"`)
    expect(csvCell('+1+2')).toBe(`"'+1+2"`)
    expect(csvCell('+447911123456\n=1+1')).toBe(`"'+447911123456\n=1+1"`)
  })

  it('writes numbers as they are, Yes/No quoted, wall times unquoted and empty cells empty; CRLF ends records', () => {
    const wallMs = Date.UTC(2026, 2, 2, 15, 30, 7)
    expect(csvLine([1, -2.5, true, false, null, 'x', { wallMs }])).toBe(
      '1,-2.5,"Yes","No",,"x",2026-03-02 15:30:07\r\n',
    )
  })
})

const neutral = (v: string): string => (/^[=+\-@\t\r\n]/.test(v) && !/^\+\d{6,15}$/.test(v) ? `'${v}` : v)

const table = (cols: Parameters<typeof columns>[0], rows: Cell[][]): Report => ({
  kind: 'messages',
  title: 'T',
  sections: [smallSection('t', 'T', columns(cols), rows)],
})

describe('writeCsv', () => {
  it('round-trips hostile, multilingual text: BOM first, every value back, formulas neutralised', async () => {
    const rows: Cell[][] = hostile.map((text, i) => [i, text, i % 2 === 0])
    const report = table(
      [
        ['n', 'N'],
        ['text', 'Text'],
        ['flag', 'Flag'],
      ],
      rows,
    )
    const file = path.join(dir, 'out.csv')
    const progress: number[] = []
    expect(await writeCsv(report, file, kolkata, (p) => progress.push(p.rowsWritten))).toBe(hostile.length)
    expect(progress.at(-1)).toBe(hostile.length)
    const bytes = fs.readFileSync(file)
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(fs.existsSync(`${file}.partial`)).toBe(false)
    const parsed = parseCsv(bytes.subarray(3).toString('utf8'), ',')
    expect(parsed[0]).toEqual(['N', 'Text', 'Flag'])
    expect(parsed.slice(1)).toEqual(
      hostile.map((text, i) => [String(i), neutral(text), i % 2 === 0 ? 'Yes' : 'No']),
    )
  })

  it('shows times in the zone asked for, named in the heading, and codes in the screens’ words', async () => {
    const report = table(
      [
        ['status', 'Status', { words: { completed: 'Finished', cancelled: 'Stopped' } }],
        ['sentAt', 'Sent', { time: true }],
      ],
      [
        ['completed', '2026-03-02T10:00:00.000Z'],
        ['cancelled', null],
        ['new-code', 'not a time'],
      ],
    )
    const file = path.join(dir, 'words.csv')
    await writeCsv(report, file, kolkata)
    expect(fs.readFileSync(file, 'utf8')).toBe(
      '\uFEFF"Status","Sent (Asia/Kolkata)"\r\n' +
        '"Finished",2026-03-02 15:30:00\r\n' +
        '"Stopped",\r\n' +
        '"new-code","not a time"\r\n',
    )
  })

  it('writes several tables under titles, separated by an empty line', async () => {
    const report: Report = {
      kind: 'errors',
      title: 'E',
      sections: [
        smallSection('a', 'First', columns([['x', 'X']]), [[1]]),
        smallSection('b', 'Second', columns([['y', 'Y']]), [[2], [3]]),
      ],
    }
    const file = path.join(dir, 'two.csv')
    await writeCsv(report, file, kolkata)
    expect(fs.readFileSync(file, 'utf8')).toBe(
      '\uFEFF"First"\r\n"X"\r\n1\r\n\r\n"Second"\r\n"Y"\r\n2\r\n3\r\n',
    )
  })
})

describe('a CSV export opened in LibreOffice', () => {
  it('keeps "a;=1+1" in one cell, as text, never a formula of its own, where ";" separates fields', async (ctx) => {
    needLibreOffice(ctx)
    const cells = ['a;=1+1', 'Total;@SUM(A1:A9)', 'plain']
    const file = path.join(dir, 'semicolon.csv')
    await writeCsv(
      table(
        [['text', 'Text']],
        cells.map((text) => [text]),
      ),
      file,
      kolkata,
    )
    const [sheet] = [...readWithLibreOffice(file, dir, { separator: ';' }).values()]
    expect(sheet).toEqual([['Text'], ...cells.map((text) => [text])])
  })

  it(
    'reads a time as a date; a phone number as a number, or as written when quoted fields are kept as text',
    { timeout: 120_000 },
    async (ctx) => {
      needLibreOffice(ctx)
      const file = path.join(dir, 'phones.csv')
      const report = table(
        [
          ['phone', 'Phone'],
          ['name', 'Name'],
          ['sentAt', 'Sent', { time: true }],
        ],
        [['+447911123456', '=HYPERLINK("http://x")', '2026-03-02T10:00:00.000Z']],
      )
      await writeCsv(report, file, kolkata)
      const heading = ['Phone', 'Name', 'Sent (Asia/Kolkata)']
      // What a spreadsheet does to a number in a CSV: the reason the Export dialog recommends XLSX
      expect([...readWithLibreOffice(file, dir).values()][0]).toEqual([
        heading,
        ['447911123456', `'=HYPERLINK("http://x")`, '2026-03-02 15:30:00'],
      ])
      expect([...readWithLibreOffice(file, dir, { quotedAsText: true }).values()][0]).toEqual([
        heading,
        ['+447911123456', `'=HYPERLINK("http://x")`, '2026-03-02 15:30:00'],
      ])
      const xml = libreOfficeXml(file, dir, { quotedAsText: true })
      expect(xml).toMatch(/office:value-type="date" office:date-value="2026-03-02T15:30:00"/)
      expect(xml).not.toContain('table:formula')
    },
  )
})
