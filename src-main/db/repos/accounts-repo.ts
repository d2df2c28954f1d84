import type { Database } from 'better-sqlite3'
import type { Account } from '../../../src-shared/domain/accounts'
import type { MessageStatus } from '../../../src-shared/domain/campaigns'
import type { Phrase } from '../../../src-shared/i18n/phrase'
import { phraseText, storedPhrase } from './stored-phrase'

type Row = {
  id: number
  name: string
  phone: string | null
  created_at: string
  linked_at: string | null
  established: number
}

const toAccount = (row: Row): Account => ({
  id: row.id,
  name: row.name,
  phone: row.phone,
  createdAt: row.created_at,
  linkedAt: row.linked_at,
  established: row.established === 1,
})

/** One number's part of a campaign (campaign_accounts, migration 0018). */
export type ShareRecord = {
  accountId: number
  name: string
  weight: number
  pausedCause: string | null
  pausedReason: string | null
  /** The reason as a phrase, for the window; null for older rows and reasons said without one. */
  pausedReasonPhrase: Phrase | null
}

const columns = 'id, name, phone, created_at, linked_at, established'

/**
 * The sending numbers (migration 0018). A removed number keeps its row, marked removed: the messages it
 * sent still name it. Names are unique among the numbers not removed, whatever their case.
 */
export class AccountsRepo {
  private readonly stmts

  constructor(private readonly db: Database) {
    this.stmts = {
      all: db.prepare<[], Row>(`SELECT ${columns} FROM accounts WHERE removed_at IS NULL ORDER BY id`),
      one: db.prepare<[number], Row>(`SELECT ${columns} FROM accounts WHERE id = ?`),
      named: db.prepare<[string], Row>(
        `SELECT ${columns} FROM accounts WHERE removed_at IS NULL AND lower(name) = lower(?)`,
      ),
      insert: db.prepare<[string, string]>('INSERT INTO accounts (name, created_at) VALUES (?, ?)'),
      rename: db.prepare<[string, number]>(
        'UPDATE accounts SET name = ? WHERE id = ? AND removed_at IS NULL',
      ),
      remove: db.prepare<[string, number]>(
        'UPDATE accounts SET removed_at = ? WHERE id = ? AND removed_at IS NULL',
      ),
      linked: db.prepare<[string, string, number]>(
        'UPDATE accounts SET phone = ?, linked_at = coalesce(linked_at, ?) WHERE id = ?',
      ),
      established: db.prepare<[number, number]>('UPDATE accounts SET established = ? WHERE id = ?'),
      shares: db.prepare<
        [number],
        {
          account_id: number
          name: string
          weight: number
          paused_cause: string | null
          paused_reason: string | null
          paused_reason_phrase: string | null
        }
      >(
        `SELECT ca.account_id, a.name, ca.weight, ca.paused_cause, ca.paused_reason, ca.paused_reason_phrase
           FROM campaign_accounts ca JOIN accounts a ON a.id = ca.account_id
          WHERE ca.campaign_id = ? ORDER BY ca.account_id`,
      ),
      addShare: db.prepare<[number, number, number]>(
        'INSERT INTO campaign_accounts (campaign_id, account_id, weight) VALUES (?, ?, ?)',
      ),
      pauseShare: db.prepare<[string | null, string | null, string | null, number, number]>(
        `UPDATE campaign_accounts SET paused_cause = ?, paused_reason = ?, paused_reason_phrase = ?
          WHERE campaign_id = ? AND account_id = ?`,
      ),
      clearPauses: db.prepare<[number]>(
        `UPDATE campaign_accounts SET paused_cause = NULL, paused_reason = NULL, paused_reason_phrase = NULL
          WHERE campaign_id = ?`,
      ),
      counts: db.prepare<[number], { account_id: number; status: MessageStatus; n: number }>(
        `SELECT account_id, status, count(*) AS n FROM messages WHERE campaign_id = ?
          GROUP BY account_id, status`,
      ),
      inUse: db
        .prepare<[number], number>(
          `SELECT count(*) FROM campaign_accounts ca JOIN campaigns c ON c.id = ca.campaign_id
            WHERE ca.account_id = ? AND c.status IN ('draft', 'running', 'scheduled', 'paused', 'interrupted')`,
        )
        .pluck(),
      liveShares: db
        .prepare<[number], number>(
          `SELECT ca.account_id FROM campaign_accounts ca JOIN campaigns c ON c.id = ca.campaign_id
            WHERE ca.campaign_id = ? AND c.dry_run = 0`,
        )
        .pluck(),
      sending: db
        .prepare<[number], number>(
          `SELECT count(*) FROM campaign_accounts ca JOIN campaigns c ON c.id = ca.campaign_id
            WHERE ca.account_id = ? AND c.status = 'running'`,
        )
        .pluck(),
    }
  }

