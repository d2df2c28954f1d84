import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { ImportRow } from '../../src-shared/domain/contacts'
import { english, sayIn } from '../../src-shared/i18n/wording'
import { analyzeSheet, pickDefaultSheet } from './analyze'
import type { Analysis } from './analyze'
import { readWorkbook } from './read-workbook'
import type { RawSheet } from './read-workbook'
import { analyzeFixture, readFixture } from './fixtures.test-support'

type Seen = Pick<ImportRow, 'row' | 'name' | 'phone' | 'verdict' | 'reason' | 'duplicateOf' | 'repaired'>

function seen(rows: ImportRow[]): Seen[] {
  return rows.map(({ row, name, phone, verdict, reason, duplicateOf, repaired }) => ({
    row,
    name,
    phone,
    verdict,
    reason,
    duplicateOf,
    repaired,
  }))
}

const ok = (row: number, name: string, phone: string, repaired = true): Seen => ({
  row,
  name,
  phone,
  verdict: 'valid',
  reason: null,
  duplicateOf: null,
  repaired,
})
/** A one-sheet spreadsheet of these rows, read with GB as the default country and no opt-outs. */
const analyzeInGb = (rows: RawSheet['rows']): Analysis =>
  analyzeSheet({ name: 'S', rows }, { country: 'GB', optOuts: new Set() })

const bad = (row: number, name: string, reason: string): Seen => ({
  row,
  name,
  phone: null,
  verdict: 'invalid',
  reason,
  duplicateOf: null,
  repaired: false,
})

describe('a British list with a title, a notes sheet and every usual problem', () => {
  it.each(['contacts-uk.xlsx', 'contacts-uk.xls', 'contacts-uk.ods'])('%s', (file) => {
    const a = analyzeFixture(file, 'GB', ['+442079460018'])
    expect(a.sheet).toBe('Contacts')
    expect(a.headerRow).toBe(4)
    expect(a.problem).toBeNull()
    expect(a.columns.map((c) => [c.index, c.header, c.key, c.role])).toEqual([
      [0, 'Business name', 'name', 'name'],
      [1, 'Phone', 'phone', 'phone'],
      [3, 'Website', 'website', 'website'],
      [4, 'City', 'city', 'city'],
      [5, '__proto__', 'proto', 'field'],
      [6, 'constructor', 'field_constructor', 'field'],
      [7, 'Last visit', 'last_visit', 'field'],
      [8, 'Spend', 'spend', 'field'],
      [9, 'Subscribed', 'subscribed', 'field'],
    ])
    expect(seen(a.rows)).toEqual([
      ok(5, 'Rose & Crown Bakery', '+447911123456'),
      ok(6, 'Hair by Jo', '+447911123457'),
      {
        ...ok(7, 'The Corner Shop', '+442079460018', false),
        verdict: 'opted_out',
        reason: 'Asked not to receive messages',
      },
      ok(9, 'Green Grocers', '+447911123458'),
      {
        ...ok(10, 'Jo (again)', '+447911123457', false),
        verdict: 'duplicate',
        reason: 'Same number as row 6',
        duplicateOf: 6,
      },
      bad(11, 'Typo Ltd', 'Too short to be a phone number'),
      bad(
        12,
        'Shortened & Co',
        'Excel shortened this number (4.47912E+11); format the column as Text and type the full number again',
      ),
      bad(13, 'No Number Cafe', 'No phone number'),
      ok(14, 'Old Mill', '+441134960000'),
    ])
    expect(a.counts).toEqual({ total: 9, valid: 4, invalid: 3, duplicate: 1, opted_out: 1, repaired: 4 })
    const first = a.rows[0]?.fields ?? {}
    expect(Object.getPrototypeOf(first)).toBeNull()
    expect({ ...first }).toEqual({
      website: 'https://roseandcrown.example',
      city: 'Leeds',
      proto: 'polluted',
      field_constructor: 'ctor',
      last_visit: '2024-03-05',
      spend: '12.5',
      subscribed: 'TRUE',
    })
    expect({ ...a.rows[1]?.fields }).toEqual({ city: 'York' })
    expect(Object.prototype).not.toHaveProperty('polluted')
  })
})

