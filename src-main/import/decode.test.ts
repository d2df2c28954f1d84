import { describe, expect, it } from 'vitest'
import { decodeText } from './decode'

const text = 'Nombre,Teléfono\nNúñez,+34 612 345 678\n'

function utf16(value: string, bigEndian: boolean, bom: boolean): Uint8Array {
  const bytes: number[] = bom ? (bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]) : []
  for (const ch of value) {
    const code = ch.charCodeAt(0)
    if (bigEndian) bytes.push(code >> 8, code & 0xff)
    else bytes.push(code & 0xff, code >> 8)
  }
  return new Uint8Array(bytes)
}

describe('decodeText', () => {
  it('reads UTF-8 with and without a BOM', () => {
    const plain = new TextEncoder().encode(text)
    expect(decodeText(plain)).toBe(text)
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...plain]))).toBe(text)
  })

  it('reads UTF-16 both ways round, with a BOM and without one', () => {
    for (const bigEndian of [false, true]) {
      for (const bom of [true, false]) expect(decodeText(utf16(text, bigEndian, bom))).toBe(text)
    }
  })

  it('falls back to Windows-1252 when the bytes are not UTF-8', () => {
    // "Teléfono;Núñez €5" as Excel saves it on a Western Windows
    const bytes = new Uint8Array([
      0x54, 0x65, 0x6c, 0xe9, 0x66, 0x6f, 0x6e, 0x6f, 0x3b, 0x4e, 0xfa, 0xf1, 0x65, 0x7a, 0x20, 0x80, 0x35,
    ])
    expect(decodeText(bytes)).toBe('Teléfono;Núñez €5')
  })

  it('returns an empty string for no bytes', () => {
    expect(decodeText(new Uint8Array())).toBe('')
  })
})
