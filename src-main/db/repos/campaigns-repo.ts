import type { Database } from 'better-sqlite3'
import type { Attachment } from '../../../src-shared/domain/attachments'
import { messageStatuses } from '../../../src-shared/domain/campaigns'
import type { Phrase } from '../../../src-shared/i18n/phrase'
import { english } from '../../../src-shared/i18n/wording'
import { phraseText, storedPhrase } from './stored-phrase'
import { parseAttachment } from './templates-repo'
import type {
  Campaign,
  CampaignStatus,
  MessageStatus,
  PacingSpec,
  PauseCause,
  StatusCounts,
  Variant,
  VariantRule,
  Waiting,
} from '../../../src-shared/domain/campaigns'

export type NewCampaign = {
  name: string
  listId: number
  listName: string
  templateId: number
  templateName: string
  dryRun: boolean
  pacing: PacingSpec
  variantRule: VariantRule
  variants: readonly Variant[]
  attachment: Attachment | null
  createdAt: string
}

/** A campaign as the engine needs it: the domain view plus the variants it was created with. */
export type CampaignRecord = Campaign & { variants: Variant[] }

/**
 * A move to `paused` says why, as data (`cause`) and in words (`reason`, English, with `reasonPhrase` for the
 * window); any other move clears the cause. A reason given without a phrase clears the phrase.
 */
export type StatusChange = (
  | { status: Exclude<CampaignStatus, 'paused'> }
  | { status: 'paused'; cause: PauseCause; reason: string | null }
) & {
  reason?: string | null
  reasonPhrase?: Phrase | null
  scheduledAt?: string | null
  startedAt?: string
  finishedAt?: string
}

type CampaignRow = {
  id: number
  name: string
  list_id: number | null
  list_name: string
  template_id: number | null
  template_name: string
  status: CampaignStatus
  dry_run: number
  pacing: string
  variant_rule: string
  template_snapshot: string
  attachment: string | null
  status_reason: string | null
  status_reason_phrase: string | null
  scheduled_at: string | null
  created_at: string
  started_at: string | null
  finished_at: string | null
}

type CountRow = { campaign_id: number; status: MessageStatus; n: number }

const columns = `id, name, list_id, list_name, template_id, template_name, status, dry_run, pacing,
  variant_rule, template_snapshot, attachment, status_reason, status_reason_phrase, scheduled_at, created_at,
  started_at, finished_at`

/**
 * A reason as a StatusChange takes it: a phrase gives its English words and itself, English words alone
 * (a caller that has no phrase) go without one.
 */
export function reasonOf(said: string | Phrase | null): {
  reason: string | null
  reasonPhrase: Phrase | null
} {
  if (said === null || typeof said === 'string') return { reason: said, reasonPhrase: null }
  return { reason: english(said), reasonPhrase: said }
}

export function emptyCounts(): StatusCounts {
  return Object.fromEntries(messageStatuses.map((s) => [s, 0])) as StatusCounts
}

function toCampaign(row: CampaignRow, counts: StatusCounts): CampaignRecord {
  const total = Object.values(counts).reduce((a, b) => a + b, 0)
  const statusReasonPhrase = storedPhrase(row.status_reason_phrase)
  return {
    id: row.id,
    name: row.name,
    // 0 stands for a list or template deleted since: the campaign keeps their names and its own copy.
    listId: row.list_id ?? 0,
    listName: row.list_name,
    templateId: row.template_id ?? 0,
    templateName: row.template_name,
    status: row.status,
    dryRun: row.dry_run === 1,
    pacing: JSON.parse(row.pacing) as PacingSpec,
    variantRule: JSON.parse(row.variant_rule) as VariantRule,
    attachment: parseAttachment(row.attachment),
    statusReason: row.status_reason,
    ...(statusReasonPhrase ? { statusReasonPhrase } : {}),
    scheduledAt: row.scheduled_at,
    createdAt: row.created_at,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
    counts,
    total,
    variants: JSON.parse(row.template_snapshot) as Variant[],
  }
}

/** The campaign as the windows see it, without the engine's copy of the variants. */
export function toPublicCampaign(record: CampaignRecord): Campaign {
  const campaign: Campaign & { variants?: unknown } = { ...record }
  delete campaign.variants
  return campaign
}

/** The campaigns table. Only prepared campaigns (all their messages written) are ever returned. */
export class CampaignsRepo {
  private readonly insertStmt
  private readonly preparedStmt
  private readonly selectOne
  private readonly selectAll
  private readonly countOne
  private readonly countAll
  private readonly moveStmt
  private readonly deleteStmt
  private readonly unpreparedStmt
  private readonly byStatusStmt
  private readonly statusStmt
  private readonly causeStmt
  private readonly liveRunningStmt
  private readonly setWaitingStmt
  private readonly waitingStmt