describe('lists in other languages and formats', () => {
  it('Spanish headers, Spanish and Mexican numbers', () => {
    const a = analyzeFixture('contactos-es.xlsx', 'ES')
    expect(a.columns.map((c) => `${c.header}:${c.role}:${c.key}`)).toEqual([
      'Nombre del negocio:name:name',
      'Correo:field:correo',
      'Teléfono Móvil:phone:phone',
      'Página web:website:website',
      'Ciudad:city:city',
    ])
    expect(seen(a.rows)).toEqual([
      ok(2, 'Panadería Núñez', '+34612345678'),
      ok(3, 'Taller Ruiz', '+34912345678'),
      ok(4, 'Tacos El Güero', '+525512345678'),
      ok(5, 'Flores Marisol', '+34699123456'),
      bad(6, 'Sin teléfono', 'Not a phone number'),
    ])
  })

  it('Portuguese headers, numbers Excel made numeric, the old 8-digit mobiles of Brazil', () => {
    const a = analyzeFixture('contatos-br.xlsx', 'BR')
    expect(a.columns.map((c) => c.role)).toEqual(['name', 'phone', 'city'])
    expect(seen(a.rows)).toEqual([
      ok(2, 'Padaria Pão Quente', '+5511987654321'),
      ok(3, 'Oficina do Zé', '+5511987654322'),
      ok(4, 'Salão Bela', '+5521987654321', false),
      {
        ...ok(5, 'Mercadinho Sol', '+5511987654321'),
        verdict: 'duplicate',
        reason: 'Same number as row 2',
        duplicateOf: 2,
      },
    ])
  })

  it('a sheet without a header row', () => {
    const a = analyzeFixture('no-header.xlsx', 'GB')
    expect(a.headerRow).toBe(0)
    expect(a.columns.map((c) => `${c.header}:${c.role}`)).toEqual([
      'Column A:name',
      'Column B:phone',
      'Column C:field',
    ])
    expect(a.rows.map((r) => [r.row, r.phone, r.verdict])).toEqual([
      [1, '+447911123456', 'valid'],
      [2, '+447911123460', 'valid'],
      [3, '+447911123456', 'duplicate'],
    ])
  })

  it.each([
    ['semicolon-1252.csv', 'ES', ['+34612345678', '+34612345679']],
    ['utf16.csv', 'GB', ['+447911123461', '+447911123462']],
    ['tabs.txt', 'GB', ['+447911123463', '+447911123464']],
  ])('%s', (file, country, phones) => {
    const a = analyzeFixture(file, country)
    expect(a.headerRow).toBe(1)
    expect(a.rows.map((r) => r.phone)).toEqual(phones)
  })
})

describe('analyzeSheet choices and problems', () => {
  const sheet = {
    name: 'S',
    rows: [
      ['Name', 'Phone', 'Mobile', 'Notes'],
      ['Jo', '020 7946 0018', '07911 123456', 'hi'],
    ],
  }

  it('a role chosen by the user moves the role away from the column that had it', () => {
    const detected = analyzeSheet(sheet, { country: 'GB', optOuts: new Set() })
    expect(detected.columns.map((c) => c.role)).toEqual(['name', 'field', 'phone', 'field'])
    const chosen = analyzeSheet(sheet, {
      country: 'GB',
      optOuts: new Set(),
      roles: [{ index: 1, role: 'phone' }],
    })
    expect(chosen.columns.map((c) => `${c.role}:${c.key}`)).toEqual([
      'name:name',
      'phone:phone',
      'field:mobile',
      'field:notes',
    ])
    expect(chosen.rows[0]?.phone).toBe('+442079460018')
    expect({ ...chosen.rows[0]?.fields }).toEqual({ mobile: '07911 123456', notes: 'hi' })
  })

  it('says so when no column holds phone numbers', () => {
    const a = analyzeInGb([
      ['Name', 'City'],
      ['Jo', 'Leeds'],
    ])
    expect(a.problem).toBe(
      'Herald found no column with phone numbers. Choose the phone column below, or add one to your spreadsheet.',
    )
    expect(seen(a.rows)).toEqual([bad(2, 'Jo', 'No phone column chosen')])
  })

  it('suggests checking the country when no number is valid for it', () => {
    const a = analyzeInGb([
      ['Name', 'Phone'],
      ['Jo', '612 345 678'],
    ])
    expect(a.problem).toMatch(/valid for United Kingdom \(\+44\)/)
  })
})

