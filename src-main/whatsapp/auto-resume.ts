import type { CampaignProgress, PauseCause } from '../../src-shared/domain/campaigns'
import type { WhatsAppState } from '../../src-shared/domain/whatsapp'
import type { CampaignsService } from '../campaign/campaigns-service'
import type { Clock } from '../clock'
import type { AppEventLevel } from '../db/repos/app-events-repo'
import type { EventHub } from '../events'
import { phrase } from '../../src-shared/i18n/phrase'
import type { Phrase } from '../../src-shared/i18n/phrase'

export type AutoResumeDeps = {
  connection: { state(): WhatsAppState; onState(listener: (state: WhatsAppState) => void): () => void }
  campaigns: Pick<CampaignsService, 'liveRunning' | 'isLive' | 'pauseCause' | 'get' | 'pause' | 'resume'>
  events: EventHub
  clock: Clock
  /** The `campaign.autoResume` setting, read when WhatsApp is back. */
  autoResume(): boolean
  record(kind: string, message: string, data?: unknown, level?: AppEventLevel): void
}

/** The causes the engine pauses with when a send or a number check meets a lost connection. */
const engineCauses: readonly PauseCause[] = ['disconnected', 'session_lost']

/**
 * Why the campaigns paused, as one phrase (whatsapp.pause.lostConnection): the connection's problem in its
 * own phrase, nested — or its English, when it came without one — then what happens next.
 */
export function connectionPauseReason(state: WhatsAppState, autoResume: boolean): Phrase {
  const resume = autoResume ? 'auto' : 'manual'
  const { problem } = state
  const said = problem
    ? (problem.messagePhrase ?? problem.message)
    : state.status === 'disconnected'
      ? phrase('whatsapp.pause.offline')
      : phrase('whatsapp.pause.gone')
  return phrase('whatsapp.pause.lostConnection', { problem: said, resume })
}

/**
 * Keeps live campaigns in step with the first number's WhatsApp connection. When it leaves `ready`, every
 * live campaign sending on that number alone pauses (the message in flight is settled first, and checked against the chat when it resumes,
 * so nothing goes twice). When it is ready again, the campaigns this process paused for that cause — or
 * that paused themselves on a lost connection — resume if the user chose `campaign.autoResume`, as long as
 * a lost connection is still their pause cause: one the user paused, resumed or stopped meanwhile is left
 * alone. Returns the function that stops following.
 */
export function followConnection(deps: AutoResumeDeps): () => void {
  /** The campaigns paused by a lost connection while this process watched. */
  const waiting = new Set<number>()
  let wasReady = deps.connection.state().status === 'ready'

  const pausedBy = (id: number, causes: readonly PauseCause[]): boolean => {
    const cause = deps.campaigns.pauseCause(id)
    return cause !== null && causes.includes(cause)
  }

  async function pauseAll(state: WhatsAppState): Promise<void> {
    const reason = connectionPauseReason(state, deps.autoResume())
    // A campaign also sent on other numbers goes on there: its share on this number pauses by itself
    for (const id of deps.campaigns.liveRunning(1)) {
      waiting.add(id)
      try {
        await deps.campaigns.pause(id, { cause: 'connection', reason })
      } catch (error) {
        // It paused itself meanwhile (its send met the lost connection): the progress event records it.
        deps.record('campaign_pause_skipped', `Campaign ${id} was not paused by the disconnect`, {
          error: String(error),
        })
      }
    }
  }

  async function resumeOne(id: number): Promise<void> {
    for (let tries = 0; tries < 10; tries++) {
      if (!pausedBy(id, ['connection', ...engineCauses])) return
      const campaign = deps.campaigns.get(id)
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
        { campaignIds: paused },
      )
      return
    }
    for (const id of paused) {
      try {
        await resumeOne(id)
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
    const { campaignId, status } = payload as CampaignProgress
    if (status === 'paused' && pausedBy(campaignId, engineCauses) && deps.campaigns.isLive(campaignId))
      waiting.add(campaignId)
  })
  return () => {
    stopState()
    stopEvents()
  }
}
