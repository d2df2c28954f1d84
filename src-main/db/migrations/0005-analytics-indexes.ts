import type { Migration } from './migration'

export const analyticsIndexes: Migration = {
  version: 5,
  name: 'analytics-indexes',
  up(db) {
    // The analytics read a period by queued_at and only the columns below: one narrow covering index lets
    // them range-scan it instead of the table (whose rows carry the message bodies). The partial index
    // answers "has this number ever sent a read receipt?" for the read rate.
    db.exec(`
      CREATE INDEX messages_analytics ON messages (queued_at, campaign_id, status, sent_at, delivered_at,
        read_at, replied_at, failed_at, variant, error_category, phone_e164);
      CREATE INDEX messages_readers ON messages (phone_e164) WHERE read_at IS NOT NULL;
    `)
  },
}
