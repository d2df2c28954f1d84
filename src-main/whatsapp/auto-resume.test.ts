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
import { locales } from '../../src-shared/i18n/locales'
import type { Phrase } from '../../src-shared/i18n/phrase'
import { phrase, PhraseSchema } from '../../src-shared/i18n/phrase'
import { english, sayIn } from '../../src-shared/i18n/wording'
import { connectionPauseReason, followConnection } from './auto-resume'
import { problems } from './errors'
import type { AutoResumeDeps } from './auto-resume'

type Row = {
  dryRun: boolean
  status: CampaignStatus
  cause: PauseCause | null
  reason: Phrase | string | null
}

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
  statusReason: typeof row.reason === 'object' && row.reason ? english(row.reason) : row.reason,
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
    expect(english(rows[1].reason as Phrase)).toMatch(/resumes it by itself once WhatsApp is connected again/)
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

describe('why the campaigns paused when WhatsApp left, in the window’s language', () => {
  const auto = 'Herald paused the campaign and resumes it by itself once WhatsApp is connected again.'
  const manual = 'Herald paused the campaign: connect again on the Connect screen, then press Resume.'
  const gone = (
    status: WhatsAppState['status'],
    problem: WhatsAppState['problem'] = null,
  ): WhatsAppState => ({
    ...notConnected,
    status,
    problem,
  })
  // Every problem Herald names, with values where it takes them
  const named = [
    problems.noBrowser(),
    problems.browserPathMissing('/opt/chrome'),
    problems.snapCannotOpen('/home/ana/.config/Herald'),
    problems.browserWouldNotStart(),
    problems.unreachable(),
    problems.stuckLoading(),
    problems.stuckLoading(90),
    problems.webChanged(),
    problems.qrNotScanned(),
    problems.sessionExpired(),
    problems.loggedOut(),
    problems.browserCrashed(),
    problems.conflict(),
    problems.banned(),
    problems.other('auth timeout'),
  ]

  it('says in English what it always said: the problem, then what happens next', () => {
    for (const problem of named) {
      expect(english(connectionPauseReason(gone('not_connected', problem), true))).toBe(
        `${problem.message} ${auto}`,
      )
      expect(english(connectionPauseReason(gone('not_connected', problem), false))).toBe(
        `${problem.message} ${manual}`,
      )
    }
    expect(english(connectionPauseReason(gone('disconnected'), true))).toBe(
      `WhatsApp lost its connection (the phone or this computer went offline). ${auto}`,
    )
    expect(english(connectionPauseReason(gone('starting'), false))).toBe(
      `WhatsApp is no longer connected. ${manual}`,
    )
  })

  it('says each problem in every language with that language’s own words for it', () => {
    for (const locale of locales) {
      const tails = new Set<string>()
      for (const problem of named) {
        const own = sayIn(locale, problem.messagePhrase ?? phrase('whatsapp.unknown'))
        const said = sayIn(locale, connectionPauseReason(gone('not_connected', problem), true))
        expect(said.startsWith(`${own} `), `${locale}: ${said}`).toBe(true)
        tails.add(said.slice(own.length))
      }
      // …followed by the same next step whatever the problem
      expect(tails.size, locale).toBe(1)
    }
    expect(sayIn('es', connectionPauseReason(gone('not_connected', problems.loggedOut()), false))).toBe(
      'Se cerró la sesión de WhatsApp en este equipo (desde el teléfono o por parte de WhatsApp). ' +
        'Herald pausó la campaña: vuelve a conectar en la pantalla Conectar y luego pulsa Reanudar.',
    )
  })

  it('carries the problem as its own phrase inside the reason, as a stored reason keeps it', () => {
    const problem = problems.stuckLoading(90)
    const reason = connectionPauseReason(gone('not_connected', problem), false)
    expect(reason).toEqual(
      phrase('whatsapp.pause.lostConnection', { problem: problem.messagePhrase!, resume: 'manual' }),
    )
    expect(PhraseSchema.parse(JSON.parse(JSON.stringify(reason)))).toEqual(reason)
  })

  it('keeps the English of a problem the catalogues do not name', () => {
    const odd = { kind: 'other' as const, message: 'Something new happened.', advice: 'Try again.' }
    expect(sayIn('fr', connectionPauseReason(gone('not_connected', odd), true))).toBe(
      'Something new happened. Herald a mis la campagne en pause et la reprendra de lui-même dès que WhatsApp sera de nouveau connecté.',
    )
  })

  it('pauses with the phrase, which the window words in Spanish', async () => {
    const rows = { 1: running() }
    const w = world(rows)
    await w.become('disconnected')
    expect(sayIn('es', rows[1].reason as Phrase)).toBe(
      'WhatsApp perdió la conexión (el teléfono o este equipo se quedó sin internet). ' +
        'Herald pausó la campaña y la reanudará por sí solo cuando WhatsApp vuelva a estar conectado.',
    )
  })
})
