import type { AnalyticsQuery } from '../../../src-shared/domain/analytics'
import type { Translate } from '../../i18n/use-t'

export const periodKinds = ['7', '30', '90', 'all', 'custom'] as const
export type PeriodKind = (typeof periodKinds)[number]

/** "Last 7 days", "All time", "Custom", in the window's language. */
export function periodLabel(t: Translate, kind: PeriodKind): string {
  return t(`dashboard.period.${kind}`)
}

/** The period the user picked; `since` and `until` are the custom dates as typed (YYYY-MM-DD or ''). */
export type Period = { kind: PeriodKind; since: string; until: string }

export const defaultPeriod: Period = { kind: '30', since: '', until: '' }

const dayMs = 86_400_000

/** The UTC calendar date of a moment: the analytics count days in UTC. */
export function utcDate(moment: Date): string {
  return moment.toISOString().slice(0, 10)
}

/** What is wrong with a custom period; null when it can be asked for. */
export function customPeriodProblem(since: string, until: string): 'noDates' | 'startAfterEnd' | null {
  if (!since && !until) return 'noDates'
  if (since && until && since > until) return 'startAfterEnd'
  return null
}

/** What is wrong with a custom period, in words; null when it can be asked for. */
export function customPeriodError(t: Translate, since: string, until: string): string | null {
  const problem = customPeriodProblem(since, until)
  return problem && t(`dashboard.period.${problem}`)
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
      if (customPeriodProblem(period.since, period.until)) return null
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
  t: Translate,
  period: Period,
  campaignName: string | null,
  formatDate: (day: string) => string,
): string {
  const since = formatDate(period.since)
  const until = formatDate(period.until)
  const when =
    period.kind !== 'custom'
      ? periodLabel(t, period.kind)
      : period.since && period.until
        ? t('dashboard.scope.between', { since, until })
        : period.since
          ? t('dashboard.scope.since', { since })
          : t('dashboard.scope.until', { until })
  if (campaignName === null) return when
  // After the campaign's name the period is no longer the start of the line: "Spring, last 7 days"
  return t('dashboard.scope.withCampaign', {
    campaign: campaignName,
    when: `${when.charAt(0).toLocaleLowerCase()}${when.slice(1)}`,
  })
}
