import { describe, expect, it } from 'vitest'
import { analyzeFixture } from './fixtures.test-support'

const shortened =
  'Excel shortened this number (4.47911E+11); format the column as Text and type the full number again'

// fixtures/shortened-uk.csv, and the same file saved by LibreOffice: every phone became a number cell
describe('a number Excel had already shortened, in a CSV and in the workbooks made from it', () => {
  it.each(['shortened-uk.csv', 'shortened-uk.xlsx', 'shortened-uk.xls', 'shortened-uk.ods'])('%s', (file) => {
    const a = analyzeFixture(file, 'GB')
    expect(a.columns.map((c) => [c.header, c.key])).toEqual([
      ['Name', 'name'],
      ['Phone', 'phone'],
      ['City', 'city'],
      ['Opening hours', 'opening_hours'],
    ])
    expect(a.rows.map((r) => [r.row, r.name, r.phone, r.verdict, r.reason])).toEqual([
      [2, 'Rose Bakery', '+447400123470', 'valid', null],
      [3, 'Jo Hair', null, 'invalid', shortened],
      [4, 'Cafe Zoe', '+447911123456', 'valid', null],
      [5, 'Green Grocers', '+447911123458', 'valid', null],
    ])
    // Line breaks as LF whether the file had CR LF or CR, and no spaces around a cell's text
    expect(a.rows.map((r) => r.fields['opening_hours'] ?? null)).toEqual([
      'Open late\non Fridays',
      'Closed Mondays',
      'Back door\nby the car park',
      null,
    ])
  })
})
