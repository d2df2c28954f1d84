// Turns the repository's aggregate rows into the shapes of src-shared/domain/analytics.ts.
import { parsePhoneNumberFromString } from 'libphonenumber-js'
import type {
  Analytics,
  DurationStats,
  Hourly,
  NumberChoice,
  VariantStats,
} from '../../src-shared/domain/analytics'
import { messageStatuses } from '../../src-shared/domain/campaigns'
import type { StatusCounts } from '../../src-shared/domain/campaigns'
import { categoryInfo } from '../../src-shared/domain/error-categories'
import { ratesOf } from '../../src-shared/domain/rates'
import type {
  AccountRow,
  CampaignCountRow,
  DurationRow,
  ErrorRow,
  HourRow,
  NumberRow,
  PrefixRow,
  SpanRow,
  VariantRow,
} from '../db/repos/analytics-repo'
import { interpolate, percentileRanks, ratio, twoProportionZTest, variantVerdict } from './stats'

export function emptyCounts(): StatusCounts {
  return Object.fromEntries(messageStatuses.map((s) => [s, 0])) as StatusCounts
}

function valueAt(rows: readonly DurationRow[], rank: number): number {
  return rows.find((r) => r.rn === rank)?.d ?? 0
}

/** Median and p90 from the few ranked rows the duration query returns. */
export function durationStats(rows: readonly DurationRow[]): DurationStats {
  const n = rows[0]?.n ?? 0
  if (n === 0) return { count: 0, medianSeconds: null, p90Seconds: null }
  const at = (p: number): number => {
    const [low, high] = percentileRanks(n, p)
    return round(interpolate(n, p, valueAt(rows, low), valueAt(rows, high)), 3)
  }
  return { count: n, medianSeconds: at(0.5), p90Seconds: at(0.9) }
}

export function round(value: number, digits: number): number {
  const factor = 10 ** digits
  return Math.round(value * factor) / factor
}

/** Sum of each campaign's first → last send, in seconds. */
export function activeSeconds(spans: readonly SpanRow[]): number {
  return spans.reduce((sum, s) => sum + (Date.parse(s.last) - Date.parse(s.first)) / 1000, 0)
}

const matrix = (rows: readonly HourRow[]): number[][] => {
  const grid = Array.from({ length: 7 }, () => Array.from({ length: 24 }, () => 0))
  for (const row of rows) {
    const line = grid[row.weekday]
    if (line) line[row.hour] = row.n
  }
  return grid
}

/** Hours with fewer sends than this are not suggested: a 1-of-2 reply rate says little. */
export const minimumSendsForBestHour = 30

export function hourly(sendRows: readonly HourRow[], replyRows: readonly HourRow[]): Hourly {
  const byHour = Array.from({ length: 24 }, (_, hour) => ({ hour, sends: 0, replied: 0 }))
  for (const row of sendRows) {
    const slot = byHour[row.hour]
    if (slot) {
      slot.sends += row.n
      slot.replied += row.replied
    }
  }
  const best = byHour
    .filter((h) => h.sends >= minimumSendsForBestHour)
    .map((h) => ({ ...h, rate: h.replied / h.sends }))
    .sort((a, b) => b.rate - a.rate || b.sends - a.sends || a.hour - b.hour)[0]
  return {
    sends: matrix(sendRows),
    replies: matrix(replyRows),
    bestHour: best ?? null,
    minimumSends: minimumSendsForBestHour,
  }
}

/** Per variant, and a z-test between the two best reply rates (ties broken by more sends). */
export function variants(rows: readonly VariantRow[]): Analytics['variants'] {
  const list: VariantStats[] = rows.map((r) => ({
    variant: r.variant,
    sent: r.sent,
    replied: r.replied,
    replyRate: ratio(r.replied, r.sent),
  }))
  const ranked = list
    .filter((v) => v.sent > 0)
    .sort((a, b) => (b.replyRate ?? 0) - (a.replyRate ?? 0) || b.sent - a.sent)
  const [first, second] = ranked
  if (!first || !second) return { list, comparison: null }
  const test = twoProportionZTest(first.replied, first.sent, second.replied, second.sent)
  const judged = variantVerdict(
    { name: first.variant, rate: first.replyRate ?? 0 },
    { name: second.variant, rate: second.replyRate ?? 0 },
    test,
  )
  return {
    list,
    comparison: {
      a: first.variant,
      b: second.variant,
      z: test?.z ?? 0,
      pValue: test?.pValue ?? 1,
      ...judged,
    },
  }
}

export function errors(rows: readonly ErrorRow[]): Analytics['errors'] {
  return rows.map((r) => ({
    category: r.category,
    label: categoryInfo[r.category].label,
    count: r.n,
    recommendation: categoryInfo[r.category].recommendation,
  }))
}

export function countryOf(sample: string): { country: string | null; callingCode: string } {
  const parsed = parsePhoneNumberFromString(sample)
  if (!parsed) return { country: null, callingCode: '' }
  const country = parsed.country ?? parsed.getPossibleCountries()[0] ?? null
  return { country, callingCode: parsed.countryCallingCode }
}

/** Per country, from per-prefix sums; most messages first. */
export function countries(rows: readonly PrefixRow[]): Analytics['countries'] {
  const byCountry = new Map<string, Analytics['countries'][number]>()
  for (const row of rows) {
    const { country, callingCode } = countryOf(row.sample)
    const key = country ?? `+${callingCode}`
    const entry = byCountry.get(key) ?? { country, callingCode, messages: 0, sent: 0, replied: 0, failed: 0 }
    entry.messages += row.messages
    entry.sent += row.sent
    entry.replied += row.replied
    entry.failed += row.failed
    byCountry.set(key, entry)
  }
  return [...byCountry.values()].sort(
    (a, b) => b.messages - a.messages || (a.country ?? '').localeCompare(b.country ?? ''),
  )
}

export function campaigns(rows: readonly CampaignCountRow[]): Analytics['campaigns'] {
  const byId = new Map<number, Analytics['campaigns'][number]>()
  for (const row of rows) {
    const entry = byId.get(row.id) ?? {
      id: row.id,
      name: row.name,
      status: row.campaignStatus,
      dryRun: row.dryRun === 1,
      counts: emptyCounts(),
    }
    entry.counts[row.status] = row.n
    byId.set(row.id, entry)
  }
  return [...byId.values()]
}

export function numberChoice(row: NumberRow): NumberChoice {
  return { id: row.id, name: row.name, phone: row.phone, removed: row.removed === 1 }
}

/** Per sending number, with its opt-outs by reply and the rates out of what it sent. */
export function byAccount(
  rows: readonly AccountRow[],
  optOuts: ReadonlyMap<number, number>,
): Analytics['byAccount'] {
  return rows.map((r) => {
    const optOutCount = optOuts.get(r.accountId) ?? 0
    const rates = ratesOf(r, optOutCount)
    return {
      ...numberChoice({ id: r.accountId, name: r.name, phone: r.phone, removed: r.removed }),
      messages: r.messages,
      sent: r.sent,
      delivered: r.delivered,
      read: r.read,
      replied: r.replied,
      failed: r.failed,
      optOuts: optOutCount,
      replyRate: rates.reply,
      optOutRate: rates.optOut,
    }
  })
}
