import type { Database } from 'better-sqlite3'

/**
 * Whose budget a slot is: a number's ("whatsapp") or its rehearsals' ("dry-run"). The first number keeps
 * the keys it had before there were several; a later one's carry its id ("whatsapp:2").
 */
export type SendAccount = 'whatsapp' | 'dry-run' | `whatsapp:${number}` | `dry-run:${number}`

export function sendAccount(dryRun: boolean, accountId = 1): SendAccount {
  const kind = dryRun ? 'dry-run' : 'whatsapp'
  return accountId === 1 ? kind : `${kind}:${accountId}`
}

const keepMs = 2 * 24 * 60 * 60_000

/** The send slots of each account (migration 0011): one row per send intent, epoch ms. */
export class SendSlotsRepo {
  private readonly stmts

  constructor(private readonly db: Database) {
    this.stmts = {
      since: db
        .prepare<[SendAccount, number], number>(
          'SELECT at FROM send_slots WHERE account = ? AND at > ? ORDER BY at',
        )
        .pluck(),
      first: db
        .prepare<[SendAccount], number | null>('SELECT min(at) FROM send_slots WHERE account = ?')
        .pluck(),
      lastCampaign: db
        .prepare<[SendAccount], number>(
          'SELECT campaign_id FROM send_slots WHERE account = ? ORDER BY at DESC, id DESC LIMIT 1',
        )
        .pluck(),
      insert: db.prepare<[SendAccount, number, number | null, number | null]>(
        'INSERT INTO send_slots (account, at, campaign_id, message_id) VALUES (?, ?, ?, ?)',
      ),
      // The account's very first slot stays: it is when the warm-up began
      prune: db.prepare<[SendAccount, number, SendAccount]>(
        `DELETE FROM send_slots WHERE account = ? AND at <= ?
           AND at > (SELECT min(at) FROM send_slots WHERE account = ?)`,
      ),
    }
  }

  /** Slot times after `after`, oldest first. */
  since(account: SendAccount, after: number): number[] {
    return this.stmts.since.all(account, after)
  }

  /** The account's first slot: pruning keeps it, so the warm-up knows when it began. */
  oldest(account: SendAccount): number | null {
    return this.stmts.first.get(account) ?? null
  }

  /** The campaign that took the account's latest slot; null before the first. */
  lastCampaign(account: SendAccount): number | null {
    return this.stmts.lastCampaign.get(account) ?? null
  }

  /** A slot taken at `at`; an answer sent from the Inbox has no campaign and no campaign message. */
  take(account: SendAccount, at: number, campaignId: number | null, messageId: number | null): void {
    this.stmts.insert.run(account, at, campaignId, messageId)
    this.stmts.prune.run(account, at - keepMs, account)
  }

  /** Runs `work` in a write transaction taken at once (BEGIN IMMEDIATE): other processes wait for it. */
  exclusively<T>(work: () => T): T {
    return this.db.transaction(work).immediate()
  }
}
