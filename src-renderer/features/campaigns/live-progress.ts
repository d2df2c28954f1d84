import type { CampaignStatus, StatusCounts } from '../../../src-shared/domain/campaigns'
import { reachedOf } from '../../../src-shared/domain/rates'
import { formatCount } from '../../lib/format'
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
export function liveProgress(status: CampaignStatus, counts: StatusCounts, total: number): LiveProgress {
  const { sent } = reachedOf(counts)
  const ofTotal = `${formatCount(sent)} of ${formatCount(total)} sent`
  if (status === 'cancelled') {
    return {
      text: `Stopped · ${ofTotal}`,
      percent: total === 0 ? 0 : Math.floor((sent / total) * 100),
      valueText: `${formatCount(sent)} of ${formatCount(total)} messages sent`,
    }
  }
  if (status === 'completed') {
    const percent = percentDone(counts, total)
    return { text: `Finished · ${ofTotal}`, percent, valueText: `${ofTotal}, every message dealt with` }
  }
  const done = `${formatCount(doneCount(counts))} of ${formatCount(total)}`
  const percent = percentDone(counts, total)
  return {
    text: `${done} done · ${percent}% · ${formatCount(sent)} sent`,
    percent,
    valueText: `${done} messages done`,
  }
}

export type FunnelCount = { key: string; label: string; help: string; count: number }

// The waiting counter keeps the key of the status it mostly stands for (queued).
const counters = [
  { key: 'sent', label: 'Sent', help: 'Left your phone, whatever happened after' },
  { key: 'delivered', label: 'Delivered', help: 'Reached their phone (read and replied included)' },
  { key: 'read', label: 'Read', help: 'Opened by them (replied included)' },
  { key: 'replied', label: 'Replied', help: 'They wrote back' },
  { key: 'queued', label: 'Waiting', help: 'Not sent yet: waiting their turn or on their way' },
  { key: 'failed', label: 'Failed', help: 'Could not be sent' },
  { key: 'skipped', label: 'Skipped', help: 'Not messaged' },
] as const

/** The live counters: how many went out and how far they got (cumulative), and what is left. */
export function liveCounts(counts: StatusCounts): FunnelCount[] {
  const r = reachedOf(counts)
  const figures = { ...r, queued: r.waiting }
  return counters.map((c) => ({ ...c, count: figures[c.key] }))
}
