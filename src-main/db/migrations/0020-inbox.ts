import type { Migration } from './migration'

export const inbox: Migration = {
  version: 20,
  name: 'inbox',
  up(db) {
    // Every reply as it came (and every answer the user sent from the Inbox), and one conversation per
    // contact who replied: its status (new, lead, handled, opted out), the user's note, and what the list
    // shows, kept up to date as replies arrive so that 100,000 conversations page without a scan of the
    // replies. A dry run's invented replies are kept apart (rehearsal = 1) and never mixed with real ones.
    db.exec(`
      CREATE TABLE conversations (
        id INTEGER PRIMARY KEY,
        phone_e164 TEXT NOT NULL,
        rehearsal INTEGER NOT NULL CHECK (rehearsal IN (0, 1)),
        name TEXT,
        campaign_id INTEGER REFERENCES campaigns (id) ON DELETE SET NULL,
        account_id INTEGER NOT NULL DEFAULT 1,
        status TEXT NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'lead', 'handled', 'opted_out')),
        note TEXT,
        replies INTEGER NOT NULL DEFAULT 0,
        first_reply_at TEXT,
        last_reply_at TEXT,
        last_reply TEXT,
        unread INTEGER NOT NULL DEFAULT 0 CHECK (unread >= 0),
        search_text TEXT NOT NULL DEFAULT '',
        updated_at TEXT NOT NULL,
        UNIQUE (phone_e164, rehearsal)
      ) STRICT;
      CREATE INDEX conversations_latest ON conversations (rehearsal, last_reply_at DESC, id DESC);
      CREATE INDEX conversations_status ON conversations (rehearsal, status, last_reply_at DESC, id DESC);
      CREATE INDEX conversations_all ON conversations (last_reply_at DESC, id DESC);
      CREATE INDEX conversations_number ON conversations (rehearsal, account_id, last_reply_at DESC, id DESC);
      CREATE INDEX conversations_campaign ON conversations (campaign_id, last_reply_at DESC);
      CREATE INDEX conversations_unread ON conversations (rehearsal, unread) WHERE unread > 0;

      CREATE TABLE conversation_messages (
        id INTEGER PRIMARY KEY,
        conversation_id INTEGER NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
        direction TEXT NOT NULL CHECK (direction IN ('in', 'out')),
        -- The campaign message a reply answers
        message_id INTEGER REFERENCES messages (id) ON DELETE SET NULL,
        campaign_id INTEGER REFERENCES campaigns (id) ON DELETE SET NULL,
        account_id INTEGER NOT NULL DEFAULT 1,
        text TEXT NOT NULL,
        -- What a media reply was: photo, video, voice, audio, document, sticker, location, contact
        media TEXT,
        -- Where WhatsApp said the media can be fetched from (its message id), while it can
        wa_message_id TEXT,
        at TEXT NOT NULL,
        -- An answer sent from the Inbox: its send, logged like a campaign message's
        status TEXT CHECK (status IS NULL OR status IN ('queued', 'sending', 'sent', 'failed', 'uncertain')),
        error TEXT
      ) STRICT;
      CREATE INDEX conversation_messages_of ON conversation_messages (conversation_id, at, id);
      CREATE INDEX conversation_messages_sending ON conversation_messages (status)
        WHERE status IN ('queued', 'sending');
    `)
  },
}