describe('pickDefaultSheet', () => {
  it('picks the sheet with the phone numbers, not the first one', () => {
    expect(pickDefaultSheet(readFixture('contacts-uk.xlsx'))).toBe('Contacts')
  })

  it('falls back to the first sheet with data', () => {
    expect(
      pickDefaultSheet([
        { name: 'Empty', rows: [] },
        { name: 'A', rows: [['x']] },
        { name: 'B', rows: [['y']] },
      ]),
    ).toBe('A')
  })
})

describe('resources/sample-contacts.xlsx', () => {
  it('is a list a shop owner can try: mostly valid, two duplicates, one wrong number', () => {
    const bytes = new Uint8Array(
      readFileSync(path.join(import.meta.dirname, '../../resources/sample-contacts.xlsx')),
    )
    const [sheet] = readWorkbook(bytes, 'sample-contacts.xlsx')
    const a = analyzeSheet(sheet ?? { name: '', rows: [] }, { country: 'GB', optOuts: new Set() })
    expect(a.headerRow).toBe(3)
    expect(a.columns.map((c) => c.role)).toEqual(['name', 'phone', 'website', 'city', 'field'])
    expect(a.counts).toMatchObject({ total: 25, valid: 22, invalid: 1, duplicate: 2 })
  })
})

describe('the reasons and problems of an analysis', () => {
  it('are phrases the window words in its language, saying in English what the CLI prints', () => {
    const a = analyzeFixture('contacts-uk.xlsx', 'GB', ['+442079460018'])
    const reasoned = a.rows.filter((row) => row.reason !== null)
    expect(reasoned.length).toBe(5)
    for (const row of reasoned) expect(row.reasonPhrase && english(row.reasonPhrase)).toBe(row.reason)
    expect(a.rows.filter((row) => row.reason === null).every((row) => !row.reasonPhrase)).toBe(true)
    const spanish = reasoned.map((row) => row.reasonPhrase && sayIn('es', row.reasonPhrase))
    expect(spanish).toEqual([
      'Pidió no recibir mensajes',
      'Mismo número que la fila 6',
      'Demasiado corto para ser un número de teléfono',
      'Excel acortó este número (4.47912E+11); da a la columna formato de Texto y vuelve a escribir el número completo',
      'Sin número de teléfono',
    ])
  })

  it('say what to do in the window’s language when the sheet cannot be used', () => {
    const none = analyzeInGb([
      ['Name', 'City'],
      ['Jo', 'Leeds'],
    ])
    expect(none.problemPhrase && english(none.problemPhrase)).toBe(none.problem)
    expect(none.rows[0]?.reasonPhrase && sayIn('fr', none.rows[0].reasonPhrase)).toBe(
      'Aucune colonne de téléphone choisie',
    )
    const wrongCountry = analyzeInGb([
      ['Name', 'Phone'],
      ['Jo', '612 345 678'],
    ])
    expect(wrongCountry.problemPhrase && english(wrongCountry.problemPhrase)).toBe(wrongCountry.problem)
    expect(wrongCountry.problemPhrase?.params).toMatchObject({ column: 'Phone', countryCode: 'GB' })
    expect(wrongCountry.problemPhrase && sayIn('es', wrongCountry.problemPhrase)).toMatch(
      /^Ninguno de los números de “Phone” es válido/,
    )
  })
})
