import { describe, expect, it } from 'vitest'
import type { AlertEvent } from '../../src-shared/domain/alerts'
import type {
  Campaign,
  CampaignProgress,
  CampaignStatus,
  PauseCause,
} from '../../src-shared/domain/campaigns'
import type { WhatsAppState } from '../../src-shared/domain/whatsapp'
import { notConnected } from '../../src-shared/domain/whatsapp'
import type { AlertRuleRecord } from '../db/repos/alerts-repo'
import { EventHub } from '../events'
import { alertNoticeWords } from '../../src-shared/domain/notice-words'
import { phrase } from '../../src-shared/i18n/phrase'
import { english, sayIn } from '../../src-shared/i18n/wording'
import { noticePhrases } from './occurrence'
import type { Occurrence } from './occurrence'
import { watchForAlerts } from './watcher'

const t0 = Date.UTC(2026, 2, 2, 10, 0)

const zero = { queued: 0, sending: 0, sent: 0, delivered: 0, read: 0, replied: 0, failed: 0, skipped: 0 }

function rule(id: number, event: AlertEvent, threshold: number | null = null): AlertRuleRecord {
  return {
    id,
    event,
    threshold,
    notify: true,
    webhookUrl: null,
    webhookSecret: null,
    includeText: false,
    enabled: true,
    createdAt: '',
    updatedAt: '',
  }
}

/** The watcher over an event hub, with a campaign and rules of the test's own; what it fired, in order. */
function watching(options: { rules?: AlertRuleRecord[]; optedOut?: number } = {}) {
  const events = new EventHub()
  const fired: { occurrence: Occurrence; rules: number[] | null }[] = []
  const alerted = new Set<string>()
  const state = {
    now: t0,
    cause: null as PauseCause | null,
    optedOut: options.optedOut ?? 0,
    campaign: {
      id: 7,
      name: 'Spring sale',
      dryRun: true,
      total: 50,
      counts: { ...zero },
      statusReason: null as string | null,
      finishedAt: null as string | null,
    },
  }
  const rules = options.rules ?? []
  const stop = watchForAlerts({
    events,
    alerts: {
      fire: (occurrence, given) => {
        for (const r of given ?? rules.filter((x) => x.event === occurrence.event))
          alerted.add(`${r.id}:${occurrence.key}`)
        fired.push({ occurrence, rules: given ? given.map((r) => r.id) : null })
      },
      rulesFor: (event) => rules.filter((r) => r.event === event),
      alerted: (ruleId, key) => alerted.has(`${ruleId}:${key}`),
      optedOut: () => state.optedOut,
    },
    campaign: (id) => (id === 7 ? (state.campaign as unknown as Campaign) : null),
    pauseCause: () => state.cause,
    numberName: (id) => (id === 2 ? 'Shop phone' : `Number ${id}`),
    clock: { now: () => state.now },
    record: () => undefined,
  })
  const progress = (status: CampaignStatus, counts: Partial<typeof zero> = {}): void => {
    state.campaign.counts = { ...zero, ...counts }
    events.emit('campaign:progress', {
      campaignId: 7,
      status,
      statusReason: state.campaign.statusReason,
      counts: state.campaign.counts,
      total: 50,
      eta: null,
      perMinute: [],
      recent: [],
    } satisfies CampaignProgress)
  }
  const number = (accountId: number, patch: Partial<WhatsAppState>): void =>
    events.emit('accounts:state', { accountId, state: { ...notConnected, ...patch } })
  return { events, fired, state, progress, number, stop }
}

const problem = {
  kind: 'browser_crashed' as const,
  message: 'WhatsApp’s browser closed.',
  advice: 'Herald reconnects by itself.',
}

