import type { Database } from 'better-sqlite3'
import type {
  AlertDelivery,
  AlertEvent,
  DeliveryChannel,
  DeliveryStatus,
} from '../../../src-shared/domain/alerts'
import type { Phrase } from '../../../src-shared/i18n/phrase'
import { phraseText, storedPhrase } from './stored-phrase'

/** A rule as stored: its secret is only for the webhook sender, never for a screen. */
export type AlertRuleRecord = {
  id: number
  event: AlertEvent
  threshold: number | null
  notify: boolean
  webhookUrl: string | null
  webhookSecret: string | null
  includeText: boolean
  enabled: boolean
  createdAt: string
  updatedAt: string
}

export type RuleFields = Omit<AlertRuleRecord, 'id' | 'createdAt' | 'updatedAt'>

type RuleRow = Omit<AlertRuleRecord, 'notify' | 'includeText' | 'enabled'> & {
  notify: number
  includeText: number
  enabled: number
}

const toRule = (row: RuleRow): AlertRuleRecord => ({
  ...row,
  notify: row.notify === 1,
  includeText: row.includeText === 1,
  enabled: row.enabled === 1,
})

const ruleColumns = `id, event, threshold, notify, webhook_url AS webhookUrl, webhook_secret AS webhookSecret,
  include_text AS includeText, enabled, created_at AS createdAt, updated_at AS updatedAt`

/** One attempt to write: the first of a delivery, or the next after a failure. */
export type NewAttempt = {
  deliveryId: string
  ruleId: number
  event: AlertEvent
  eventKey: string
  test: boolean
  channel: DeliveryChannel
  attempt: number
  status: DeliveryStatus
  title: string
  body: string
  nextAttemptAt: string | null
  createdAt: string
  httpStatus?: number | null
  error?: string | null
  errorPhrase?: Phrase | null
  finishedAt?: string | null
}

/** An attempt with what it posts. */
export type AttemptRecord = AlertDelivery & { eventKey: string; body: string }

type AttemptRow = Omit<AttemptRecord, 'test' | 'errorPhrase'> & { test: number; errorPhrase: string | null }

const attemptColumns = `id, delivery_id AS deliveryId, rule_id AS ruleId, event, event_key AS eventKey, test, channel,
  attempt, status, http_status AS httpStatus, error, error_phrase AS errorPhrase, title, body, next_attempt_at AS nextAttemptAt,
  created_at AS createdAt, finished_at AS finishedAt`

const toAttempt = (row: AttemptRow): AttemptRecord => ({
  ...row,
  test: row.test === 1,
  errorPhrase: storedPhrase(row.errorPhrase),
})

/** The log keeps this many attempts; older finished ones go. */
const keptAttempts = 2000

/** Alert rules and the log of their deliveries (migration 0024). */
export class AlertsRepo {
  private readonly stmts

  constructor(db: Database) {
    const fields = `event = @event, threshold = @threshold, notify = @notify, webhook_url = @webhookUrl,
      webhook_secret = @webhookSecret, include_text = @includeText, enabled = @enabled`
    this.stmts = {
      rules: db.prepare<[], RuleRow>(`SELECT ${ruleColumns} FROM alert_rules ORDER BY id`),
      rule: db.prepare<[{ id: number }], RuleRow>(`SELECT ${ruleColumns} FROM alert_rules WHERE id = @id`),
      enabled: db.prepare<[{ event: string }], RuleRow>(
        `SELECT ${ruleColumns} FROM alert_rules WHERE event = @event AND enabled = 1 ORDER BY id`,
      ),
      insertRule: db.prepare(
        `INSERT INTO alert_rules (event, threshold, notify, webhook_url, webhook_secret, include_text, enabled,
           created_at, updated_at)
         VALUES (@event, @threshold, @notify, @webhookUrl, @webhookSecret, @includeText, @enabled, @at, @at)`,
      ),
      updateRule: db.prepare(`UPDATE alert_rules SET ${fields}, updated_at = @at WHERE id = @id`),
      deleteRule: db.prepare<[{ id: number }]>('DELETE FROM alert_rules WHERE id = @id'),
      addAttempt: db.prepare(
        `INSERT INTO alert_deliveries (delivery_id, rule_id, event, event_key, test, channel, attempt, status,
           http_status, error, error_phrase, title, body, next_attempt_at, created_at, finished_at)
         VALUES (@deliveryId, @ruleId, @event, @eventKey, @test, @channel, @attempt, @status, @httpStatus, @error,
           @errorPhrase, @title, @body, @nextAttemptAt, @createdAt, @finishedAt)
         ON CONFLICT (rule_id, event_key, channel, attempt) DO NOTHING`,
      ),
      alerted: db
        .prepare<[{ ruleId: number; eventKey: string }], number>(
          'SELECT 1 FROM alert_deliveries WHERE rule_id = @ruleId AND event_key = @eventKey LIMIT 1',
        )
        .pluck(),
      attempt: db.prepare<[{ id: number }], AttemptRow>(
        `SELECT ${attemptColumns} FROM alert_deliveries WHERE id = @id`,
      ),
      claim: db.prepare<[{ id: number }]>(
        `UPDATE alert_deliveries SET status = 'sending' WHERE id = @id AND status = 'pending'`,
      ),
      finish: db.prepare(
        `UPDATE alert_deliveries SET status = @status, http_status = @httpStatus, error = @error,
           error_phrase = @errorPhrase, next_attempt_at = NULL, finished_at = @at
         WHERE id = @id`,
      ),
      waiting: db.prepare<[], AttemptRow>(
        `SELECT ${attemptColumns} FROM alert_deliveries WHERE status = 'pending' ORDER BY next_attempt_at, id`,
      ),
      release: db.prepare<[{ before: string }]>(
        `UPDATE alert_deliveries SET status = 'pending'
         WHERE status = 'sending' AND coalesce(next_attempt_at, created_at) < @before`,
      ),
      log: db.prepare<[{ ruleId: number | null; limit: number }], AttemptRow>(
        `SELECT ${attemptColumns} FROM alert_deliveries
         WHERE @ruleId IS NULL OR rule_id = @ruleId ORDER BY id DESC LIMIT @limit`,
      ),
      prune: db.prepare<[{ keep: number }]>(
        `DELETE FROM alert_deliveries WHERE status IN ('delivered', 'failed')
           AND id <= (SELECT id FROM alert_deliveries ORDER BY id DESC LIMIT 1 OFFSET @keep)`,
      ),
      // People who asked to stop, by their conversation's campaign (migration 0020, rehearsals too)
      optedOut: db
        .prepare<[{ campaignId: number }], number>(
          `SELECT count(*) FROM conversations WHERE campaign_id = @campaignId AND status = 'opted_out'`,
        )
        .pluck(),
    }
  }

