import type { Migration } from './migration'

export const accounts: Migration = {
  version: 18,
  name: 'accounts',
  up(db) {
    // Sending numbers. Each has its own WhatsApp login, budget, warm-up and breaker; a removed one keeps
    // its row (removed_at) so that the history of what it sent still names it. The number Herald sent
    // from until now becomes the first account, and everything it sent is recorded as its.
    const established = db
      .prepare("SELECT value FROM settings WHERE key = 'whatsapp.establishedNumber'")
      .pluck()
      .get() as string | undefined
    db.exec(`
      CREATE TABLE accounts (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 40),
        phone TEXT,
        created_at TEXT NOT NULL,
        linked_at TEXT,
        established INTEGER NOT NULL DEFAULT 0 CHECK (established IN (0, 1)),
        removed_at TEXT
      ) STRICT;
      CREATE UNIQUE INDEX accounts_name ON accounts (lower(name)) WHERE removed_at IS NULL;
    `)
    db.prepare(
      `INSERT INTO accounts (id, name, created_at, established)
       VALUES (1, 'My number', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ?)`,
    ).run(established === '"yes"' ? 1 : 0)
    // Which number each message is (or was) sent from, and each campaign's numbers with the weight of
    // their share; a share paused on its own (its number disconnected, its breaker tripped) says why.
    db.exec(`
      ALTER TABLE messages ADD COLUMN account_id INTEGER NOT NULL DEFAULT 1;
      CREATE INDEX messages_campaign_account ON messages (campaign_id, account_id, status, id);
      CREATE INDEX messages_account_sent ON messages (account_id, sent_at) WHERE sent_at IS NOT NULL;

      CREATE TABLE campaign_accounts (
        campaign_id INTEGER NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
        account_id INTEGER NOT NULL REFERENCES accounts (id),
        weight INTEGER NOT NULL DEFAULT 1 CHECK (weight BETWEEN 1 AND 100),
        paused_cause TEXT,
        paused_reason TEXT,
        PRIMARY KEY (campaign_id, account_id)
      ) STRICT, WITHOUT ROWID;
      INSERT INTO campaign_accounts (campaign_id, account_id) SELECT id, 1 FROM campaigns;
    `)
    // The budgets are per account now. The first number keeps its keys ("whatsapp", and "dry-run" for its
    // rehearsals), so its slots and its warm-up carry on; a later number's are "whatsapp:<id>" and
    // "dry-run:<id>".
    db.exec(`
      CREATE TABLE send_slots_new (
        id INTEGER PRIMARY KEY,
        account TEXT NOT NULL CHECK (account IN ('whatsapp', 'dry-run')
          OR account GLOB 'whatsapp:[1-9]*' OR account GLOB 'dry-run:[1-9]*'),
        at INTEGER NOT NULL,
        campaign_id INTEGER,
        message_id INTEGER
      ) STRICT;
      INSERT INTO send_slots_new (id, account, at, campaign_id, message_id)
        SELECT id, account, at, campaign_id, message_id FROM send_slots;
      DROP TABLE send_slots;
      ALTER TABLE send_slots_new RENAME TO send_slots;
      CREATE INDEX send_slots_account_at ON send_slots (account, at);
    `)
  },
}