describe('watchForAlerts', () => {
  it('turns a campaign that finishes into one alert, with its figures and no words of its messages', () => {
    const w = watching()
    w.progress('running', { queued: 50 })
    w.progress('running', { sent: 20, queued: 30 })
    expect(w.fired).toEqual([])
    w.progress('completed', { delivered: 45, failed: 3, skipped: 2 })
    // A late receipt after the finish is no second finish
    w.progress('completed', { read: 45, failed: 3, skipped: 2 })
    expect(w.fired).toHaveLength(1)
    const { occurrence } = w.fired[0]!
    expect(occurrence).toMatchObject({
      event: 'finished',
      key: 'finished:7',
      dryRun: true,
      campaign: { id: 7, name: 'Spring sale' },
      title: 'Campaign finished: Spring sale (dry run)',
      summary: '45 of 50 messages sent, 3 failed, 2 skipped.',
      figures: { total: 50, sent: 45, failed: 3, skipped: 2 },
    })
    // Its notification speaks the user's language; the webhook keeps the English above
    const words = alertNoticeWords(
      { title: occurrence.title, body: occurrence.summary, ...noticePhrases(occurrence) },
      (said, english) => (said ? sayIn('es', said) : english),
    )
    expect(words).toEqual({
      title: 'Campaña terminada: Spring sale (prueba)',
      body: 'Enviados: 45 de 50 mensajes. Fallidos: 3. Omitidos: 2.',
    })
  })

  it('tells a pause with its cause in words, and the breaker to both kinds of rule; never the user’s own pause', () => {
    const w = watching()
    w.progress('running', { sent: 10, queued: 40 })
    w.state.cause = 'user'
    w.progress('paused', { sent: 10, queued: 40 })
    expect(w.fired).toEqual([])

    w.progress('running', { sent: 10, queued: 40 })
    w.state.cause = 'rate_limited'
    w.state.campaign.statusReason = 'WhatsApp is limiting this number. Wait several hours before resuming.'
    w.state.now += 1000
    w.progress('paused', { sent: 12, queued: 38 })
    expect(w.fired.map((f) => f.occurrence.event)).toEqual(['paused'])
    expect(w.fired[0]?.occurrence).toMatchObject({
      cause: 'rate_limited',
      title: 'Campaign paused: Spring sale (dry run)',
      summary: 'WhatsApp is limiting this number. 12 of 50 messages sent so far.',
      detail: 'WhatsApp is limiting this number. Wait several hours before resuming.',
    })

    w.progress('running', { sent: 12, queued: 38 })
    w.state.cause = 'breaker'
    w.state.now += 1000
    w.progress('paused', { sent: 12, failed: 3, queued: 35 })
    expect(w.fired.map((f) => f.occurrence.event)).toEqual(['paused', 'breaker', 'paused'])
    expect(w.fired[1]?.occurrence.title).toBe('Campaign paused to protect your number: Spring sale (dry run)')
    // Each pause is its own occurrence
    expect(new Set(w.fired.map((f) => f.occurrence.key)).size).toBe(3)
  })

  it('alerts on the opt-out share once per campaign per rule, only after enough messages went out', () => {
    const w = watching({ rules: [rule(1, 'opt-out-rate', 5), rule(2, 'opt-out-rate', 20)], optedOut: 2 })
    w.progress('running', { sent: 2, replied: 2 })
    // 2 of 2 is not 100 %: too few sent to judge
    expect(w.fired).toEqual([])
    w.progress('running', { sent: 38, replied: 2 })
    // 2 of 40 = 5 %: the 5 % rule, not the 20 % one
    expect(w.fired).toHaveLength(1)
    expect(w.fired[0]?.rules).toEqual([1])
    expect(w.fired[0]?.occurrence).toMatchObject({
      event: 'opt-out-rate',
      key: 'opt-out-rate:7',
      figures: { sent: 40, optedOut: 2, optOutRate: 0.05, threshold: 5 },
      summary: expect.stringMatching(
        /^2 of 40 people messaged so far asked to stop \(5%\), at or over your 5% limit/,
      ),
    })
    w.state.optedOut = 3
    w.progress('running', { sent: 37, replied: 3 })
    w.state.optedOut = 9
    w.progress('running', { sent: 31, replied: 9 })
    // 9 of 40 reaches 20 %: the second rule now, and the first one never again
    expect(w.fired.map((f) => f.rules)).toEqual([[1], [2]])
  })

  it('alerts when a connected number loses WhatsApp, not when the user disconnects it or it reconnects by itself', () => {
    const w = watching()
    // Never connected: a failed first link is not a lost connection
    w.number(2, { status: 'not_connected', problem })
    w.number(2, { status: 'ready' })
    w.number(2, { status: 'disconnected', problem: null, detail: 'WhatsApp is reconnecting by itself…' })
    w.number(2, { status: 'ready' })
    w.number(2, { status: 'not_connected', problem: null })
    expect(w.fired).toEqual([])

    w.number(2, { status: 'ready' })
    w.number(2, { status: 'disconnected', problem })
    w.number(2, { status: 'starting' })
    w.number(2, { status: 'disconnected', problem })
    expect(w.fired).toHaveLength(1)
    expect(w.fired[0]?.occurrence).toMatchObject({
      event: 'disconnected',
      number: { id: 2, name: 'Shop phone' },
      title: 'WhatsApp disconnected: Shop phone',
      summary: 'WhatsApp’s browser closed. Herald reconnects by itself.',
      dryRun: false,
    })
    // Said only in English there: the notification keeps the English of the problem
    expect(noticePhrases(w.fired[0]!.occurrence).bodyPhrases).toBeUndefined()
  })

  it('words a lost connection’s problem in the user’s language when it comes with its phrases', () => {
    const w = watching()
    w.number(2, { status: 'ready' })
    const said = phrase('whatsapp.problem.browserCrashed')
    w.number(2, {
      status: 'disconnected',
      problem: { ...problem, message: english(said), messagePhrase: said },
    })
    const { occurrence } = w.fired[0]!
    expect(occurrence.summary).toBe(
      'The browser running WhatsApp Web closed unexpectedly. Herald reconnects by itself.',
    )
    // The advice has no phrase: the notification says it all in English rather than half of it
    expect(noticePhrases(occurrence).bodyPhrases).toBeUndefined()
    w.number(2, { status: 'ready' })
    w.state.now += 1000
    const advice = phrase('whatsapp.advice.unreachable')
    w.number(2, {
      status: 'disconnected',
      problem: {
        kind: 'unreachable',
        message: english(said),
        messagePhrase: said,
        advice: english(advice),
        advicePhrase: advice,
      },
    })
    const words = alertNoticeWords(
      { title: 'x', body: 'x', ...noticePhrases(w.fired[1]!.occurrence) },
      (phrased, english) => (phrased ? sayIn('es', phrased) : english),
    )
    expect(words.title).toBe('WhatsApp desconectado: Shop phone')
    expect(words.body).toBe(`${sayIn('es', said)} ${sayIn('es', advice)}`)
  })

  it('alerts on a scheduled report that failed, not on one that ran', () => {
    const w = watching()
    w.events.emit('reports:scheduled-run', {
      scheduleId: 3,
      report: 'Weekly',
      outcome: 'ok',
      file: '/r/w.csv',
      message: null,
    })
    w.events.emit('reports:scheduled-run', {
      scheduleId: 3,
      report: 'Weekly',
      outcome: 'failed',
      file: null,
      message: 'The folder /r is gone. Choose another folder for this schedule.',
    })
    expect(w.fired).toHaveLength(1)
    expect(w.fired[0]?.occurrence).toMatchObject({
      event: 'schedule-failed',
      report: { scheduleId: 3, name: 'Weekly' },
      title: 'Scheduled report failed: Weekly',
      summary: 'The folder /r is gone. Choose another folder for this schedule.',
    })
  })

  it('stops listening when asked', () => {
    const w = watching()
    w.progress('running')
    w.stop()
    w.progress('completed', { sent: 50 })
    expect(w.fired).toEqual([])
  })
})
