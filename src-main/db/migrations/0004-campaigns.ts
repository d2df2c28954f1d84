import { campaignStatuses, messageStatuses } from '../../../src-shared/domain/campaigns'
import type { Migration } from './migration'

const quoted = (values: readonly string[]): string => values.map((v) => `'${v}'`).join(', ')
/**
 * The error categories as this schema was released. A released migration never follows the domain's list:
 * a new category gets its own migration (0009 is the first), so a database migrated years ago and one made
 * today end with the same CHECK.
 */
export const releasedErrorCategories = [
  'invalid_number',
  'not_on_whatsapp',
  'opted_out',
  'duplicate',
  'disconnected',
  'session_lost',
  'rate_limited',
  'timeout',
  'network',
  'media_error',
  'uncertain',
  'unknown',
] as const

const jsonOf = (column: string, type: 'array' | 'object'): string =>
  `CHECK (json_valid(${column}) AND json_type(${column}) = '${type}')`

export const campaigns: Migration = {
  version: 4,
  name: 'campaigns',
  up(db) {
    // A campaign keeps its own copy of the template's variants and of the list and template names: editing
    // or deleting them later must not change what a running campaign sends or how history reads, hence
    // ON DELETE SET NULL. `prepared` is 0 while its messages are still being written (a crash leaves it
    // 0 and the half-made campaign is removed at the next start).
    db.exec(`
      CREATE TABLE templates (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        variants TEXT NOT NULL ${jsonOf('variants', 'array')},
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE UNIQUE INDEX templates_name ON templates (name COLLATE NOCASE);

      CREATE TABLE campaigns (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        list_id INTEGER REFERENCES contact_lists (id) ON DELETE SET NULL,
        list_name TEXT NOT NULL,
        template_id INTEGER REFERENCES templates (id) ON DELETE SET NULL,
        template_name TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN (${quoted(campaignStatuses)})),
        dry_run INTEGER NOT NULL CHECK (dry_run IN (0, 1)),
        pacing TEXT NOT NULL ${jsonOf('pacing', 'object')},
        variant_rule TEXT NOT NULL ${jsonOf('variant_rule', 'object')},
        template_snapshot TEXT NOT NULL ${jsonOf('template_snapshot', 'array')},
        status_reason TEXT,
        scheduled_at TEXT,
        created_at TEXT NOT NULL,
        started_at TEXT,
        finished_at TEXT,
        prepared INTEGER NOT NULL DEFAULT 0 CHECK (prepared IN (0, 1))
      ) STRICT;
      CREATE INDEX campaigns_status ON campaigns (status);
      CREATE INDEX campaigns_created ON campaigns (created_at);

      CREATE TABLE messages (
        id INTEGER PRIMARY KEY,
        campaign_id INTEGER NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
        contact_id INTEGER NOT NULL,
        phone_e164 TEXT NOT NULL,
        name TEXT,
        variant TEXT NOT NULL,
        body TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN (${quoted(messageStatuses)})),
        attempts INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
        next_attempt_at TEXT,
        error_category TEXT CHECK (error_category IS NULL OR error_category IN (${quoted(releasedErrorCategories)})),
        error_detail TEXT,
        wa_message_id TEXT,
        queued_at TEXT NOT NULL,
        sending_at TEXT,
        sent_at TEXT,
        delivered_at TEXT,
        read_at TEXT,
        replied_at TEXT,
        failed_at TEXT,
        updated_at TEXT NOT NULL,
        UNIQUE (campaign_id, contact_id)
      ) STRICT;
      CREATE INDEX messages_campaign_status ON messages (campaign_id, status, id);
      CREATE INDEX messages_campaign_sent ON messages (campaign_id, sent_at);
      CREATE INDEX messages_phone_status ON messages (phone_e164, status);
      CREATE INDEX messages_wa_id ON messages (wa_message_id) WHERE wa_message_id IS NOT NULL;

      CREATE TABLE message_events (
        id INTEGER PRIMARY KEY,
        message_id INTEGER NOT NULL REFERENCES messages (id) ON DELETE CASCADE,
        campaign_id INTEGER NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
        at TEXT NOT NULL,
        from_status TEXT CHECK (from_status IS NULL OR from_status IN (${quoted(messageStatuses)})),
        to_status TEXT NOT NULL CHECK (to_status IN (${quoted(messageStatuses)})),
        category TEXT,
        detail TEXT
      ) STRICT;
      CREATE INDEX message_events_campaign ON message_events (campaign_id, id);
      CREATE INDEX message_events_message ON message_events (message_id, id);
      -- The audit trail is append-only: history is never rewritten (deleting a campaign still removes it).
      CREATE TRIGGER message_events_append_only BEFORE UPDATE ON message_events
      BEGIN
        SELECT RAISE(ABORT, 'message_events is append-only');
      END;
    `)
  },
}
