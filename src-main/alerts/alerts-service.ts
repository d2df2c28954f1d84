import { randomUUID } from 'node:crypto'
import type { Database } from 'better-sqlite3'
import type { AlertDelivery, AlertEvent, AlertNotice, AlertRule } from '../../src-shared/domain/alerts'
import { AlertDeliveriesQuerySchema } from '../../src-shared/domain/alerts'
import type { Clock } from '../clock'
import { AlertsRepo } from '../db/repos/alerts-repo'
import type { AlertRuleRecord, AttemptRecord } from '../db/repos/alerts-repo'
import { phrase } from '../../src-shared/i18n/phrase'
import type { Phrase } from '../../src-shared/i18n/phrase'
import { english } from '../../src-shared/i18n/wording'
import type { EventHub } from '../events'
import type { RecordEvent } from '../logging/app-events'
import { noticePhrases, webhookBody, testOccurrence } from './occurrence'
import type { Occurrence } from './occurrence'
import { ruleFields, ruleGone } from './rule-input'
import { postWebhook } from './webhook'
import type { WebhookOptions } from './webhook'

export type AlertsDeps = {
  db: Database
  events: Pick<EventHub, 'emit'>
  record: RecordEvent
  clock: Clock
  /** The workspace's name, for the webhook's body. */
  workspace: () => string
  /** Whether a window may show the notification: not in the command line. */
  canNotify: boolean
  webhook?: WebhookOptions
  /** The waits before each retry of a webhook: 30 s, 2 min, 10 min by default (so four tries at most). */
  backoffMs?: readonly number[]
  newId?: () => string
}

export const defaultBackoffMs: readonly number[] = [30_000, 120_000, 600_000]

/** An attempt left 'sending' for longer than this was cut short (a crash, a quit): it is tried again. */
const staleSendingMs = 60_000

const iso = (ms: number): string => new Date(ms).toISOString()

/** A failure's phrase with when Herald tries again ("… Herald tries again in 30 seconds"). */
const triesAgain = (said: Phrase, ms: number): Phrase =>
  phrase(said.key, {
    ...said.params,
    ...(ms < 60_000
      ? { again: 'seconds', wait: Math.round(ms / 1000) }
      : { again: 'minutes', wait: Math.round(ms / 60_000) }),
  })

/** The secret's last two characters behind dots: enough to tell secrets apart, never enough to use one. */
export const secretHint = (secret: string): string => `••••••${secret.slice(-2)}`

function toRule(record: AlertRuleRecord): AlertRule {
  const { webhookSecret, ...rest } = record
  return { ...rest, secretHint: webhookSecret ? secretHint(webhookSecret) : null }
}

function toDelivery(record: AttemptRecord): AlertDelivery {
  return {
    id: record.id,
    deliveryId: record.deliveryId,
    ruleId: record.ruleId,
    event: record.event,
    test: record.test,
    channel: record.channel,
    attempt: record.attempt,
    status: record.status,
    httpStatus: record.httpStatus,
    error: record.error,
    errorPhrase: record.errorPhrase,
    nextAttemptAt: record.nextAttemptAt,
    title: record.title,
    createdAt: record.createdAt,
    finishedAt: record.finishedAt,
  }
}

const hostOf = (url: string): string => {
  try {
    return new URL(url).host
  } catch {
    return 'the webhook'
  }
}

/**
 * Alert rules, and the delivery of each alert: a notification to Herald's windows ('alerts:notify') and a
 * signed webhook post, retried with backoff on the network's and the service's failures. Every attempt is a
 * row of the delivery log first, so a retry waiting for its time survives a restart (`resume`).
 */
export class AlertsService {
  private readonly repo: AlertsRepo
  private readonly closing = new AbortController()
  private readonly inFlight = new Set<Promise<void>>()
  private readonly armed = new Set<number>()
  private readonly backoffMs: readonly number[]

  constructor(private readonly deps: AlertsDeps) {
    this.repo = new AlertsRepo(deps.db)
    this.backoffMs = deps.backoffMs ?? defaultBackoffMs
  }

  list(): AlertRule[] {
    return this.repo.rules().map(toRule)
  }

  /** NOT_FOUND when there is no such rule. */
  get(ruleId: number): AlertRule {
    return toRule(this.record(ruleId))
  }

