import type { Migration } from './migration'

export const sendSlots: Migration = {
  version: 11,
  name: 'send-slots',
  up(db) {
    // One sending budget per account, shared by every campaign and every process on this database: each
    // send takes a slot (epoch ms) in the same transaction that records its intent, so two processes can
    // never take the same slot and a crash never leaves one half-taken. `account` is the WhatsApp number's
    // budget, or the dry runs' own, never mixed. Slots older than two days no longer count and are pruned.
    db.exec(`
      CREATE TABLE send_slots (
        id INTEGER PRIMARY KEY,
        account TEXT NOT NULL CHECK (account IN ('whatsapp', 'dry-run')),
        at INTEGER NOT NULL,
        campaign_id INTEGER,
        message_id INTEGER
      ) STRICT;
      CREATE INDEX send_slots_account_at ON send_slots (account, at);

      -- The sends of the last two days count at once after the upgrade
      INSERT INTO send_slots (account, at, campaign_id, message_id)
        SELECT CASE c.dry_run WHEN 1 THEN 'dry-run' ELSE 'whatsapp' END,
               CAST((julianday(coalesce(m.sending_at, m.sent_at)) - 2440587.5) * 86400000 AS INTEGER),
               m.campaign_id, m.id
          FROM messages m JOIN campaigns c ON c.id = m.campaign_id
         WHERE coalesce(m.sending_at, m.sent_at) IS NOT NULL
           AND julianday(coalesce(m.sending_at, m.sent_at)) > julianday('now') - 2;

      -- and each account's very first send, which is when its warm-up began (pruning always keeps it)
      INSERT INTO send_slots (account, at)
        SELECT CASE c.dry_run WHEN 1 THEN 'dry-run' ELSE 'whatsapp' END,
               CAST((julianday(min(m.sent_at)) - 2440587.5) * 86400000 AS INTEGER)
          FROM messages m JOIN campaigns c ON c.id = m.campaign_id
         WHERE m.sent_at IS NOT NULL
         GROUP BY c.dry_run
        HAVING julianday(min(m.sent_at)) <= julianday('now') - 2;
    `)
  },
}
