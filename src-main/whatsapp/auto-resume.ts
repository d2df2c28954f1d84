import type { CampaignProgress } from '../../src-shared/domain/campaigns'
import type { WhatsAppState } from '../../src-shared/domain/whatsapp'
import type { CampaignsService } from '../campaign/campaigns-service'
import type { Clock } from '../campaign/clock'
import { categoryPauseReason } from '../campaign/engine'
import type { AppEventLevel } from '../db/repos/app-events-repo'
import type { EventHub } from '../events'

export type AutoResumeDeps = {
  connection: { state(): WhatsAppState; onState(listener: (state: WhatsAppState) => void): () => void }
  campaigns: Pick<CampaignsService, 'repo' | 'get' | 'pause' | 'resume'>
  events: EventHub
  clock: Clock
  /** The `campaign.autoResume` setting, read when WhatsApp is back. */
  autoResume(): boolean
  record(kind: string, message: string, data?: unknown, level?: AppEventLevel): void
}

/** Reasons the engine gives when a send or a number check meets a lost connection. */
const engineReasons = new Set([categoryPauseReason('disconnected'), categoryPauseReason('session_lost')])

function pauseReason(state: WhatsAppState, autoResume: boolean): string {
  const what =
    state.problem?.message ??
    (state.status === 'disconnected'
      ? 'WhatsApp lost its connection (the phone or this computer went offline).'
      : 'WhatsApp is no longer connected.')
  const next = autoResume
    ? 'Herald paused the campaign and resumes it by itself once WhatsApp is connected again.'
    : 'Herald paused the campaign: connect again on the Connect screen, then press Resume.'
  return `${what} ${next}`
}

/**
 * Keeps live campaigns in step with the WhatsApp connection. When it leaves `ready`, every live campaign
 * sending pauses (the message in flight is settled first, and checked against the chat when it resumes,
 * so nothing goes twice). When it is ready again, the campaigns this process paused for that reason — or
 * that paused themselves on a lost connection — resume if the user chose `campaign.autoResume`; one the
 * user paused, resumed or stopped meanwhile is left alone. Returns the function that stops following.
 */
export function followConnection(deps: AutoResumeDeps): () => void {
  /** Campaign id → the reason it was paused with: it resumes only if that is still its reason. */
  const waiting = new Map<number, string>()
  let wasReady = deps.connection.state().status === 'ready'

  const isLive = (id: number): boolean => deps.campaigns.repo.get(id)?.dryRun === false

  async function pauseAll(state: WhatsAppState): Promise<void> {
    const reason = pauseReason(state, deps.autoResume())
    for (const id of deps.campaigns.repo.idsWithStatus('running')) {
      if (!isLive(id)) continue
      waiting.set(id, reason)
      try {
        await deps.campaigns.pause(id, reason)
      } catch (error) {
        // It paused itself meanwhile (its send met the lost connection): the progress event records it.
        deps.record('campaign_pause_skipped', `Campaign ${id} was not paused by the disconnect`, {
          error: String(error),
        })
      }
    }
  }

  async function resumeOne(id: number, reason: string): Promise<void> {
    for (let tries = 0; tries < 10; tries++) {
      const campaign = deps.campaigns.get(id)
      if (campaign.status !== 'paused' || campaign.statusReason !== reason) return
      try {
        deps.campaigns.resume(id)
        deps.record(
          'campaign_auto_resumed',
          `Campaign "${campaign.name}" resumed: WhatsApp is connected again`,
        )
        return
      } catch {
        // Still finishing the message it had in flight when it paused: try again shortly.
        await deps.clock.sleep(1000)
      }
    }
    deps.record('campaign_auto_resume_failed', `Campaign ${id} could not resume by itself`, undefined, 'warn')
  }

  async function resumeAll(): Promise<void> {
    const paused = [...waiting]
    waiting.clear()
    if (paused.length === 0) return
    if (!deps.autoResume()) {
      deps.record(
        'campaign_auto_resume_off',
        'WhatsApp is connected again; paused campaigns wait for Resume',
        {
          campaignIds: paused.map(([id]) => id),
        },
      )
      return
    }
    for (const [id, reason] of paused) {
      try {
        await resumeOne(id, reason)
      } catch (error) {
        deps.record('campaign_auto_resume_failed', `Campaign ${id} could not resume by itself`, {
          error: String(error),
        })
      }
    }
  }

  const guard = (work: Promise<void>): void => {
    work.catch((error: unknown) =>
      deps.record(
        'campaign_follow_failed',
        'Could not follow the WhatsApp connection',
        { error: String(error) },
        'error',
      ),
    )
  }

  const stopState = deps.connection.onState((state) => {
    const ready = state.status === 'ready'
    if (wasReady && !ready) guard(pauseAll(state))
    if (!wasReady && ready) guard(resumeAll())
    wasReady = ready
  })
  const stopEvents = deps.events.subscribe((event, payload) => {
    if (event !== 'campaign:progress') return
    const progress = payload as CampaignProgress
    const reason = progress.statusReason
    if (progress.status === 'paused' && reason && engineReasons.has(reason) && isLive(progress.campaignId)) {
      waiting.set(progress.campaignId, reason)
    }
  })
  return () => {
    stopState()
    stopEvents()
  }
}