  rules(): AlertRuleRecord[] {
    return this.stmts.rules.all().map(toRule)
  }

  rule(id: number): AlertRuleRecord | undefined {
    const row = this.stmts.rule.get({ id })
    return row ? toRule(row) : undefined
  }

  /** The rules switched on for an event. */
  enabledFor(event: AlertEvent): AlertRuleRecord[] {
    return this.stmts.enabled.all({ event }).map(toRule)
  }

  addRule(fields: RuleFields, at: string): number {
    return Number(this.stmts.insertRule.run({ ...bits(fields), at }).lastInsertRowid)
  }

  updateRule(id: number, fields: RuleFields, at: string): boolean {
    return this.stmts.updateRule.run({ ...bits(fields), id, at }).changes > 0
  }

  deleteRule(id: number): boolean {
    return this.stmts.deleteRule.run({ id }).changes > 0
  }

  /** Logs an attempt; null when this rule already has that attempt for that event on that channel. */
  addAttempt(attempt: NewAttempt): number | null {
    const result = this.stmts.addAttempt.run({
      ...attempt,
      test: attempt.test ? 1 : 0,
      httpStatus: attempt.httpStatus ?? null,
      error: attempt.error ?? null,
      errorPhrase: phraseText(attempt.errorPhrase),
      finishedAt: attempt.finishedAt ?? null,
    })
    if (result.changes === 0) return null
    this.stmts.prune.run({ keep: keptAttempts })
    return Number(result.lastInsertRowid)
  }

  /** Whether the rule already alerted (or began to) for this event. */
  alerted(ruleId: number, eventKey: string): boolean {
    return this.stmts.alerted.get({ ruleId, eventKey }) !== undefined
  }

  attempt(id: number): AttemptRecord | undefined {
    const row = this.stmts.attempt.get({ id })
    return row ? toAttempt(row) : undefined
  }

  /** Takes a pending attempt for this process to send; false when another one (or a crash) has it. */
  claim(id: number): boolean {
    return this.stmts.claim.run({ id }).changes > 0
  }

  finish(
    id: number,
    outcome: {
      status: 'delivered' | 'failed'
      httpStatus: number | null
      error: string | null
      errorPhrase: Phrase | null
      at: string
    },
  ): void {
    this.stmts.finish.run({ id, ...outcome, errorPhrase: phraseText(outcome.errorPhrase) })
  }

  /** The attempts waiting for their time, the earliest first. */
  waiting(): AttemptRecord[] {
    return this.stmts.waiting.all().map(toAttempt)
  }

  /** Attempts left 'sending' by a process that stopped before `before` are pending again. */
  releaseStale(before: string): number {
    return this.stmts.release.run({ before }).changes
  }

  /** The latest attempts, newest first; of one rule when given. */
  log(ruleId: number | null, limit: number): AttemptRecord[] {
    return this.stmts.log.all({ ruleId, limit }).map(toAttempt)
  }

  /** How many people who replied to this campaign asked to stop. */
  optedOut(campaignId: number): number {
    return this.stmts.optedOut.get({ campaignId }) ?? 0
  }
}

function bits(fields: RuleFields): Record<string, unknown> {
  return {
    ...fields,
    notify: fields.notify ? 1 : 0,
    includeText: fields.includeText ? 1 : 0,
    enabled: fields.enabled ? 1 : 0,
  }
}
