import type { Database } from 'better-sqlite3'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { AlertNotice, WebhookBody } from '../../src-shared/domain/alerts'
import { english, sayIn } from '../../src-shared/i18n/wording'
import { SimulatedClock } from '../clock'
import type { Clock } from '../clock'
import { schemaAt } from '../db/migrations/schema.test-support'
import { AppError } from '../errors'
import { EventHub } from '../events'
import { AlertsService } from './alerts-service'
import type { AlertsDeps } from './alerts-service'
import { hookServer } from './hook-server.test-support'
import type { Occurrence } from './occurrence'

const t0 = Date.UTC(2026, 2, 2, 10, 0)
const secret = 'k2-shop-secret'

const closers: (() => unknown)[] = []
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close()
})

async function service(answers: (number | 'hang')[]): ReturnType<typeof hookServer> {
  const server = await hookServer(answers)
  closers.push(server.close)
  return server
}

/** A time that stands still: a retry waits until the service is closed (Herald quits first). */
const stillClock = (at: number): Clock => ({
  now: () => at,
  sleep: (_ms, signal) => new Promise((resolve) => signal?.addEventListener('abort', () => resolve())),
})

function alertsOver(db: Database, clock: Clock, deps: Partial<AlertsDeps> = {}) {
  const events = new EventHub()
  const notices: AlertNotice[] = []
  events.subscribe((event, payload) => {
    if (event === 'alerts:notify') notices.push(payload as AlertNotice)
  })
  const alerts = new AlertsService({
    db,
    events,
    record: () => undefined,
    clock,
    workspace: () => 'Corner shop',
    canNotify: true,
    ...deps,
  })
  closers.push(() => alerts.close())
  return { alerts, notices }
}

/** A pause whose words quote a contact's reply and number, as Herald's own sentences may. */
const pausedSale: Occurrence = {
  event: 'paused',
  key: 'paused:7:1',
  at: t0,
  dryRun: false,
  campaign: { id: 7, name: 'Spring sale' },
  number: null,
  cause: 'safety',
  figures: { total: 50, sent: 30, failed: 0 },
  report: null,
  title: 'Campaign paused: Spring sale',
  summary: 'Several people asked to stop or did not seem to know you. 30 of 50 messages sent so far.',
  detail:
    '2 of the last 30 people replied with words like “who is this? +447911100004”: they may not know you.',
}

const deliveredAll = async (alerts: AlertsService, count: number): Promise<void> =>
  vi.waitFor(() => expect(alerts.deliveries().filter((d) => d.status === 'delivered')).toHaveLength(count))

