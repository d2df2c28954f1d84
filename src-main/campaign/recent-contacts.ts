import { phrase } from '../../src-shared/i18n/phrase'
import type { Phrase } from '../../src-shared/i18n/phrase'
import { RecentSendsRepo } from '../db/repos/recent-sends-repo'
import type { CampaignServiceDeps } from './service-deps'

const day = 24 * 60 * 60 * 1000

/** The contact frequency cap as one new campaign applies it. */
export type RecentCap = {
  days: number
  /** The list's numbers sent a message in those days, each with its latest send (ISO). */
  lastSentTo: ReadonlyMap<string, string>
  /** The user's time zone, in which the date of that send is written. */
  timeZone: string
}

export type RecentContactsDeps = Pick<
  CampaignServiceDeps,
  'db' | 'clock' | 'settings' | 'optOuts' | 'timeZone'
>

// Made once per zone: a big list may leave out thousands of contacts
const dayFormats = new Map<string, Intl.DateTimeFormat>()
const dayIn = (timeZone: string): Intl.DateTimeFormat => {
  let format = dayFormats.get(timeZone)
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'numeric', year: 'numeric', timeZone })
    dayFormats.set(timeZone, format)
  }
  return format
}

/**
 * Why a contact was left out, for the message's detail: "Got a Herald message on 3 Dec 2026 (within 7 days)".
 * The date is the day in the user's time zone, carried as its parts so that every language words it the same.
 */
export function recentDetail(lastSentAt: string, days: number, timeZone: string): Phrase {
  const parts = dayIn(timeZone).formatToParts(new Date(lastSentAt))
  const part = (type: Intl.DateTimeFormatPartTypes): number =>
    Number(parts.find((p) => p.type === type)?.value)
  return phrase('sending.detail.recentlyMessaged', {
    day: part('day'),
    month: part('month'),
    year: part('year'),
    days,
  })
}

/**
 * The contact frequency cap: numbers that got any Herald message in the last N days are left out of a new
 * campaign. Live campaigns count live sends only and dry runs count dry runs only, so a rehearsal shows what
 * the cap would do without real history being touched by it.
 */
export class RecentContacts {
  private readonly repo: RecentSendsRepo
  private readonly timeZone: string

  constructor(private readonly deps: RecentContactsDeps) {
    this.repo = new RecentSendsRepo(deps.db)
    this.timeZone = deps.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone
  }

  /** The days a campaign asked for, or the Settings default (`campaign.skipRecentDays`). */
  daysFor(requested: number | undefined): number {
    return requested ?? this.deps.settings.get()['campaign.skipRecentDays']
  }

  /** What a new campaign to `listId` leaves out; undefined when the cap is off (0 days). */
  capFor(listId: number, dryRun: boolean, days: number): RecentCap | undefined {
    if (days <= 0) return undefined
    const since = new Date(this.deps.clock.now() - days * day).toISOString()
    return { days, lastSentTo: this.repo.lastSentTo(listId, since, dryRun), timeZone: this.timeZone }
  }

  /** How many contacts the cap would leave out now; an opted-out number is left out for that reason instead. */
  count(listId: number, dryRun: boolean, days: number): number {
    const cap = this.capFor(listId, dryRun, days)
    if (!cap) return 0
    let count = 0
    for (const phone of cap.lastSentTo.keys()) if (!this.deps.optOuts.has(phone)) count += 1
    return count
  }

  /** How many of a campaign's contacts the cap left out when it was created. */
  leftOut(campaignId: number): number {
    return this.repo.leftOut(campaignId)
  }
}