  /** The numbers of a campaign sent on WhatsApp (none for a dry run). */
  liveShareAccounts(campaignId: number): number[] {
    return this.stmts.liveShares.all(campaignId)
  }

  /** Campaigns sending on this number now, in any process. */
  sendingCampaigns(id: number): number {
    return this.stmts.sending.get(id) ?? 0
  }

  list(): Account[] {
    return this.stmts.all.all().map(toAccount)
  }

  /** The number, removed or not. */
  get(id: number): Account | undefined {
    const row = this.stmts.one.get(id)
    return row && toAccount(row)
  }

  byName(name: string): Account | undefined {
    const row = this.stmts.named.get(name)
    return row && toAccount(row)
  }

  add(name: string, at: string): Account {
    const id = Number(this.stmts.insert.run(name, at).lastInsertRowid)
    return this.get(id)!
  }

  rename(id: number, name: string): boolean {
    return this.stmts.rename.run(name, id).changes > 0
  }

  remove(id: number, at: string): boolean {
    return this.stmts.remove.run(at, id).changes > 0
  }

  /** WhatsApp linked the number: its phone, and when it was first linked. */
  linked(id: number, phone: string, at: string): void {
    this.stmts.linked.run(phone, at, id)
  }

  setEstablished(id: number, established: boolean): void {
    this.stmts.established.run(established ? 1 : 0, id)
  }

  /** Campaigns not finished that have a share on this number. */
  unfinishedCampaigns(id: number): number {
    return this.stmts.inUse.get(id) ?? 0
  }

  /** The numbers a campaign goes out on, first number first. */
  shares(campaignId: number): ShareRecord[] {
    return this.stmts.shares.all(campaignId).map((r) => ({
      accountId: r.account_id,
      name: r.name,
      weight: r.weight,
      pausedCause: r.paused_cause,
      pausedReason: r.paused_reason,
      pausedReasonPhrase: storedPhrase(r.paused_reason_phrase),
    }))
  }

  addShares(campaignId: number, shares: readonly { accountId: number; weight: number }[]): void {
    for (const share of shares) this.stmts.addShare.run(campaignId, share.accountId, share.weight)
  }

  /** One number's share paused on its own (null clears it): the other numbers go on. */
  pauseShare(
    campaignId: number,
    accountId: number,
    cause: string | null,
    reason: string | null,
    reasonPhrase: Phrase | null = null,
  ): void {
    this.stmts.pauseShare.run(cause, reason, phraseText(reasonPhrase), campaignId, accountId)
  }

  /** Resuming the campaign resumes every share. */
  clearSharePauses(campaignId: number): void {
    this.stmts.clearPauses.run(campaignId)
  }

  /** Each number's messages in a campaign, by status. */
  countsByAccount(campaignId: number): { accountId: number; status: MessageStatus; count: number }[] {
    return this.stmts.counts
      .all(campaignId)
      .map((r) => ({ accountId: r.account_id, status: r.status, count: r.n }))
  }

  transaction<T>(work: () => T): T {
    return this.db.transaction(work)()
  }
}
