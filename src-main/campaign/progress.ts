import type { CampaignProgress, CampaignStatus } from '../../src-shared/domain/campaigns'
import type { CampaignRecord, CampaignsRepo } from '../db/repos/campaigns-repo'
import type { MessagesRepo } from '../db/repos/messages-repo'
import type { AccountContext } from './account-view'
import type { Clock } from '../clock'

export type ProgressDeps = {
  campaigns: CampaignsRepo
  messages: MessagesRepo
  clock: Clock
  emit(progress: CampaignProgress): void
  /** When the last queued message should go, in ms; null when unknown. */
  finishAt(campaign: CampaignRecord, remaining: number, now: number): number | null
  /** The account's side of the live view: campaigns sharing the budget, the warm-up day. */
  account?(campaign: CampaignRecord, now: number): AccountContext
  /** At most one event per this many ms per campaign (10 a second by default). */
  minIntervalMs?: number
}

const minuteMs = 60_000
const chartMinutes = 30
const etaRefreshMs = 5000
const activeStatuses: readonly CampaignStatus[] = ['running', 'scheduled']

type Throttle = { last: number; pending: boolean }
type CachedEta = { at: number; value: string | null; status: CampaignStatus }

/** Sends in each of the last 30 minutes, oldest first, minutes without sends included as 0. */
function perMinute(messages: MessagesRepo, campaignId: number, now: number): CampaignProgress['perMinute'] {
  const first = Math.floor(now / minuteMs) * minuteMs - (chartMinutes - 1) * minuteMs
  const counts = new Map(
    messages.sentPerMinute(campaignId, new Date(first).toISOString()).map((r) => [r.minute, r.sent]),
  )
  return Array.from({ length: chartMinutes }, (_, i) => {
    const minute = new Date(first + i * minuteMs).toISOString()
    return { minute, sent: counts.get(minute.slice(0, 16)) ?? 0 }
  })
}

/**
 * The live view of a campaign, read from SQLite (so a reloaded window sees the same thing), and its
 * push to the windows: throttled per campaign, the latest state always delivered last.
 */
export class ProgressReporter {
  private readonly throttles = new Map<number, Throttle>()
  private readonly etas = new Map<number, CachedEta>()
  private readonly closing = new AbortController()

  constructor(private readonly deps: ProgressDeps) {}

  build(campaign: CampaignRecord): CampaignProgress {
    const now = this.deps.clock.now()
    return {
      campaignId: campaign.id,
      status: campaign.status,
      statusReason: campaign.statusReason,
      ...(campaign.statusReasonPhrase ? { statusReasonPhrase: campaign.statusReasonPhrase } : {}),
      counts: campaign.counts,
      total: campaign.total,
      eta: this.eta(campaign, now),
      waiting: campaign.status === 'running' ? this.deps.campaigns.waiting(campaign.id) : null,
      ...this.deps.account?.(campaign, now),
      perMinute: perMinute(this.deps.messages, campaign.id, now),
      recent: this.deps.messages.events.recent(campaign.id, 20),
    }
  }

  /** Something changed: push now, or once the interval since the last push is over. */
  poke(campaignId: number): void {
    const throttle = this.throttles.get(campaignId) ?? { last: -Infinity, pending: false }
    this.throttles.set(campaignId, throttle)
    if (throttle.pending) return
    const wait = throttle.last + (this.deps.minIntervalMs ?? 100) - this.deps.clock.now()
    if (wait <= 0) return this.push(campaignId, throttle)
    throttle.pending = true
    void this.deps.clock.sleep(wait, this.closing.signal).then(() => {
      throttle.pending = false
      if (!this.closing.signal.aborted) this.push(campaignId, throttle)
    })
  }

  /** Pushes the states still waiting for their turn, then stops. */
  close(): void {
    if (this.closing.signal.aborted) return
    for (const [campaignId, throttle] of this.throttles) {
      if (!throttle.pending) continue
      try {
        this.push(campaignId, throttle)
      } catch {
        // The database is already closed: the windows read the state from SQLite when they next open.
      }
    }
    this.closing.abort()
  }

  private push(campaignId: number, throttle: Throttle): void {
    throttle.last = this.deps.clock.now()
    if (this.closing.signal.aborted) return
    const campaign = this.deps.campaigns.get(campaignId)
    if (campaign) this.deps.emit(this.build(campaign))
  }

  // Estimating walks the pacing forward message by message, so it is refreshed every few seconds only.
  private eta(campaign: CampaignRecord, now: number): string | null {
    if (!activeStatuses.includes(campaign.status)) return null
    const cached = this.etas.get(campaign.id)
    if (cached && cached.status === campaign.status && now - cached.at < etaRefreshMs) return cached.value
    const remaining = campaign.counts.queued + campaign.counts.sending
    const start =
      campaign.status === 'scheduled' && campaign.scheduledAt ? Date.parse(campaign.scheduledAt) : now
    const finish = remaining === 0 ? null : this.deps.finishAt(campaign, remaining, Math.max(now, start))
    const value = finish === null ? null : new Date(finish).toISOString()
    this.etas.set(campaign.id, { at: now, value, status: campaign.status })
    return value
  }
}
