import type { CampaignStatus, MessageStatus, StatusCounts } from '../../../src-shared/domain/campaigns'
import { plural } from '../contacts/format'

export const campaignStatusLabels: Record<CampaignStatus, string> = {
  draft: 'Not started',
  scheduled: 'Scheduled',
  running: 'Sending',
  paused: 'Paused',
  completed: 'Finished',
  cancelled: 'Stopped',
  interrupted: 'Interrupted',
}

export const messageStatusLabels: Record<MessageStatus, string> = {
  queued: 'Queued',
  sending: 'Sending',
  sent: 'Sent',
  delivered: 'Delivered',
  read: 'Read',
  replied: 'Replied',
  failed: 'Failed',
  skipped: 'Skipped',
}

/** Messages that have reached an outcome: everything but those still waiting or on their way. */
export function doneCount(counts: StatusCounts): number {
  return Object.entries(counts).reduce(
    (sum, [status, count]) => (status === 'queued' || status === 'sending' ? sum : sum + count),
    0,
  )
}

export function percentDone(counts: StatusCounts, total: number): number {
  return total === 0 ? 0 : Math.floor((doneCount(counts) / total) * 100)
}

/** Whether the engine may still send: the live view keeps following it. */
export function isActive(status: CampaignStatus): boolean {
  return status === 'running' || status === 'paused' || status === 'scheduled' || status === 'interrupted'
}

const clock = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit' })
const clockSeconds = new Intl.DateTimeFormat('en-GB', {
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
})
const dayAndTime = new Intl.DateTimeFormat('en-GB', { weekday: 'short', hour: '2-digit', minute: '2-digit' })
const dateAndTime = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  hour: '2-digit',
  minute: '2-digit',
})

function parsed(iso: string): Date | null {
  const date = new Date(iso)
  return Number.isNaN(date.getTime()) ? null : date
}

export function formatClock(iso: string, seconds = false): string {
  const date = parsed(iso)
  return date ? (seconds ? clockSeconds : clock).format(date) : iso
}

/** "Tue 14:20" within the coming week, "3 Jun 14:20" beyond it: how people say when something happens. */
export function formatWhen(iso: string): string {
  const date = parsed(iso)
  if (!date) return iso
  const days = (date.getTime() - Date.now()) / 86_400_000
  return days > -1 && days < 6 ? dayAndTime.format(date) : dateAndTime.format(date)
}

export function formatDateTime(iso: string): string {
  const date = parsed(iso)
  return date ? dateAndTime.format(date) : iso
}

/** "12 contacts got a message in the last 7 days and will be left out."; empty when nobody is. */
export function leftOutSentence(recentlyContacted: number, days: number): string {
  if (recentlyContacted === 0 || days === 0) return ''
  const who = plural(recentlyContacted, 'contact', 'contacts')
  return `${who} got a message in the last ${days === 1 ? 'day' : `${days} days`} and will be left out.`
}
