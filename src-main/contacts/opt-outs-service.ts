import type { Database } from 'better-sqlite3'
import type { OptOut } from '../../src-shared/domain/contacts'
import { phrase } from '../../src-shared/i18n/phrase'
import type { Phrase } from '../../src-shared/i18n/phrase'
import { OptOutsRepo } from '../db/repos/opt-outs-repo'
import type { OptOutQuery } from '../db/repos/opt-outs-repo'
import { AppError } from '../errors'
import type { EventHub } from '../events'
import type { PhoneRefusal } from '../import/phone'
import { optOutRefusalPhrase } from '../import/phone-refusals'
import type { RecordEvent } from '../logging/app-events'

/**
 * How Herald reads a number (import/phone.ts); a refusal without its `refusal` code is said with its English
 * reason.
 */
export type NormalizePhone = (
  raw: string,
  country: string,
) => { ok: true; e164: string } | { ok: false; reason: string; refusal?: PhoneRefusal }

export type OptOutsServiceDeps = {
  db: Database
  events: EventHub
  record: RecordEvent
  normalize: NormalizePhone
  /** The country a number without a country code belongs to: the setting, read at each use. */
  defaultCountry: () => string
  now?: () => Date
}

export type AddOptOutOptions = {
  country?: string
  reason?: string
  /** The reason as a phrase, when Herald words it itself (a reply that asked to stop). */
  reasonPhrase?: Phrase
  source?: string
}

/** Numbers that asked not to be messaged. Every campaign and import checks them. */
export class OptOutsService {
  private readonly repo: OptOutsRepo

  constructor(private readonly deps: OptOutsServiceDeps) {
    this.repo = new OptOutsRepo(deps.db)
  }

  /** Newest first. */
  list(query: OptOutQuery): { total: number; rows: OptOut[] } {
    return this.repo.list(query)
  }

  /** The number in E.164, or a BAD_INPUT error that says why it is not a phone number. */
  toE164(raw: string, country?: string): string {
    const result = this.deps.normalize(raw.trim(), (country ?? this.deps.defaultCountry()).toUpperCase())
    if (result.ok) return result.e164
    throw new AppError(
      'BAD_INPUT',
      result.refusal
        ? optOutRefusalPhrase(result.refusal)
        : phrase('importing.optOut.unreadable', { reason: result.reason.trim().replace(/\.$/, '') }),
    )
  }

  /** Adds a number; one already on the list keeps its first date, source and reason. */
  add(raw: string, options: AddOptOutOptions = {}): OptOut {
    const phone = this.toE164(raw, options.country)
    const reason = options.reason?.trim() || null
    const { optOut, added } = this.repo.add({
      phone,
      source: options.source ?? 'manual',
      reason,
      reasonPhrase: reason === null ? null : (options.reasonPhrase ?? null),
      createdAt: this.now().toISOString(),
    })
    if (added) {
      this.deps.record('opt_out_added', `Added ${phone} to the opt-out list`, {
        phone,
        source: optOut.source,
      })
      this.deps.events.emit('lists:changed', { listId: null })
    }
    return optOut
  }

  /**
   * Accepts the number as stored (E.164) or as typed; returns the E.164 removed, NOT_FOUND when it was
   * not on the list.
   */
  remove(phoneOrRaw: string): string {
    const text = phoneOrRaw.trim()
    const phone = this.repo.get(text) ? text : this.toE164(text)
    if (!this.repo.remove(phone)) {
      throw new AppError('NOT_FOUND', phrase('importing.optOut.notListed', { phone }))
    }
    this.deps.record('opt_out_removed', `Removed ${phone} from the opt-out list`, { phone })
    this.deps.events.emit('lists:changed', { listId: null })
    return phone
  }

  has(e164: string): boolean {
    return this.repo.get(e164) !== undefined
  }

  /** Every opted-out number, for checking a whole import at once. */
  all(): Set<string> {
    return this.repo.phones()
  }

  private now(): Date {
    return this.deps.now?.() ?? new Date()
  }
}
