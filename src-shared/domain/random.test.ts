import { describe, expect, it } from 'vitest'
import { seededRandom } from './random'

describe('seededRandom', () => {
  it('gives the same sequence for the same seed and a different one for another seed', () => {
    const a = seededRandom('7:42')
    const b = seededRandom('7:42')
    const c = seededRandom('7:43')
    const seqA = Array.from({ length: 5 }, a)
    expect(Array.from({ length: 5 }, b)).toEqual(seqA)
    expect(Array.from({ length: 5 }, c)).not.toEqual(seqA)
  })

  it('stays in [0, 1) and spreads evenly', () => {
    const random = seededRandom('spread')
    const buckets = new Array<number>(10).fill(0)
    let outside = 0
    for (let i = 0; i < 100_000; i++) {
      const x = random()
      if (x < 0 || x >= 1) outside += 1
      else buckets[Math.floor(x * 10)]! += 1
    }
    expect(outside).toBe(0)
    for (const count of buckets) expect(count).toBeGreaterThan(9_500)
    for (const count of buckets) expect(count).toBeLessThan(10_500)
  })

  it('gives unrelated first numbers for neighbouring seeds', () => {
    const firsts = Array.from({ length: 2_000 }, (_, i) => seededRandom(`1:${i}`)())
    const low = firsts.filter((x) => x < 0.5).length
    expect(low).toBeGreaterThan(900)
    expect(low).toBeLessThan(1_100)
  })
})
