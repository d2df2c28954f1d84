import type { AnalyticsQuery } from '../../../src-shared/domain/analytics'

export const periodKinds = ['7', '30', '90', 'all', 'custom'] as const
export type PeriodKind = (typeof periodKinds)[number]

export const periodLabels: Record<PeriodKind, string> = {
  '7': 'Last 7 days',
  '30': 'Last 30 days',
  '90': 'Last 90 days',
  all: 'All time',
  custom: 'Custom',
}

/** The period the user picked; `since` and `until` are the custom dates as typed (YYYY-MM-DD or ''). */
export type Period = { kind: PeriodKind; since: string; until: string }

export const defaultPeriod: Period = { kind: '30', since: '', until: '' }

const dayMs = 86_400_000

/** The UTC calendar date of a moment: the analytics count days in UTC. */
export function utcDate(moment: Date): string {
  return moment.toISOString().slice(0, 10)
}

/** What is wrong with a custom period, in words; null when it can be asked for. */
export function customPeriodError(since: string, until: string): string | null {
  if (!since && !until) return 'Choose a start date, an end date or both.'
  if (since && until && since > until) return 'The start date comes after the end date.'
  return null
}

/**
 * The analytics query for a period and campaign, or null while a custom period cannot be asked for.
 * "Last N days" is today (UTC) and the N − 1 days before it, open-ended so that a message queued a
 * moment ago is never left out.
 */
export function periodQuery(period: Period, campaignId: number | null, now: Date): AnalyticsQuery | null {
  const campaign = campaignId === null ? {} : { campaignId }
  switch (period.kind) {
    case 'all':
      return campaign
    case 'custom': {
      if (customPeriodError(period.since, period.until)) return null
      return {
        ...campaign,
        ...(period.since ? { since: period.since } : {}),
        ...(period.until ? { until: period.until } : {}),
      }
    }
    default: {
      const days = Number(period.kind)
      return { ...campaign, since: utcDate(new Date(now.getTime() - (days - 1) * dayMs)) }
    }
  }
}

/** What the headline is about, in words: "Last 7 days", "1 Mar 2026 to 5 Mar 2026", with the campaign. */
export function scopeWords(
  period: Period,
  campaignName: string | null,
  formatDate: (day: string) => string,
): string {
  const when =
    period.kind !== 'custom'
      ? periodLabels[period.kind]
      : period.since && period.until
        ? `${formatDate(period.since)} to ${formatDate(period.until)}`
        : period.since
          ? `Since ${formatDate(period.since)}`
          : `Until ${formatDate(period.until)}`
  return campaignName === null ? when : `${campaignName}, ${when.charAt(0).toLowerCase()}${when.slice(1)}`
}
