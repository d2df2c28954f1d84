import type { CampaignStatus, StatusCounts } from '../../../src-shared/domain/campaigns'
import { reachedOf } from '../../../src-shared/domain/rates'
import { formatCount } from '../../lib/format'
import type { Translate } from '../../i18n/use-t'
import { doneCount, percentDone } from '../../lib/campaign-status'

export type LiveProgress = {
  /** The line under the bar, e.g. "Stopped · 0 of 13 sent". */
  text: string
  /** The bar, in whole percent. */
  percent: number
  /** What the bar measures, for screen readers. */
  valueText: string
}

/**
 * How far a campaign has got, in a person's words. While it runs, and once it has finished, the bar shows
 * the messages dealt with; a stopped campaign's bar and line say how many were sent, so one that sent
 * nothing reads "Stopped · 0 of 13 sent" with an empty bar rather than "13 of 13 done".
 */
export function liveProgress(
  t: Translate,
  status: CampaignStatus,
  counts: StatusCounts,
  total: number,
): LiveProgress {
  const { sent } = reachedOf(counts)
  const figures = { sent: formatCount(sent), total: formatCount(total) }
  if (status === 'cancelled') {
    return {
      text: t('campaigns.progress.stopped', figures),
      percent: total === 0 ? 0 : Math.floor((sent / total) * 100),
      valueText: t('campaigns.progress.stoppedValue', figures),
    }
  }
  if (status === 'completed') {
    const percent = percentDone(counts, total)
    return {
      text: t('campaigns.progress.finished', figures),
      percent,
      valueText: t('campaigns.progress.finishedValue', figures),
    }
  }
  const percent = percentDone(counts, total)
  const done = formatCount(doneCount(counts))
  return {
    text: t('campaigns.progress.running', { ...figures, done, percent: percent / 100 }),
    percent,
    valueText: t('campaigns.progress.runningValue', { done, total: figures.total }),
  }
}

export type FunnelCount = { key: string; label: string; help: string; count: number }

// The waiting counter keeps the key of the status it mostly stands for (queued).
const counters = ['sent', 'delivered', 'read', 'replied', 'queued', 'failed', 'skipped'] as const

/** The live counters: how many went out and how far they got (cumulative), and what is left. */
export function liveCounts(t: Translate, counts: StatusCounts): FunnelCount[] {
  const r = reachedOf(counts)
  const figures = { ...r, queued: r.waiting }
  return counters.map((key) => ({
    key,
    label: t(`campaigns.counter.${key}.label`),
    help: t(`campaigns.counter.${key}.help`),
    count: figures[key],
  }))
}
