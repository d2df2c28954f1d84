import type { CellObject } from '@e965/xlsx'
import { describe, expect, it } from 'vitest'
import { cellText, sheetCell } from './sheet-cell'

const text = (v: string): CellObject => ({ t: 's', v })
const number = (v: number, w?: string): CellObject => (w === undefined ? { t: 'n', v } : { t: 'n', v, w })

describe('sheetCell', () => {
  it('keeps a text cell as the person wrote it: line breaks as LF, no spaces around it', () => {
    expect(sheetCell(text('Open late\r\non Fridays'))).toBe('Open late\non Fridays')
    expect(sheetCell(text('Back door\rby the car park\r\n'))).toBe('Back door\nby the car park')
    expect(sheetCell(text('  Jo Hair \t'))).toBe('Jo Hair')
    expect(sheetCell(text(' \r\n '))).toBeNull()
    expect(cellText('Two\n\nparagraphs')).toBe('Two\n\nparagraphs')
  })

  it('gives back a number Excel shortened as Excel showed it, so the phone check refuses it', () => {
    // A CSV written by Excel held "4.47911E+11"; opened again, the lost digits are zeros
    expect(sheetCell(number(447911000000, '4.47911E+11'))).toBe('4.47911E+11')
    expect(sheetCell(number(447911000000, '447911000000'))).toBe('4.47911E+11')
    expect(sheetCell(number(440000000000, '4.4E+11'))).toBe('4.4E+11')
    expect(sheetCell(number(5511900000000))).toBe('5.5119E+12')
  })

  it('keeps the exact digits of every number that holds more than Excel showed', () => {
    expect(sheetCell(number(447911123456, '4.47911E+11'))).toBe('447911123456')
    expect(sheetCell(number(441134960000, '4.41135E+11'))).toBe('441134960000')
    expect(sheetCell(number(447911100000, '4.47911E+11'))).toBe('447911100000')
    // Fewer than 12 digits: Excel shows them in full, nothing was lost
    expect(sheetCell(number(79110000000, '79110000000'))).toBe('79110000000')
    expect(sheetCell(number(7911123458, '07911123458'))).toBe('07911123458')
    // More than a phone's 15 digits: not a phone number, kept whole
    expect(sheetCell(number(1e20))).toBe('100000000000000000000')
  })
})
