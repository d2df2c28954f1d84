import { optOutMinSent } from '../../src-shared/domain/alerts'
import type {
  Campaign,
  CampaignProgress,
  CampaignStatus,
  PauseCause,
} from '../../src-shared/domain/campaigns'
import { phrase } from '../../src-shared/i18n/phrase'
import type { EventPayload } from '../../src-shared/ipc/contract'
import type { Clock } from '../clock'
import type { EventHub } from '../events'
import type { RecordEvent } from '../logging/app-events'
import type { AlertsService } from './alerts-service'
import { causePhrases, worded } from './occurrence'
import type { Occurrence } from './occurrence'

export type WatcherDeps = {
  events: Pick<EventHub, 'subscribe'>
  alerts: Pick<AlertsService, 'fire' | 'rulesFor' | 'alerted' | 'optedOut'>
  /** The campaign as it is now; null when it is gone. */
  campaign(campaignId: number): Campaign | null
  pauseCause(campaignId: number): PauseCause | null
  /** A sending number's name. */
  numberName(accountId: number): string
  clock: Pick<Clock, 'now'>
  record: RecordEvent
}

/** A campaign seen finishing first now counts as a finish only when it finished this recently. */
const freshFinishMs = 60_000

type Counts = CampaignProgress['counts']

const sentOf = (c: Counts): number => c.sent + c.delivered + c.read + c.replied

/** What every campaign alert says of its campaign. */
function aboutCampaign(
  campaign: Campaign,
  at: number,
): Pick<Occurrence, 'at' | 'dryRun' | 'campaign' | 'number' | 'report'> {
  return {
    at,
    dryRun: campaign.dryRun,
    campaign: { id: campaign.id, name: campaign.name },
    number: null,
    report: null,
  }
}

/** The campaign a title names, marked when it is a dry run. */
const named = (campaign: Campaign): { campaign: string; dryRun: 'yes' | 'no' } => ({
  campaign: campaign.name,
  dryRun: campaign.dryRun ? 'yes' : 'no',
})

function finished(campaign: Campaign, at: number): Occurrence {
  const c = campaign.counts
  return {
    ...aboutCampaign(campaign, at),
    event: 'finished',
    key: `finished:${campaign.id}`,
    cause: null,
    figures: {
      total: campaign.total,
      sent: sentOf(c),
      delivered: c.delivered + c.read + c.replied,
      replied: c.replied,
      failed: c.failed,
      skipped: c.skipped,
    },
    ...worded(phrase('notices.finished.title', named(campaign)), [
      phrase('notices.finished.summary', {
        sent: sentOf(c),
        total: campaign.total,
        failed: c.failed,
        skipped: c.skipped,
      }),
    ]),
  }
}

function paused(campaign: Campaign, cause: PauseCause, at: number): Occurrence {
  const breaker = cause === 'breaker'
  const c = campaign.counts
  return {
    ...aboutCampaign(campaign, at),
    event: breaker ? 'breaker' : 'paused',
    key: `${breaker ? 'breaker' : 'paused'}:${campaign.id}:${at}`,
    cause,
    figures: { total: campaign.total, sent: sentOf(c), failed: c.failed },
    ...worded(
      breaker
        ? phrase('notices.breaker.title', named(campaign))
        : phrase('notices.paused.title', named(campaign)),
      [causePhrases[cause], phrase('notices.paused.soFar', { sent: sentOf(c), total: campaign.total })],
      // Herald's own words for the pause, which may quote a reply
      campaign.statusReason === null
        ? null
        : [{ text: campaign.statusReason, phrase: campaign.statusReasonPhrase }],
    ),
  }
}

function optOutRate(
  campaign: Campaign,
  sent: number,
  optedOut: number,
  threshold: number,
  at: number,
): Occurrence {
  return {
    ...aboutCampaign(campaign, at),
    event: 'opt-out-rate',
    key: `opt-out-rate:${campaign.id}`,
    cause: null,
    figures: { sent, optedOut, optOutRate: optedOut / sent, threshold },
    ...worded(phrase('notices.optOut.title', named(campaign)), [
      phrase('notices.optOut.summary', { optedOut, sent, share: optedOut / sent, threshold }),
    ]),
  }
}

/**
 * Turns what happens in Herald into alerts: a campaign's progress (finished, paused with its cause, the
 * breaker, the opt-out share), the numbers' connections, and the scheduled reports' runs. It only listens:
 * the engine and the connections are not changed for it. Returns the function that stops listening.
 */
