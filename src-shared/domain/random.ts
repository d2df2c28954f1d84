/** Hashes a string into four 32-bit words (xmur3-style mixing), enough state to seed sfc32. */
function hashSeed(seed: string): [number, number, number, number] {
  let h = 1779033703 ^ seed.length
  for (let i = 0; i < seed.length; i++) {
    h = Math.imul(h ^ seed.charCodeAt(i), 3432918353)
    h = (h << 13) | (h >>> 19)
  }
  const next = (): number => {
    h = Math.imul(h ^ (h >>> 16), 2246822507)
    h = Math.imul(h ^ (h >>> 13), 3266489909)
    h ^= h >>> 16
    return h >>> 0
  }
  return [next(), next(), next(), next()]
}

/**
 * A deterministic PRNG (sfc32) seeded from a string, uniform in [0, 1).
 * The same seed always gives the same sequence, on every platform, so a resumed campaign re-renders
 * exactly the text it would have sent before.
 */
export function seededRandom(seed: string): () => number {
  let [a, b, c, d] = hashSeed(seed)
  const step = (): number => {
    a >>>= 0
    b >>>= 0
    c >>>= 0
    d >>>= 0
    let t = (a + b) | 0
    a = b ^ (b >>> 9)
    b = (c + (c << 3)) | 0
    c = (c << 21) | (c >>> 11)
    d = (d + 1) | 0
    t = (t + d) | 0
    c = (c + t) | 0
    return (t >>> 0) / 4294967296
  }
  // The first outputs of sfc32 still echo the seed; discarding a few decorrelates similar seeds.
  for (let i = 0; i < 12; i++) step()
  return step
}
