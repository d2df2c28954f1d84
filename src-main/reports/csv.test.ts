import fs from 'node:fs'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { parseCsv } from '../import/csv'
import { tempDataDir } from '../context.test-support'
import { csvCell, csvLine, writeCsv } from './csv'
import { columns, smallSection } from './report'
import { needLibreOffice, readWithLibreOffice } from './fixtures.test-support'
import type { Cell, Report } from './report'

let dir: string
let remove: () => void
beforeEach(() => ({ dir, remove } = tempDataDir()))
afterEach(() => remove())

const hostile: readonly string[] = [
  '=1+1',
  '+447911123456',
  '-2',
  '@SUM(A1:A2)',
  '\tTabbed',
  '\rCarriage',
  '\nLine',
  'Smith, John',
  'She said "hi"',
  'Two\r\nlines',
  'محل الورد',
  'Café 🌸👩‍👩‍👧',
  '',
]

describe('csvCell', () => {
  it('prefixes formula-like text with an apostrophe and quotes every text per RFC 4180', () => {
    expect(csvCell('=1+1')).toBe(`"'=1+1"`)
    expect(csvCell('+447911123456')).toBe(`"'+447911123456"`)
    expect(csvCell('-2')).toBe(`"'-2"`)
    expect(csvCell('@SUM(A1)')).toBe(`"'@SUM(A1)"`)
    expect(csvCell('\tx')).toBe(`"'\tx"`)
    expect(csvCell('\nx')).toBe(`"'\nx"`)
    expect(csvCell('a,b')).toBe('"a,b"')
    expect(csvCell('say "hi"')).toBe('"say ""hi"""')
    expect(csvCell('plain')).toBe('"plain"')
    expect(csvCell('a=b')).toBe('"a=b"')
    // Split on ";" by a spreadsheet in a ";" locale, this would be a formula of its own if unquoted
    expect(csvCell('a;=1+1')).toBe('"a;=1+1"')
  })

  it('writes numbers, yes/no and empty cells; ends records with CRLF', () => {
    expect(csvLine([1, -2.5, true, false, null, 'x'])).toBe('1,-2.5,yes,no,,"x"\r\n')
  })
})

const neutral = (v: string): string => (/^[=+\-@\t\r\n]/.test(v) ? `'${v}` : v)

describe('writeCsv', () => {
  it('round-trips hostile, multilingual text: BOM first, every value back, formulas neutralised', async () => {
    const rows: Cell[][] = hostile.map((text, i) => [i, text, i % 2 === 0])
    const report: Report = {
      kind: 'messages',
      title: 'T',
      sections: [
        smallSection(
          't',
          'T',
          columns([
            ['n', 'N'],
            ['text', 'Text'],
            ['flag', 'Flag'],
          ]),
          rows,
        ),
      ],
    }
    const file = path.join(dir, 'out.csv')
    const progress: number[] = []
    expect(await writeCsv(report, file, (p) => progress.push(p.rowsWritten))).toBe(hostile.length)
    expect(progress.at(-1)).toBe(hostile.length)
    const bytes = fs.readFileSync(file)
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(fs.existsSync(`${file}.partial`)).toBe(false)
    const parsed = parseCsv(bytes.subarray(3).toString('utf8'), ',')
    expect(parsed[0]).toEqual(['N', 'Text', 'Flag'])
    expect(parsed.slice(1)).toEqual(
      hostile.map((text, i) => [String(i), neutral(text), i % 2 === 0 ? 'yes' : 'no']),
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
    await writeCsv(report, file)
    expect(fs.readFileSync(file, 'utf8')).toBe(
      '\uFEFF"First"\r\n"X"\r\n1\r\n\r\n"Second"\r\n"Y"\r\n2\r\n3\r\n',
    )
  })
})

describe('a CSV export opened where ";" separates fields (Spanish, Portuguese, German, French)', () => {
  it('keeps "a;=1+1" in one cell, as text, never a formula of its own', (ctx) => {
    needLibreOffice(ctx)
    const cells = ['a;=1+1', 'Total;@SUM(A1:A9)', 'plain']
    const report: Report = {
      kind: 'messages',
      title: 'T',
      sections: [
        smallSection(
          't',
          'T',
          columns([['text', 'Text']]),
          cells.map((text) => [text]),
        ),
      ],
    }
    const file = path.join(dir, 'semicolon.csv')
    return writeCsv(report, file).then(() => {
      const [sheet] = [...readWithLibreOffice(file, dir, ';').values()]
      expect(sheet).toEqual([['Text'], ...cells.map((text) => [text])])
    })
  })
})