  /** A new rule, or a change to one (`id`); BAD_INPUT naming each field that is wrong and what to do. */
  save(input: unknown): AlertRule {
    const { id, fields } = ruleFields(input, (ruleId) => this.record(ruleId))
    const at = iso(this.deps.clock.now())
    const ruleId = id ?? this.repo.addRule(fields, at)
    if (id !== undefined) this.repo.updateRule(id, fields, at)
    const where = [
      fields.notify ? 'notification' : null,
      fields.webhookUrl ? hostOf(fields.webhookUrl) : null,
    ]
    this.deps.record(
      'alert_rule_saved',
      `Saved alert rule ${ruleId} (${fields.event} → ${where.filter(Boolean).join(' and ')})`,
    )
    this.changed(ruleId)
    return this.get(ruleId)
  }

  delete(ruleId: number): void {
    if (!this.repo.deleteRule(ruleId)) throw ruleGone()
    this.deps.record('alert_rule_deleted', `Deleted alert rule ${ruleId}`)
    this.changed(ruleId)
  }

  /** The delivery log, newest first: every attempt, of one rule or of all. */
  deliveries(query: unknown = {}): AlertDelivery[] {
    const { ruleId, limit } = AlertDeliveriesQuerySchema.parse(query)
    return this.repo.log(ruleId ?? null, limit).map(toDelivery)
  }

  /** The rules switched on for an event. */
  rulesFor(event: AlertEvent): AlertRuleRecord[] {
    return this.repo.enabledFor(event)
  }

  /** Whether the rule already alerted for this occurrence (its key). */
  alerted(ruleId: number, key: string): boolean {
    return this.repo.alerted(ruleId, key)
  }

  /** How many people who replied to the campaign asked to stop. */
  optedOut(campaignId: number): number {
    return this.repo.optedOut(campaignId)
  }

  /** Alerts each rule given (every rule switched on for the event by default) once for the occurrence. */
  fire(occurrence: Occurrence, rules: readonly AlertRuleRecord[] = this.rulesFor(occurrence.event)): void {
    if (this.closing.signal.aborted) return
    for (const rule of rules) this.deliver(rule, occurrence, false)
  }

  /**
   * "Send test": a sample alert of the rule's kind to each of its targets, tried once (no retries), and
   * the attempts that were made.
   */
  async test(ruleId: number): Promise<AlertDelivery[]> {
    const rule = this.record(ruleId)
    const occurrence = { ...testOccurrence(rule.event, this.deps.clock.now()), key: `test:${this.newId()}` }
    const ids = this.deliver(rule, occurrence, true)
    await Promise.all(ids.webhook === null ? [] : [this.send(ids.webhook, false)])
    const made = [ids.notification, ids.webhook].flatMap((id) => (id === null ? [] : [this.repo.attempt(id)]))
    return made.flatMap((attempt) => (attempt ? [toDelivery(attempt)] : []))
  }

  /** A long-running Herald's start: attempts a crash cut short, and retries waiting, go at their time. */
  resume(): void {
    const released = this.repo.releaseStale(iso(this.deps.clock.now() - staleSendingMs))
    if (released > 0)
      this.deps.record('alerts_resumed', `${released} webhook post(s) cut short are tried again`)
    for (const attempt of this.repo.waiting())
      this.arm(attempt.id, Date.parse(attempt.nextAttemptAt ?? attempt.createdAt))
  }

  /** Whether a webhook post is on its way now. */
  isSending(): boolean {
    return this.inFlight.size > 0
  }

  /** Waits for the posts on their way now (each within its timeout); retries waiting stay for later. */
  async settle(): Promise<void> {
    await Promise.allSettled([...this.inFlight])
  }

  /** Stops every timer; the retries still waiting stay in the log for the next start. */
  close(): void {
    this.closing.abort()
  }

  private record(ruleId: number): AlertRuleRecord {
    const rule = this.repo.rule(ruleId)
    if (!rule) throw ruleGone()
    return rule
  }

  private newId(): string {
    return (this.deps.newId ?? randomUUID)()
  }

  private changed(ruleId: number | null): void {
    this.deps.events.emit('alerts:changed', { ruleId })
  }

