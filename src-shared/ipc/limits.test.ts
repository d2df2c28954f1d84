import { describe, expect, it } from 'vitest'
import { contract } from './contract'
import { exceedsRequestSize, maxRequestBytes } from './limits'

describe('exceedsRequestSize', () => {
  it('lets the largest column mapping the contract allows through', () => {
    const roles = Array.from({ length: 16_384 }, (_, index) => ({ index: 16_384 - index, role: 'field' }))
    const input = { sessionId: 'x'.repeat(100), sheet: 's'.repeat(300), country: 'GB', roles }
    expect(contract['import:analyze'].input.safeParse(input).success).toBe(true)
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

  it('allows 4 MB: no request carries a file', () => {
    expect(maxRequestBytes).toBe(4 * 1024 * 1024)
    expect(Object.keys(contract['import:open'].input.shape)).toEqual(['uploadId'])
    expect(Object.keys(contract['templates:attach'].input.shape)).toEqual(['uploadId'])
  })
})