describe('AlertsService webhooks', () => {
  it('retries a 500 after 30 seconds and delivers it, the same signed body each time; the log shows each attempt', async () => {
    const hook = await service([500, 200])
    const { alerts } = alertsOver(schemaAt(Infinity), new SimulatedClock(t0))
    const rule = alerts.save({ event: 'paused', notify: false, webhookUrl: hook.url, secret })
    alerts.fire(pausedSale)
    await deliveredAll(alerts, 1)
    const log = alerts.deliveries({ ruleId: rule.id })
    expect(log.map((d) => [d.attempt, d.status, d.httpStatus])).toEqual([
      [2, 'delivered', 200],
      [1, 'failed', 500],
    ])
    expect(log[1]?.error).toBe(
      'The service answered 500: a problem on its side. Herald tries again in 30 seconds.',
    )
    expect(log[0]?.nextAttemptAt).toBeNull()
    expect(Date.parse(log[0]?.createdAt ?? '')).toBe(t0)
    expect(Date.parse(log[0]?.finishedAt ?? '')).toBe(t0 + 30_000)
    const [first, second] = hook.received
    expect(second?.body).toBe(first?.body)
    expect(second?.headers['x-herald-signature']).toBe(first?.headers['x-herald-signature'])
    expect(second?.headers['x-herald-delivery']).toBe(log[0]?.deliveryId)
    expect(JSON.parse(first?.body ?? '')).toMatchObject({
      version: 1,
      id: log[0]?.deliveryId,
      event: 'paused',
      test: false,
      time: '2026-03-02T10:00:00.000Z',
      workspace: 'Corner shop',
      campaign: { id: 7, name: 'Spring sale' },
      cause: 'safety',
      causeText: expect.stringMatching(/asked to stop/),
    })
  })

  it('keeps why an attempt failed as a phrase, which the window words in its language', async () => {
    const hook = await service([500, 200])
    const { alerts } = alertsOver(schemaAt(Infinity), new SimulatedClock(t0))
    alerts.save({ event: 'paused', notify: false, webhookUrl: hook.url, secret })
    alerts.fire(pausedSale)
    await deliveredAll(alerts, 1)
    const failed = alerts.deliveries().find((d) => d.status === 'failed')
    expect(failed?.errorPhrase && sayIn('es', failed.errorPhrase)).toBe(
      'El servicio respondió 500: un problema de su lado. Herald lo intentará de nuevo en 30 segundos.',
    )
    expect(failed?.errorPhrase && english(failed.errorPhrase)).toBe(failed?.error)
    expect(alerts.deliveries().find((d) => d.status === 'delivered')?.errorPhrase).toBeNull()
  })

  it('posts no message text nor phone number unless the rule allows it', async () => {
    const hook = await service([200])
    const { alerts } = alertsOver(schemaAt(Infinity), new SimulatedClock(t0))
    alerts.save({ event: 'paused', notify: false, webhookUrl: hook.url, secret })
    alerts.save({ event: 'paused', notify: false, webhookUrl: `${hook.url}?full`, secret, includeText: true })
    alerts.fire(pausedSale)
    await deliveredAll(alerts, 2)
    const plain = hook.received.find((r) => !r.path.endsWith('?full'))?.body ?? ''
    const full = hook.received.find((r) => r.path.endsWith('?full'))?.body ?? ''
    expect(plain).not.toMatch(/who is this|\+?447911/)
    expect(JSON.parse(plain)).not.toHaveProperty('detail')
    expect((JSON.parse(full) as WebhookBody).detail).toBe(pausedSale.detail)
  })

  it('keeps a retry waiting for its time across a restart, and sends it then', async () => {
    const hook = await service([503, 200])
    const db = schemaAt(Infinity)
    const before = alertsOver(db, stillClock(t0)).alerts
    before.save({ event: 'paused', notify: false, webhookUrl: hook.url, secret })
    before.fire(pausedSale)
    await vi.waitFor(() => expect(before.deliveries().map((d) => d.status)).toEqual(['pending', 'failed']))
    expect(before.deliveries()[0]?.nextAttemptAt).toBe('2026-03-02T10:00:30.000Z')
    before.close()

    const after = alertsOver(db, new SimulatedClock(t0 + 60 * 60_000)).alerts
    after.resume()
    await deliveredAll(after, 1)
    expect(hook.received).toHaveLength(2)
    expect(hook.received[1]?.body).toBe(hook.received[0]?.body)
  })

  it('gives up after the last retry (30 s, 2 min, 10 min) and never retries a refusal', async () => {
    const hook = await service([502])
    const { alerts } = alertsOver(schemaAt(Infinity), new SimulatedClock(t0))
    alerts.save({ event: 'paused', notify: false, webhookUrl: hook.url, secret })
    alerts.fire(pausedSale)
    await vi.waitFor(() => expect(alerts.deliveries().filter((d) => d.status === 'failed')).toHaveLength(4))
    const times = alerts.deliveries().map((d) => Date.parse(d.finishedAt ?? '') - t0)
    expect(times).toEqual([750_000, 150_000, 30_000, 0])
    expect(alerts.deliveries().some((d) => d.status === 'pending')).toBe(false)

    const refusing = await service([401])
    alerts.save({ event: 'breaker', notify: false, webhookUrl: refusing.url, secret })
    alerts.fire({ ...pausedSale, event: 'breaker', key: 'breaker:7:1' })
    await vi.waitFor(() => expect(refusing.received).toHaveLength(1))
    await vi.waitFor(() =>
      expect(alerts.deliveries()[0]).toMatchObject({ status: 'failed', httpStatus: 401 }),
    )
    expect(alerts.deliveries()).toHaveLength(5)
  })
})

