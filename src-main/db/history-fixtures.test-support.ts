// Test and benchmark helper: writes campaign history straight into the tables, with known values.
import type { Database, Statement } from 'better-sqlite3'
import type { CampaignStatus, ErrorCategory, MessageStatus } from '../../src-shared/domain/campaigns'
import { foldForSearch } from '../../src-shared/domain/search-text'
import type { HistoryCampaign } from './repos/history-seed-repo'

export type SeedMessage = {
  phone: string
  name: string | null
  variant?: string
  body?: string
  status: MessageStatus
  category?: ErrorCategory | null
  detail?: string | null
  attempts?: number
  /** Times of each stage reached; queued defaults to the campaign's creation. */
  sentAt?: string | null
  deliveredAt?: string | null
  readAt?: string | null
  repliedAt?: string | null
  failedAt?: string | null
  /** The sending number (schema 18 on); the first one when left out. */
  accountId?: number
}

export type SeedCampaign = {
  name: string
  status?: CampaignStatus
  dryRun?: boolean
  listName?: string
  templateName?: string
  createdAt: string
  startedAt?: string | null
  finishedAt?: string | null
  messages: readonly SeedMessage[]
}

const pacing = JSON.stringify({ preset: 'none' })

/** Inserts the campaigns and their messages in one transaction; returns the new campaign ids. */
export function seedHistory(db: Database, campaigns: readonly SeedCampaign[]): number[] {
  const campaign = db.prepare(`INSERT INTO campaigns (name, list_id, list_name, template_id, template_name,
      status, dry_run, pacing, variant_rule, template_snapshot, created_at, started_at, finished_at, prepared)
    VALUES (@name, NULL, @listName, NULL, @templateName, @status, @dryRun, @pacing, '{"kind":"single"}',
      '[{"name":"A","body":"Hi"}]', @createdAt, @startedAt, @finishedAt, 1)`)
  const message = db.prepare(`INSERT INTO messages (campaign_id, contact_id, phone_e164, name, variant, body,
      status, attempts, error_category, error_detail, queued_at, sent_at, delivered_at, read_at, replied_at,
      failed_at, updated_at)
    VALUES (@campaignId, @contactId, @phone, @name, @variant, @body, @status, @attempts, @category, @detail,
      @queuedAt, @sentAt, @deliveredAt, @readAt, @repliedAt, @failedAt, @queuedAt)`)
  // From schema 15 on, a message keeps its name folded for search, as MessagesRepo writes it
  const folds = db.prepare("SELECT 1 FROM pragma_table_info('messages') WHERE name = 'name_folded'").get()
  const fold = folds ? db.prepare('UPDATE messages SET name_folded = ? WHERE id = ?') : null
  // Prepared on first use: a schema before 18 has no numbers
  let fromNumber: Statement | undefined
  return db.transaction(() =>
    campaigns.map((c) => {
      const id = Number(
        campaign.run({
          name: c.name,
          listName: c.listName ?? 'List',
          templateName: c.templateName ?? 'Template',
          status: c.status ?? 'completed',
          dryRun: c.dryRun === false ? 0 : 1,
          pacing,
          createdAt: c.createdAt,
          startedAt: c.startedAt ?? null,
          finishedAt: c.finishedAt ?? null,
        }).lastInsertRowid,
      )
      c.messages.forEach((m, i) => {
        const { lastInsertRowid } = message.run({
          campaignId: id,
          contactId: i + 1,
          phone: m.phone,
          name: m.name,
          variant: m.variant ?? 'A',
          body: m.body ?? `Hello ${m.name ?? ''}`,
          status: m.status,
          attempts: m.attempts ?? (m.status === 'queued' || m.status === 'skipped' ? 0 : 1),
          category: m.category ?? null,
          detail: m.detail ?? null,
          queuedAt: c.createdAt,
          sentAt: m.sentAt ?? null,
          deliveredAt: m.deliveredAt ?? null,
          readAt: m.readAt ?? null,
          repliedAt: m.repliedAt ?? null,
          failedAt: m.failedAt ?? null,
        })
        if (fold && m.name !== null) fold.run(foldForSearch(m.name), lastInsertRowid)
        if (m.accountId !== undefined) {
          fromNumber ??= db.prepare('UPDATE messages SET account_id = ? WHERE id = ?')
          fromNumber.run(m.accountId, lastInsertRowid)
        }
      })
      return id
    }),
  )()
}

const statuses: readonly MessageStatus[] = ['sent', 'delivered', 'read', 'replied', 'failed', 'skipped']

/** Many synthetic messages for benchmarks: `campaigns` × `perCampaign`, statuses spread evenly. */
export function seedBulk(db: Database, campaigns: number, perCampaign: number, day = '2026-03-02'): number[] {
  const ids: number[] = []
  for (let c = 0; c < campaigns; c += 1) {
    const messages = Array.from({ length: perCampaign }, (_, i): SeedMessage => {
      const status = statuses[i % statuses.length] ?? 'sent'
      const at = `${day}T10:${String(i % 60).padStart(2, '0')}:00.000Z`
      const reached = (s: MessageStatus): string | null =>
        statuses.indexOf(status) >= statuses.indexOf(s) && status !== 'failed' && status !== 'skipped'
          ? at
          : null
      return {
        phone: `+4479${String(c * perCampaign + i).padStart(8, '0')}`,
        name: `Contact ${i}, "shop" ${c}`,
        status,
        category: status === 'failed' ? 'not_on_whatsapp' : status === 'skipped' ? 'duplicate' : null,
        sentAt: reached('sent'),
        deliveredAt: reached('delivered'),
        readAt: reached('read'),
        repliedAt: reached('replied'),
        failedAt: status === 'failed' ? at : null,
      }
    })
    ids.push(...seedHistory(db, [{ name: `Campaign ${c}`, createdAt: `${day}T09:00:00.000Z`, messages }]))
  }
  return ids
}

/** A completed one-variant campaign for HistorySeedRepo: no list, never started; `more` overrides any field. */
export function plainCampaign(
  name: string,
  createdAt: string,
  more: Partial<HistoryCampaign> = {},
): HistoryCampaign {
  return {
    name,
    listId: null,
    listName: 'Shops',
    status: 'completed',
    variants: ['A'],
    createdAt,
    startedAt: null,
    finishedAt: null,
    ...more,
  }
}
