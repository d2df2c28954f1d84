import { describe, expect, it } from 'vitest'
import type { Campaign, CampaignStatus, PauseCause } from '../../src-shared/domain/campaigns'
import { categoryInfo } from '../../src-shared/domain/error-categories'
import { settingDefaults } from '../../src-shared/domain/settings'
import { notConnected } from '../../src-shared/domain/whatsapp'
import type { WhatsAppState } from '../../src-shared/domain/whatsapp'
import { SimulatedClock } from '../clock'
import { paceSpec } from '../campaign/pace-presets'
import { emptyCounts } from '../db/repos/campaigns-repo'
import { EventHub } from '../events'
import { followConnection } from './auto-resume'
import type { AutoResumeDeps } from './auto-resume'

type Row = { dryRun: boolean; status: CampaignStatus; cause: PauseCause | null; reason: string | null }

const campaignOf = (id: number, row: Row): Campaign => ({
  id,
  name: `Campaign ${id}`,
  listId: 1,
  listName: 'Shops',
  templateId: 1,
  templateName: 'Hello',
  status: row.status,
  dryRun: row.dryRun,
  pacing: paceSpec('fast', settingDefaults),
  variantRule: { kind: 'single' },
  attachment: null,
  statusReason: row.reason,
  scheduledAt: null,
  createdAt: '2026-03-02T10:00:00.000Z',
  startedAt: '2026-03-02T10:00:00.000Z',
  finishedAt: null,
  counts: emptyCounts(),
  total: 0,
})

/**
 * The campaigns as auto-resume sees them, kept in memory: a pause records its cause and words as the
 * service does, and a resume clears them.
 */
function world(rows: Record<number, Row>) {
  let state: WhatsAppState = { ...notConnected, status: 'ready' }
  const listeners = new Set<(state: WhatsAppState) => void>()
  const events = new EventHub()
  const resumed: number[] = []
  const row = (id: number): Row => {
    const found = rows[id]
    if (!found) throw new Error(`no campaign ${id}`)
    return found
  }
  const campaigns: AutoResumeDeps['campaigns'] = {
    liveRunning: () =>
      Object.entries(rows)
        .filter(([, r]) => r.status === 'running' && !r.dryRun)
        .map(([id]) => Number(id)),
    isLive: (id) => rows[id]?.dryRun === false,
    pauseCause: (id) => (rows[id]?.status === 'paused' ? (rows[id]?.cause ?? null) : null),
    get: (id) => campaignOf(id, row(id)),
    pause: (id, why = { cause: 'user', reason: null }) => {
      Object.assign(row(id), { status: 'paused', ...why })
      return Promise.resolve(campaignOf(id, row(id)))
    },
    resume: (id) => {
      Object.assign(row(id), { status: 'running', cause: null, reason: null })
      resumed.push(id)
      return campaignOf(id, row(id))
    },
  }
  const stop = followConnection({
    connection: { state: () => state, onState: (listener) => (listeners.add(listener), () => undefined) },
    campaigns,
    events,
    clock: new SimulatedClock(0),
    autoResume: () => true,
    record: () => undefined,
  })
  const settle = (): Promise<void> => new Promise((resolve) => setImmediate(resolve))
  return {
    resumed,
    stop,
    /** WhatsApp leaves `ready` (or comes back), and the follower's work settles. */
    async become(status: WhatsAppState['status']): Promise<void> {
      state = { ...state, status }
      for (const listener of listeners) listener(state)
      await settle()
    },
    /** The engine paused the campaign by itself, and its progress went out. */
    pausedByEngine(id: number, cause: PauseCause, reason: string): void {
      Object.assign(row(id), { status: 'paused', cause, reason })
      events.emit('campaign:progress', {
        campaignId: id,
        status: 'paused',
        statusReason: reason,
        counts: emptyCounts(),
        total: 0,
        eta: null,
        perMinute: [],
        recent: [],
      })
    },
  }
}

const running = (dryRun = false): Row => ({ dryRun, status: 'running', cause: null, reason: null })
const engineWords = (cause: 'disconnected' | 'session_lost'): string =>
  `${categoryInfo[cause].label}. ${categoryInfo[cause].recommendation}`

describe('auto-resume decides by the pause cause, never by the words', () => {
  it('pauses the live campaigns sending when WhatsApp leaves, and resumes them when it is back', async () => {
    const rows = { 1: running(), 2: running(true) }
    const w = world(rows)
    await w.become('disconnected')
    expect(rows[1]).toMatchObject({ status: 'paused', cause: 'connection' })
    expect(rows[1].reason).toMatch(/resumes it by itself once WhatsApp is connected again/)
    expect(rows[2].status).toBe('running')
    await w.become('ready')
    expect(w.resumed).toEqual([1])
  })

  it('resumes a campaign the engine paused on a lost login, whatever words it was paused with', async () => {
    const rows = { 1: running() }
    const w = world(rows)
    w.pausedByEngine(1, 'session_lost', 'Words an older Herald used for a lost login.')
    await w.become('disconnected')
    await w.become('ready')
    expect(w.resumed).toEqual([1])
  })

  it('leaves alone a campaign the user paused, even with the words of a lost connection', async () => {
    const rows = { 1: running(), 2: running() }
    const w = world(rows)
    await w.become('disconnected')
    // The user's pause carries the engine's words for a lost connection, yet it is theirs
    Object.assign(rows[1], { cause: 'user', reason: engineWords('disconnected') })
    w.pausedByEngine(2, 'user', engineWords('session_lost'))
    await w.become('ready')
    expect(w.resumed).toEqual([])
    expect(rows[1].status).toBe('paused')
  })

  it('leaves alone a campaign that paused meanwhile for another cause', async () => {
    const rows = { 1: running() }
    const w = world(rows)
    w.pausedByEngine(1, 'rate_limited', engineWords('disconnected'))
    await w.become('disconnected')
    await w.become('ready')
    expect(w.resumed).toEqual([])
  })
})