  constructor(db: Database) {
    this.insertStmt = db.prepare(
      `INSERT INTO campaigns (name, list_id, list_name, template_id, template_name, status, dry_run, pacing,
         variant_rule, template_snapshot, attachment, created_at, prepared)
       VALUES (@name, @listId, @listName, @templateId, @templateName, 'draft', @dryRun, @pacing,
         @variantRule, @variants, @attachment, @createdAt, 0)`,
    )
    this.preparedStmt = db.prepare<[number]>('UPDATE campaigns SET prepared = 1 WHERE id = ?')
    this.selectOne = db.prepare<[number], CampaignRow>(
      `SELECT ${columns} FROM campaigns WHERE id = ? AND prepared = 1`,
    )
    this.selectAll = db.prepare<[], CampaignRow>(
      `SELECT ${columns} FROM campaigns WHERE prepared = 1 ORDER BY created_at DESC, id DESC`,
    )
    this.countOne = db.prepare<[number], CountRow>(
      'SELECT campaign_id, status, count(*) AS n FROM messages WHERE campaign_id = ? GROUP BY status',
    )
    this.countAll = db.prepare<[], CountRow>(
      'SELECT campaign_id, status, count(*) AS n FROM messages GROUP BY campaign_id, status',
    )
    this.moveStmt = db.prepare(
      // A change of status ends any wait the engine was in: a resumed campaign decides again
      `UPDATE campaigns SET status = @status, pause_cause = @cause, waiting = NULL,
         status_reason = CASE WHEN @setReason THEN @reason ELSE status_reason END,
         status_reason_phrase = CASE WHEN @setReason THEN @reasonPhrase ELSE status_reason_phrase END,
         scheduled_at = CASE WHEN @setScheduled THEN @scheduledAt ELSE scheduled_at END,
         started_at = coalesce(started_at, @startedAt),
         finished_at = coalesce(@finishedAt, finished_at)
       WHERE id = @id AND status = @from AND prepared = 1`,
    )
    this.deleteStmt = db.prepare<[number]>('DELETE FROM campaigns WHERE id = ?')
    this.unpreparedStmt = db.prepare<[], number>('SELECT id FROM campaigns WHERE prepared = 0').pluck()
    this.byStatusStmt = db
      .prepare<[CampaignStatus], number>(
        'SELECT id FROM campaigns WHERE status = ? AND prepared = 1 ORDER BY id',
      )
      .pluck()
    this.statusStmt = db
      .prepare<[number], CampaignStatus>('SELECT status FROM campaigns WHERE id = ?')
      .pluck()
    this.causeStmt = db
      .prepare<[number], PauseCause | null>('SELECT pause_cause FROM campaigns WHERE id = ? AND prepared = 1')
      .pluck()
    this.liveRunningStmt = db
      .prepare<[], number>(
        "SELECT id FROM campaigns WHERE status = 'running' AND dry_run = 0 AND prepared = 1 ORDER BY id",
      )
      .pluck()
    this.setWaitingStmt = db.prepare<[string | null, number]>('UPDATE campaigns SET waiting = ? WHERE id = ?')
    this.waitingStmt = db
      .prepare<[number], string | null>('SELECT waiting FROM campaigns WHERE id = ?')
      .pluck()
  }

  /** Starts a campaign unprepared (invisible) in 'draft'; `markPrepared` once its messages are written. */
  insert(c: NewCampaign): number {
    return Number(
      this.insertStmt.run({
        ...c,
        dryRun: c.dryRun ? 1 : 0,
        pacing: JSON.stringify(c.pacing),
        variantRule: JSON.stringify(c.variantRule),
        variants: JSON.stringify(c.variants),
        attachment: c.attachment ? JSON.stringify(c.attachment) : null,
      }).lastInsertRowid,
    )
  }

  markPrepared(id: number): void {
    this.preparedStmt.run(id)
  }

  get(id: number): CampaignRecord | undefined {
    const row = this.selectOne.get(id)
    if (!row) return undefined
    const counts = emptyCounts()
    for (const c of this.countOne.all(id)) counts[c.status] = c.n
    return toCampaign(row, counts)
  }

  /** Newest first. */
  all(): CampaignRecord[] {
    const counts = new Map<number, StatusCounts>()
    for (const c of this.countAll.all()) {
      const entry = counts.get(c.campaign_id) ?? emptyCounts()
      entry[c.status] = c.n
      counts.set(c.campaign_id, entry)
    }
    return this.selectAll.all().map((row) => toCampaign(row, counts.get(row.id) ?? emptyCounts()))
  }

  /**
   * Moves the campaign only if it is still in `from` (compare-and-set), so that two callers racing to
   * change it cannot both win. False when it was not in `from`.
   */
  move(id: number, from: CampaignStatus, change: StatusChange): boolean {
    return (
      this.moveStmt.run({
        id,
        from,
        status: change.status,
        cause: change.status === 'paused' ? change.cause : null,
        setReason: change.reason === undefined ? 0 : 1,
        reason: change.reason ?? null,
        reasonPhrase: phraseText(change.reasonPhrase),
        setScheduled: change.scheduledAt === undefined ? 0 : 1,
        scheduledAt: change.scheduledAt ?? null,
        startedAt: change.startedAt ?? null,
        finishedAt: change.finishedAt ?? null,
      }).changes > 0
    )
  }

  delete(id: number): boolean {
    return this.deleteStmt.run(id).changes > 0
  }

  /** Campaigns whose creation was cut short by a crash. */
  unprepared(): number[] {
    return this.unpreparedStmt.all()
  }

  /** Just the status: cheap enough to check before every send. */
  status(id: number): CampaignStatus | undefined {
    return this.statusStmt.get(id)
  }

  idsWithStatus(status: CampaignStatus): number[] {
    return this.byStatusStmt.all(status)
  }

  /** Why a paused campaign paused; null when it is not paused (or not there). */
  pauseCause(id: number): PauseCause | null {
    return this.causeStmt.get(id) ?? null
  }

  /** Records why the running campaign's next message waits (null: it is not waiting). */
  setWaiting(id: number, waiting: Waiting | null): void {
    this.setWaitingStmt.run(waiting === null ? null : JSON.stringify(waiting), id)
  }

  /** Why the campaign's next message waits, as its engine last recorded it. */
  waiting(id: number): Waiting | null {
    const text = this.waitingStmt.get(id)
    return text ? (JSON.parse(text) as Waiting) : null
  }

  /** The campaigns sending on WhatsApp (not dry runs) now. */
  liveRunning(): number[] {
    return this.liveRunningStmt.all()
  }
}
