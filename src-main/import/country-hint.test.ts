import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { analyzeSheet } from './analyze'
import { readWorkbook } from './read-workbook'
import type { RawSheet } from './read-workbook'

const sheet = (...phones: string[]): RawSheet => ({
  name: 'Contacts',
  rows: [['Name', 'Phone'], ...phones.map((phone, i) => [`Person ${i + 1}`, phone])],
})

const analyse = (raw: RawSheet, country: string): ReturnType<typeof analyzeSheet> =>
  analyzeSheet(raw, { country, optOuts: new Set() })

const ukMobiles = ['07911 123456', '07123 456789', '07400 123456', '07500 123456', '07801 234567']

describe('a list written for another country', () => {
  it('offers the country that reads most of the numbers Herald could not', () => {
    const analysis = analyse(sheet(...ukMobiles, '+1 202 555 0143'), 'US')
    expect(analysis.counts.invalid).toBe(5)
    expect(analysis.suggestedCountry).toEqual({ country: 'GB', wouldFix: 5, invalid: 5 })
  })

  it('suggests nothing when the numbers are valid as they are', () => {
    expect(analyse(sheet(...ukMobiles), 'GB').suggestedCountry).toBeNull()
  })

  it('suggests nothing for a couple of typos in a good list', () => {
    const analysis = analyse(sheet('+1 202 555 0143', '202 555 0199', '12345', '999'), 'US')
    expect(analysis.counts.invalid).toBe(2)
    expect(analysis.suggestedCountry).toBeNull()
  })

  it('leaves out numbers written with their own country code: no list country would change them', () => {
    const broken = ['+44 12', '+44 34', '+44 56', '+44 78']
    expect(analyse(sheet(...broken, ...ukMobiles.slice(0, 2)), 'US').suggestedCountry).toBeNull()
  })

  it('suggests nothing when no other country reads most of them either', () => {
    expect(analyse(sheet('12', '345', '6789', 'abc', '11'), 'US').suggestedCountry).toBeNull()
  })
})

describe('a file with only a header', () => {
  it('has no contacts, rather than one contact called "Name"', () => {
    const analysis = analyse({ name: 'Contacts', rows: [['Name', 'Phone', 'City']] }, 'GB')
    expect(analysis.headerRow).toBe(1)
    expect(analysis.counts.total).toBe(0)
    expect(analysis.rows).toEqual([])
  })

  it('still reads a single row with a phone number as a contact', () => {
    const analysis = analyse({ name: 'Contacts', rows: [['Ana', '+44 7911 123456']] }, 'GB')
    expect(analysis.counts.valid).toBe(1)
  })
})

describe('the sample list Herald offers', () => {
  it('read as a United States list, points to the United Kingdom', () => {
    const bytes = readFileSync(path.join(__dirname, '../../resources/sample-contacts.xlsx'))
    const [first] = readWorkbook(bytes, 'sample-contacts.xlsx')
    if (!first) throw new Error('the sample has no sheet')
    const analysis = analyse(first, 'US')
    expect(analysis.counts.invalid).toBeGreaterThan(3)
    expect(analysis.suggestedCountry?.country).toBe('GB')
    expect(analyse(first, 'GB').suggestedCountry).toBeNull()
  })
})