export function watchForAlerts(deps: WatcherDeps): () => void {
  const statuses = new Map<number, CampaignStatus>()
  /** The sent and replied counts when the opt-out share was last looked at, per campaign. */
  const countsSeen = new Map<number, string>()
  /** The numbers that were connected, whose loss is an alert. */
  const connected = new Set<number>()

  function onProgress(progress: CampaignProgress): void {
    const before = statuses.get(progress.campaignId)
    statuses.set(progress.campaignId, progress.status)
    const now = deps.clock.now()
    if (progress.status !== before) {
      if (progress.status === 'completed') {
        const campaign = deps.campaign(progress.campaignId)
        const fresh =
          before !== undefined ||
          (campaign?.finishedAt && now - Date.parse(campaign.finishedAt) < freshFinishMs)
        if (campaign && fresh) deps.alerts.fire(finished(campaign, now))
      }
      if (progress.status === 'paused' && before !== undefined) {
        const cause = deps.pauseCause(progress.campaignId)
        const campaign = deps.campaign(progress.campaignId)
        if (campaign && cause && cause !== 'user') {
          const occurrence = paused(campaign, cause, now)
          deps.alerts.fire(occurrence)
          // A breaker's pause is a pause too: the rules for any pause hear of it
          if (cause === 'breaker')
            deps.alerts.fire({ ...occurrence, event: 'paused', key: `paused:${progress.campaignId}:${now}` })
        }
      }
    }
    // A reply's opt-out is recorded just after the progress that counted the reply: the next change of
    // the counts (a send, a receipt) looks again, and so does the finish
    if (['running', 'paused', 'completed'].includes(progress.status)) checkOptOuts(progress, now)
  }

  function checkOptOuts(progress: CampaignProgress, now: number): void {
    const sent = sentOf(progress.counts)
    const seen = `${sent}:${progress.counts.replied}:${progress.status}`
    if (sent < optOutMinSent || countsSeen.get(progress.campaignId) === seen) return
    countsSeen.set(progress.campaignId, seen)
    const key = `opt-out-rate:${progress.campaignId}`
    const rules = deps.alerts.rulesFor('opt-out-rate').filter((rule) => !deps.alerts.alerted(rule.id, key))
    if (rules.length === 0) return
    const optedOut = deps.alerts.optedOut(progress.campaignId)
    if (optedOut === 0) return
    const campaign = deps.campaign(progress.campaignId)
    if (!campaign) return
    for (const rule of rules) {
      const threshold = rule.threshold ?? 0
      if ((optedOut / sent) * 100 >= threshold)
        deps.alerts.fire(optOutRate(campaign, sent, optedOut, threshold, now), [rule])
    }
  }

  function onNumberState({ accountId, state }: EventPayload<'accounts:state'>): void {
    if (state.status === 'ready') return void connected.add(accountId)
    if (!connected.has(accountId)) return
    // Reconnecting by itself: not lost yet
    if (state.status === 'disconnected' && state.problem === null) return
    // Any other way out of a connection without a problem is the user's own Disconnect or Log out
    if (!['disconnected', 'not_connected', 'auth_failure'].includes(state.status)) return
    connected.delete(accountId)
    if (state.problem === null) return
    const now = deps.clock.now()
    const name = deps.numberName(accountId)
    deps.alerts.fire({
      event: 'disconnected',
      key: `disconnected:${accountId}:${now}`,
      at: now,
      dryRun: false,
      campaign: null,
      number: { id: accountId, name },
      cause: null,
      figures: null,
      report: null,
      ...worded(phrase('notices.disconnected.title', { number: name }), [
        { text: state.problem.message, phrase: state.problem.messagePhrase },
        { text: state.problem.advice, phrase: state.problem.advicePhrase },
      ]),
    })
  }

  function onScheduledRun(run: EventPayload<'reports:scheduled-run'>): void {
    if (run.outcome !== 'failed') return
    const now = deps.clock.now()
    deps.alerts.fire({
      event: 'schedule-failed',
      key: `schedule-failed:${run.scheduleId}:${now}`,
      at: now,
      dryRun: false,
      campaign: null,
      number: null,
      cause: null,
      figures: null,
      report: { scheduleId: run.scheduleId, name: run.report },
      ...worded(phrase('notices.scheduleFailed.title', { report: run.report }), [
        run.message ?? phrase('notices.scheduleFailed.summary'),
      ]),
    })
  }

  return deps.events.subscribe((event, payload) => {
    try {
      if (event === 'campaign:progress') onProgress(payload as CampaignProgress)
      else if (event === 'accounts:state') onNumberState(payload as EventPayload<'accounts:state'>)
      else if (event === 'reports:scheduled-run')
        onScheduledRun(payload as EventPayload<'reports:scheduled-run'>)
    } catch (error) {
      // An alert that cannot be made must never break what emitted the event
      deps.record(
        'alert_watch_failed',
        `Could not make an alert for ${event}`,
        { error: String(error) },
        'error',
      )
    }
  })
}
