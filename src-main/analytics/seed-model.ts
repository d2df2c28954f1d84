// How synthetic customers behave: where they live, how they answer, what goes wrong. Figures are
// plausible for small-shop WhatsApp campaigns, not measured; they exist to make demos and benchmarks look
// and weigh like real history.
import type { ErrorCategory } from '../../src-shared/domain/campaigns'

export type Random = () => number

export function pick<T>(random: Random, weighted: readonly (readonly [T, number])[]): T {
  const total = weighted.reduce((sum, [, w]) => sum + w, 0)
  let roll = random() * total
  for (const [value, weight] of weighted) {
    roll -= weight
    if (roll < 0) return value
  }
  const last = weighted.at(-1)
  if (!last) throw new Error('Nothing to pick from')
  return last[0]
}

const digits = (random: Random, n: number): string =>
  Array.from({ length: n }, () => Math.floor(random() * 10)).join('')

/** Valid mobile numbers per country (checked with libphonenumber-js), weighted like a UK shop's list. */
const countries: readonly (readonly [(r: Random) => string, number])[] = [
  [(r) => `+447${7 + Math.floor(r() * 3)}${digits(r, 8)}`, 45],
  [
    (r) =>
      `+1${pick(r, [
        ['212', 1],
        ['415', 1],
        ['646', 1],
      ] as const)}${2 + Math.floor(r() * 8)}${digits(r, 6)}`,
    15,
  ],
  [(r) => `+49151${digits(r, 8)}`, 10],
  [(r) => `+336${digits(r, 8)}`, 8],
  [(r) => `+346${digits(r, 8)}`, 7],
  [(r) => `+919${digits(r, 9)}`, 6],
  [(r) => `+55119${digits(r, 8)}`, 5],
  [(r) => `+234803${digits(r, 7)}`, 4],
]

const firstNames = [
  'Amira',
  'Ben',
  'Chloé',
  'Dev',
  'Emma',
  'Farid',
  'Grace',
  'Hugo',
  'Ines',
  'Jamal',
  'Kofi',
  'Lena',
]

export type SyntheticContact = { name: string; phone: string; readReceipts: boolean; chatty: number }

export function contact(random: Random, index: number): SyntheticContact {
  return {
    name: `${firstNames[index % firstNames.length] ?? 'Sam'} ${index + 1}`,
    phone: pick(random, countries)(random),
    // About one in seven people turn read receipts off.
    readReceipts: random() > 0.15,
    // Some people answer everything, most rarely do.
    chatty: 0.4 + random() * 1.2,
  }
}

export const failureCategories: readonly (readonly [ErrorCategory, number])[] = [
  ['not_on_whatsapp', 45],
  ['timeout', 15],
  ['network', 12],
  ['invalid_number', 8],
  ['rate_limited', 5],
  ['disconnected', 5],
  ['uncertain', 5],
  ['unknown', 3],
  ['media_error', 2],
]

export const skipCategories: readonly (readonly [ErrorCategory, number])[] = [
  ['opted_out', 50],
  ['duplicate', 30],
  ['invalid_number', 20],
]

/** The chance of a reply: wording B does better, late morning and early evening do better. */
export function replyChance(variant: string, hourUtc: number, chatty: number): number {
  const wording = variant === 'B' ? 0.03 : variant === 'C' ? 0.01 : 0
  const hour = (hourUtc >= 10 && hourUtc < 12) || (hourUtc >= 17 && hourUtc < 19) ? 0.03 : 0
  return (0.06 + wording + hour) * chatty
}

/** An exponentially distributed wait with the given mean, in milliseconds. */
export function wait(random: Random, meanSeconds: number): number {
  return Math.round(-Math.log(1 - random()) * meanSeconds * 1000)
}
