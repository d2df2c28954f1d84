import { describe, expect, it } from 'vitest'
import { maxImportBytes } from '../domain/contacts'
import { contract } from './contract'
import { exceedsRequestSize, maxRequestBytes } from './limits'

describe('exceedsRequestSize', () => {
  it('lets the largest import the contract allows through', () => {
    const data = 'A'.repeat(Math.ceil(maxImportBytes / 3) * 4)
    const input = { fileName: `${'a'.repeat(295)}.xlsx`, data }
    expect(contract['import:open'].input.safeParse(input).success).toBe(true)
    expect(exceedsRequestSize(input)).toBe(false)
  })

  it('measures strings, nesting, binary and collections, and stops past the limit', () => {
    expect(exceedsRequestSize({ a: 'x'.repeat(90) }, 100)).toBe(false)
    expect(exceedsRequestSize({ a: 'x'.repeat(100) }, 100)).toBe(true)
    expect(exceedsRequestSize([[['x'.repeat(60)]], 'y'.repeat(60)], 100)).toBe(true)
    expect(exceedsRequestSize(new Uint8Array(101), 100)).toBe(true)
    expect(exceedsRequestSize(new Map([['k', 'x'.repeat(101)]]), 100)).toBe(true)
    expect(exceedsRequestSize(new Array<number>(1_000_000).fill(1), 1000)).toBe(true)
  })

  it('ends on a cyclic value', () => {
    const cyclic: Record<string, unknown> = {}
    cyclic.self = cyclic
    expect(exceedsRequestSize(cyclic, 1000)).toBe(true)
  })

  it('keeps the 68 MB the WebSocket host allows', () => {
    expect(maxRequestBytes).toBe(Math.ceil(maxImportBytes / 3) * 4 + 1024 * 1024)
  })
})