  /** Logs the rule's alert on each of its channels and sends it; the ids of the attempts made (null: none). */
  private deliver(
    rule: AlertRuleRecord,
    occurrence: Occurrence,
    test: boolean,
  ): { notification: number | null; webhook: number | null } {
    const now = this.deps.clock.now()
    const base = {
      ruleId: rule.id,
      event: rule.event,
      eventKey: occurrence.key,
      test,
      attempt: 1,
      title: occurrence.title,
      createdAt: iso(now),
    }
    const ids = { notification: null as number | null, webhook: null as number | null }
    if (rule.notify) {
      const notice: AlertNotice = {
        ruleId: rule.id,
        deliveryId: this.newId(),
        event: rule.event,
        test,
        dryRun: occurrence.dryRun,
        title: occurrence.title,
        body: occurrence.detail ?? occurrence.summary,
        campaignId: occurrence.campaign?.id || null,
        ...noticePhrases(occurrence),
      }
      const shown = this.deps.canNotify
      const unseen = phrase('reporting.alertDelivery.noWindow')
      ids.notification = this.repo.addAttempt({
        ...base,
        deliveryId: notice.deliveryId,
        channel: 'notification',
        status: shown ? 'delivered' : 'failed',
        error: shown ? null : english(unseen),
        errorPhrase: shown ? null : unseen,
        body: JSON.stringify(notice),
        nextAttemptAt: null,
        finishedAt: iso(now),
      })
      // Already alerted for this occurrence: nothing more to do
      if (ids.notification === null) return ids
      if (shown) this.deps.events.emit('alerts:notify', notice)
    }
    if (rule.webhookUrl && rule.webhookSecret) {
      const deliveryId = this.newId()
      const meta = { deliveryId, workspace: this.deps.workspace(), test, includeText: rule.includeText }
      ids.webhook = this.repo.addAttempt({
        ...base,
        deliveryId,
        channel: 'webhook',
        status: 'pending',
        body: webhookBody(occurrence, meta),
        nextAttemptAt: iso(now),
      })
      if (ids.webhook !== null && !test) this.track(this.send(ids.webhook, true))
    }
    if (ids.notification !== null || ids.webhook !== null) {
      this.deps.record('alert_sent', `Alert for rule ${rule.id}: ${occurrence.title}`, {
        event: occurrence.event,
        test,
      })
      this.changed(rule.id)
    }
    return ids
  }

  private track(work: Promise<void>): void {
    const guarded = work.catch((error: unknown) => {
      // After close the database is gone: the attempt stays 'sending' and is tried again at the next start
      if (this.closing.signal.aborted) return
      this.deps.record('alert_send_failed', 'Could not deliver an alert', { error: String(error) }, 'error')
    })
    this.inFlight.add(guarded)
    void guarded.finally(() => this.inFlight.delete(guarded))
  }

  /** Sends a pending attempt once this process holds it; a failure worth retrying logs the next one. */
  private async send(attemptId: number, retry: boolean): Promise<void> {
    if (this.closing.signal.aborted || !this.repo.claim(attemptId)) return
    const attempt = this.repo.attempt(attemptId)
    if (!attempt) return
    const rule = this.repo.rule(attempt.ruleId)
    const finish = (status: 'delivered' | 'failed', httpStatus: number | null, said: Phrase | null): void =>
      this.repo.finish(attemptId, {
        status,
        httpStatus,
        error: said && english(said),
        errorPhrase: said,
        at: iso(this.deps.clock.now()),
      })
    if (!rule?.webhookUrl || !rule.webhookSecret) {
      finish('failed', null, phrase('reporting.alertDelivery.noWebhook'))
      return this.changed(attempt.ruleId)
    }
    const outcome = await postWebhook(
      {
        url: rule.webhookUrl,
        body: attempt.body,
        secret: rule.webhookSecret,
        event: attempt.event,
        deliveryId: attempt.deliveryId,
      },
      this.deps.webhook,
    )
    const wait = this.backoffMs[attempt.attempt - 1]
    const again = !outcome.delivered && outcome.retry && retry && wait !== undefined
    const failure = outcome.errorPhrase ?? null
    const said = again && failure ? triesAgain(failure, wait) : failure
    finish(outcome.delivered ? 'delivered' : 'failed', outcome.httpStatus, said)
    if (again) {
      const at = this.deps.clock.now() + wait
      const next = this.repo.addAttempt({
        ...attempt,
        attempt: attempt.attempt + 1,
        status: 'pending',
        nextAttemptAt: iso(at),
        createdAt: iso(this.deps.clock.now()),
      })
      if (next !== null) this.arm(next, at)
    } else if (!outcome.delivered && !attempt.test) {
      this.deps.record(
        'alert_failed',
        `The alert "${attempt.title}" could not be posted to ${hostOf(rule.webhookUrl)}: ${outcome.error}`,
        { attempts: attempt.attempt },
        'warn',
      )
    }
    this.changed(attempt.ruleId)
  }

  /** Sends the attempt at its time, unless Herald closes first (the next start sends it then). */
  private arm(attemptId: number, at: number): void {
    if (this.armed.has(attemptId) || this.closing.signal.aborted) return
    this.armed.add(attemptId)
    const wait = Math.max(0, at - this.deps.clock.now())
    void this.deps.clock.sleep(wait, this.closing.signal).then(() => {
      this.armed.delete(attemptId)
      if (!this.closing.signal.aborted) this.track(this.send(attemptId, true))
    })
  }
}