describe('AlertsService', () => {
  it('alerts each rule once for what happened, as a notification to Herald’s windows', () => {
    const { alerts, notices } = alertsOver(schemaAt(Infinity), new SimulatedClock(t0))
    const rule = alerts.save({ event: 'paused', notify: true })
    alerts.save({ event: 'paused', notify: true, enabled: false })
    alerts.save({ event: 'finished', notify: true })
    alerts.fire(pausedSale)
    alerts.fire(pausedSale)
    expect(notices).toEqual([
      {
        ruleId: rule.id,
        deliveryId: expect.any(String),
        event: 'paused',
        test: false,
        dryRun: false,
        title: 'Campaign paused: Spring sale',
        // On this computer the notification says it all
        body: pausedSale.detail,
        campaignId: 7,
      },
    ])
    expect(alerts.deliveries()).toMatchObject([
      { ruleId: rule.id, channel: 'notification', status: 'delivered' },
    ])
  })

  it('says a notification from the command line could not be shown', () => {
    const { alerts, notices } = alertsOver(schemaAt(Infinity), new SimulatedClock(t0), { canNotify: false })
    alerts.save({ event: 'paused', notify: true })
    alerts.fire(pausedSale)
    expect(notices).toEqual([])
    expect(alerts.deliveries()[0]).toMatchObject({
      status: 'failed',
      error: expect.stringMatching(/command line/),
    })
  })

  it('"Send test" posts a sample to each target once and says what became of it', async () => {
    const hook = await service([503])
    const { alerts, notices } = alertsOver(schemaAt(Infinity), new SimulatedClock(t0))
    const rule = alerts.save({ event: 'finished', notify: true, webhookUrl: hook.url, secret })
    const made = await alerts.test(rule.id)
    expect(made.map((d) => [d.channel, d.status, d.test])).toEqual([
      ['notification', 'delivered', true],
      ['webhook', 'failed', true],
    ])
    // A test is not retried, and says nothing of trying again
    expect(made[1]?.error).toBe('The service answered 503: a problem on its side.')
    expect(notices[0]?.title).toBe('Test alert from Herald')
    expect(JSON.parse(hook.received[0]?.body ?? '')).toMatchObject({ event: 'finished', test: true })
    // A test is tried once: no retry waits
    expect(alerts.deliveries().filter((d) => d.status === 'pending')).toEqual([])
    await expect(alerts.test(999)).rejects.toThrow(/no such alert rule/)
  })

  it('checks a rule: https or 127.0.0.1 only, a secret for a webhook, kept and never shown back', () => {
    const { alerts } = alertsOver(schemaAt(Infinity), new SimulatedClock(t0))
    const refused = (input: unknown): AppError => {
      try {
        alerts.save(input)
      } catch (error) {
        if (error instanceof AppError) return error
      }
      throw new Error('The rule was saved')
    }
    const plainHttp = refused({
      event: 'finished',
      notify: false,
      webhookUrl: 'http://hooks.example.com/x',
      secret,
    })
    expect(plainHttp.fields?.webhookUrl).toMatch(
      /only to https:\/\/ addresses \(plain http:\/\/ only to 127\.0\.0\.1/,
    )
    expect(refused({ event: 'finished', notify: false }).fields?.notify).toMatch(
      /Choose where the alert goes/,
    )
    expect(
      refused({ event: 'finished', notify: false, webhookUrl: 'https://h.example.com' }).fields?.secret,
    ).toMatch(/Enter a secret/)
    expect(
      refused({ event: 'finished', notify: true, webhookUrl: 'https://h.example.com', secret: 'short' }).code,
    ).toBe('BAD_INPUT')
    // The window words each refused field in its language; the command line reads both problems in English
    const both = refused({
      event: 'finished',
      notify: true,
      webhookUrl: 'ftp://h.example.com',
      secret: 'short',
    })
    expect(both.message).toBe(
      "Use an address that starts with https://. Use a secret of at least 8 characters (letters, digits, anything): the service checks each alert's signature with it.",
    )
    expect(both.phrase && sayIn('es', both.phrase)).toMatch(
      /^Usa una dirección que empiece por https:\/\/\. Usa una clave/,
    )
    expect(both.fieldPhrases?.secret && sayIn('fr', both.fieldPhrases.secret)).toMatch(/^Utilisez une clé/)

    const rule = alerts.save({
      event: 'opt-out-rate',
      notify: false,
      webhookUrl: 'https://h.example.com/a',
      secret,
    })
    expect(rule).toMatchObject({ threshold: 5, secretHint: '••••••et', includeText: false })
    expect(JSON.stringify(alerts.list())).not.toContain(secret)
    const changed = alerts.save({
      id: rule.id,
      event: 'opt-out-rate',
      threshold: 8,
      notify: true,
      webhookUrl: 'https://h.example.com/b',
    })
    expect(changed).toMatchObject({
      threshold: 8,
      notify: true,
      webhookUrl: 'https://h.example.com/b',
      secretHint: '••••••et',
    })
    alerts.delete(rule.id)
    expect(alerts.list()).toEqual([])
    expect(() => alerts.delete(rule.id)).toThrow(/no such alert rule/)
  })
})
