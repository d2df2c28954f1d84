import { describe, expect, it } from 'vitest'
import { columnLetter, detectColumns, fieldKey, findHeaderRow } from './columns'

describe('findHeaderRow', () => {
  it('skips title rows, notes narrower than the table and blank rows', () => {
    const rows = [
      ['Customers 2024', null, null],
      [null, null, null],
      ['Prepared by', 'Ann', null],
      ['Name', 'Phone', 'City'],
      ['Rose Bakery', '07911 123456', 'Leeds'],
    ]
    expect(findHeaderRow(rows)).toBe(3)
  })

  it('finds no header when the first full row already holds phone numbers', () => {
    expect(
      findHeaderRow([
        ['Rose Bakery', '07911 123456', 'Leeds'],
        ['Jo', '07911 123457', 'York'],
      ]),
    ).toBe(-1)
  })

  it('accepts a one-cell header in a one-column sheet', () => {
    expect(findHeaderRow([['Phone'], ['07911 123456']])).toBe(0)
  })

  it('finds no header in a sheet of numbers only', () => {
    expect(findHeaderRow([['07911 123456'], ['07911 123457']])).toBe(-1)
  })
})

describe('detectColumns roles', () => {
  const detect = (header: string[], ...data: string[][]): string[] =>
    detectColumns([header, ...data], 0, 'GB').map((c) => `${c.header}:${c.role}`)

  it.each([
    [
      ['Nombre', 'Teléfono', 'Sitio web', 'Ciudad'],
      ['Núñez', '+34 612 345 678', 'www.a.es', 'Málaga'],
    ],
    [
      ['NOME', 'CELULAR', 'SITE', 'CIDADE'],
      ['Zé', '+55 11 91234-5678', 'https://a.br', 'Rio'],
    ],
    [
      ['Raison sociale nom', 'Portable', 'Site web', 'Ville'],
      ['Chez Paul', '+33 6 12 34 56 78', 'a.fr', 'Lyon'],
    ],
    [
      ['Firma', 'Handy', 'Webseite', 'Stadt'],
      ['Müller', '+49 151 23456789', 'a.de', 'Berlin'],
    ],
  ])('reads headers in several languages: %j', (header, row) => {
    expect(detect(header, row).map((c) => c.split(':')[1])).toEqual(['name', 'phone', 'website', 'city'])
  })

  it('prefers the WhatsApp column over another phone column', () => {
    expect(detect(['Name', 'Tel', 'WhatsApp'], ['Jo', '020 7946 0018', '07911 123456'])).toEqual([
      'Name:name',
      'Tel:field',
      'WhatsApp:phone',
    ])
  })

  it('finds phone numbers and web addresses by content when headers say nothing', () => {
    const roles = detect(
      ['A', 'B', 'C'],
      ['Jo', '07911 123456', 'www.jo.example'],
      ['Al', '07911 123457', 'al.example'],
    )
    expect(roles).toEqual(['A:field', 'B:phone', 'C:website'])
  })

  it('lets a column full of numbers win over a "phone" header above none', () => {
    expect(detect(['Phone', 'Notes'], ['ask Jo', '07911 123456'], ['later', '07911 123457'])).toEqual([
      'Phone:field',
      'Notes:phone',
    ])
  })

  it('drops columns with neither header nor value and names unnamed ones by letter', () => {
    const columns = detectColumns(
      [
        ['Name', null, null, 'Phone'],
        ['Jo', null, 'x', '07911 123456'],
      ],
      0,
      'GB',
    )
    expect(columns.map((c) => [c.index, c.header])).toEqual([
      [0, 'Name'],
      [2, 'Column C'],
      [3, 'Phone'],
    ])
  })
})

describe('fieldKey', () => {
  it('makes placeholder names without accents, unique', () => {
    const taken = new Set<string>()
    expect(
      ['E-mail', 'e mail', 'Teléfono Móvil', 'Última compra (€)', '!!!'].map((h) => fieldKey(h, taken)),
    ).toEqual(['e_mail', 'e_mail_2', 'telefono_movil', 'ultima_compra', 'field'])
  })

  it('never returns a name that reaches Object.prototype', () => {
    expect(
      ['__proto__', 'constructor', 'prototype', 'hasOwnProperty', 'toString'].map((h) => fieldKey(h)),
    ).toEqual(['proto', 'field_constructor', 'field_prototype', 'hasownproperty', 'tostring'])
  })
})

describe('columnLetter', () => {
  it('counts like a spreadsheet', () => {
    expect([0, 25, 26, 51, 701, 702].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AZ', 'ZZ', 'AAA'])
  })
})
