import * as XLSX from '@e965/xlsx'
import { describe, expect, it } from 'vitest'
import { farTimeZones, inTimeZone } from '../context.test-support'
import { ImportFileError } from './errors'
import { fixtureBytes, readFixture } from './fixtures.test-support'
import { readWorkbook } from './read-workbook'

// SheetJS types its bundled CFB library as any
type Container = { utils: { cfb_new(): object; cfb_add(c: object, name: string, data: Uint8Array): void } }
type Cfb = Container & { write(c: object, options: { type: 'array'; fileType?: 'zip' }): number[] }
const CFB = XLSX.CFB as Cfb

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text)

function failure(bytes: Uint8Array, name: string): string {
  try {
    readWorkbook(bytes, name)
  } catch (error) {
    expect(error).toBeInstanceOf(ImportFileError)
    return (error as ImportFileError).message
  }
  throw new Error('expected readWorkbook to refuse the file')
}

describe('readWorkbook on files saved by LibreOffice', () => {
  it.each(['contacts-uk.xlsx', 'contacts-uk.xls', 'contacts-uk.ods'])(
    '%s reads every sheet as exact text',
    (file) => {
      const [notes, contacts] = readFixture(file)
      expect(notes?.name).toBe('Notes')
      expect(contacts?.name).toBe('Contacts')
      const rows = contacts?.rows ?? []
      expect(rows[0]?.[0]).toBe('Customers 2024')
      expect(rows[3]).toEqual([
        'Business name',
        'Phone',
        null,
        'Website',
        'City',
        '__proto__',
        'constructor',
        'Last visit',
        'Spend',
        'Subscribed',
      ])
      // A phone typed as a number comes back as its digits, not 4.47911E+11 as the cell shows it
      expect(rows[4]?.slice(0, 2)).toEqual(['Rose & Crown Bakery', '447911123456'])
      expect(rows[4]?.slice(7)).toEqual(['2024-03-05', '12.5', 'TRUE'])
      expect(rows[8]?.[1]).toBe('7911123458')
      expect(rows[11]?.[1]).toBe('4.47912E+11')
      // The formatted but empty rows at the end are gone
      expect(rows).toHaveLength(14)
      expect(rows.every((row) => row.length === 10)).toBe(true)
    },
  )

  it('reads Windows-1252 CSV with ";", UTF-16 CSV and tab-separated text', () => {
    expect(readFixture('semicolon-1252.csv')[0]?.rows[1]).toEqual([
      'Panadería Núñez',
      '+34 612 345 678',
      'Málaga',
      'Cierra; los lunes',
    ])
    expect(readFixture('utf16.csv')[0]?.rows[1]).toEqual(['Café Zoë', '07911 123461', 'Leeds'])
    expect(readFixture('tabs.txt')[0]).toEqual({
      name: 'tabs',
      rows: [
        ['Customer', 'Mobile', 'Town'],
        ['Rose Bakery', '07911 123463', 'Leeds'],
        ['Jo Hair', '(07911) 123464', 'York'],
      ],
    })
  })

  it('trims trailing empty rows and columns of CSV, keeping blank rows inside', () => {
    expect(readWorkbook(utf8('a,b,,\n\n1,2,,\n,,,\n\n'), 'x.csv')[0]?.rows).toEqual([
      ['a', 'b'],
      [null, null],
      ['1', '2'],
    ])
  })

  it('reads a CSV of 300 columns and one with a 2 MB cell', () => {
    const wide = Array.from({ length: 300 }, (_, i) => `h${i}`).join(',')
    expect(readWorkbook(utf8(`${wide}\n${wide}\n`), 'wide.csv')[0]?.rows[1]).toHaveLength(300)
    const big = 'x'.repeat(2 * 1024 * 1024)
    expect(readWorkbook(utf8(`Name,Notes\nJo,"${big}"\n`), 'big.csv')[0]?.rows[1]?.[1]).toHaveLength(
      big.length,
    )
  })

  it.each(['visits-datetime.xlsx', 'visits-datetime.xls', 'visits-datetime.ods'])(
    '%s: dates and times as the sheet shows them, whatever the time zone of the computer',
    async (file) => {
      for (const zone of farTimeZones) {
        const rows = await inTimeZone(zone, () => readFixture(file)[0]?.rows ?? [])
        expect({ zone, visits: rows.slice(1).map((row) => row.slice(2)) }).toEqual({
          zone,
          visits: [
            ['2024-01-02 13:05', '2020-02-29'],
            // 01:30 on the night London's clocks skip from 01:00 to 02:00
            ['2024-03-31 01:30', '2023-12-31'],
            ['2024-07-15 23:59:30', '2024-01-01'],
          ],
        })
      }
    },
  )

  it('writes integers of any size as digits and dates as ISO text', () => {
    // The date is written as 13:05 in the sheet itself (UTC: true), not in the writer's own time zone
    const sheet = XLSX.utils.aoa_to_sheet(
      [[447911123456, 1e20, 0.5, new Date(Date.UTC(2024, 0, 2, 13, 5)), true]],
      { UTC: true },
    )
    const workbook = XLSX.utils.book_new(sheet, 'S')
    const bytes = new Uint8Array(XLSX.write(workbook, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer)
    expect(readWorkbook(bytes, 'n.xlsx')[0]?.rows[0]).toEqual([
      '447911123456',
      '100000000000000000000',
      '0.5',
      '2024-01-02 13:05',
      'TRUE',
    ])
  })
})

describe('readWorkbook refuses files it cannot read, saying what to do', () => {
  it('an empty file', () => {
    expect(failure(new Uint8Array(), 'a.xlsx')).toMatch(/empty/)
  })

  it('a picture', () => {
    expect(failure(fixtureBytes('not-a-spreadsheet.png'), 'photo.xlsx')).toMatch(/not a spreadsheet/)
  })

  it('binary junk and a ZIP of something else', () => {
    expect(
      failure(
        new Uint8Array(4096).map((_, i) => (i * 7919) % 251),
        'a.csv',
      ),
    ).toMatch(/not a spreadsheet/)
    const zip = CFB.write(CFB.utils.cfb_new(), { type: 'array', fileType: 'zip' })
    expect(failure(new Uint8Array(zip), 'a.xlsx')).toMatch(/not a spreadsheet/)
  })

  it('a truncated xlsx', () => {
    expect(failure(fixtureBytes('truncated.xlsx'), 'truncated.xlsx')).toMatch(
      /damaged or was not saved completely/,
    )
  })

  it('a password-protected workbook', () => {
    // The container Excel writes for an encrypted workbook, with nonsense inside
    const cfb = CFB.utils.cfb_new()
    CFB.utils.cfb_add(cfb, '/EncryptionInfo', new Uint8Array([4, 0, 4, 0, 0x40, 0, 0, 0]))
    CFB.utils.cfb_add(cfb, '/EncryptedPackage', new Uint8Array(600).fill(7))
    const bytes = new Uint8Array(CFB.write(cfb, { type: 'array' }))
    expect(failure(bytes, 'locked.xlsx')).toMatch(/remove the password/)
  })

  it('a workbook whose sheets are all empty', () => {
    const workbook = XLSX.utils.book_new(XLSX.utils.aoa_to_sheet([]), 'Empty')
    const bytes = new Uint8Array(XLSX.write(workbook, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer)
    expect(failure(bytes, 'empty.xlsx')).toMatch(/every sheet is empty/)
    expect(failure(utf8('\n , \n'), 'blank.csv')).toMatch(/every sheet is empty/)
  })
})
