// Pure statistics for the analytics: no database, no clock.
import { phrase } from '../../src-shared/i18n/phrase'
import type { Phrase } from '../../src-shared/i18n/phrase'
import { english } from '../../src-shared/i18n/wording'

/** numerator / denominator, or null when there is nothing to divide by. */
export function ratio(numerator: number, denominator: number): number | null {
  return denominator > 0 ? numerator / denominator : null
}

/**
 * The p-quantile (0..1) of ascending values by linear interpolation between closest ranks (the
 * "type 7" definition of R and NumPy's default): the median of [1, 2, 3, 4] is 2.5.
 */
export function percentile(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null
  const rank = (sorted.length - 1) * p
  const lower = Math.floor(rank)
  const low = sorted[lower] ?? 0
  const high = sorted[Math.min(lower + 1, sorted.length - 1)] ?? low
  return low + (rank - lower) * (high - low)
}

/** The 0-based ranks `percentile` reads for n values, so that a query can fetch just those rows. */
export function percentileRanks(n: number, p: number): [number, number] {
  const lower = Math.floor((n - 1) * p)
  return [lower, Math.min(lower + 1, n - 1)]
}

/** Interpolates the p-quantile of n values from the values at `percentileRanks(n, p)`. */
export function interpolate(n: number, p: number, low: number, high: number): number {
  const rank = (n - 1) * p
  return low + (rank - Math.floor(rank)) * (high - low)
}

/**
 * The complementary error function, after Numerical Recipes' Chebyshev fit (fractional error < 1.2e-7
 * everywhere), plenty for a p-value shown to people.
 */
export function erfc(x: number): number {
  const z = Math.abs(x)
  const t = 1 / (1 + 0.5 * z)
  const poly =
    -z * z -
    1.26551223 +
    t *
      (1.00002368 +
        t *
          (0.37409196 +
            t *
              (0.09678418 +
                t *
                  (-0.18628806 +
                    t *
                      (0.27886807 +
                        t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))))
  const value = t * Math.exp(poly)
  return x >= 0 ? value : 2 - value
}

/** P(Z > z) for a standard normal Z. */
export function normalUpperTail(z: number): number {
  return 0.5 * erfc(z / Math.SQRT2)
}

export type ZTest = { z: number; pValue: number }

/**
 * Two-proportion z-test with the pooled proportion, two-sided: does x1/n1 differ from x2/n2? Null when a
 * group is empty or the pooled proportion is 0 or 1 (no variance: nothing to tell apart).
 */
export function twoProportionZTest(x1: number, n1: number, x2: number, n2: number): ZTest | null {
  if (n1 <= 0 || n2 <= 0) return null
  const pooled = (x1 + x2) / (n1 + n2)
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2))
  if (se === 0) return null
  const z = (x1 / n1 - x2 / n2) / se
  return { z, pValue: Math.min(1, 2 * normalUpperTail(Math.abs(z))) }
}

/** The confidence level the verdict claims; a p-value under 1 − this is called a difference. */
export const confidence = 0.95

/**
 * What a shop owner reads: which wording gets more replies, or that it is too early to tell; in English
 * (the CLI, the log) and as the phrase the window words in the user's language.
 */
export function variantVerdict(
  a: { name: string; rate: number },
  b: { name: string; rate: number },
  test: ZTest | null,
): { significant: boolean; verdict: string; verdictPhrase: Phrase } {
  const significant = test !== null && test.pValue < 1 - confidence && a.rate !== b.rate
  const [better, worse] = a.rate > b.rate ? [a, b] : [b, a]
  const verdictPhrase = significant
    ? phrase('sending.variants.better', { better: better.name, worse: worse.name, confidence })
    : phrase('sending.variants.notYet')
  return { significant, verdict: english(verdictPhrase), verdictPhrase }
}
