import type { Migration } from './migration'

/** The alert events as of this migration (src-shared/domain/alerts.ts `alertEvents`). */
export const alertEventsOf0024 = [
  'finished',
  'paused',
  'breaker',
  'opt-out-rate',
  'disconnected',
  'schedule-failed',
] as const

const quoted = (values: readonly string[]): string => values.map((v) => `'${v}'`).join(', ')

export const alerts: Migration = {
  version: 24,
  name: 'alerts',
  up(db) {
    // A rule: what to watch for, and where the alert goes (a desktop notification, a signed webhook, or
    // both). Each delivery attempt is a row of its own, so that the log shows every try and a retry waiting
    // for its time survives a restart; `body` is what is posted, byte for byte, so a retry signs the same
    // text. `event_key` names what happened (a campaign's finish, one pause): one alert per rule for it.
    db.exec(`
      CREATE TABLE alert_rules (
        id INTEGER PRIMARY KEY,
        event TEXT NOT NULL CHECK (event IN (${quoted(alertEventsOf0024)})),
        threshold REAL CHECK (threshold IS NULL OR (threshold > 0 AND threshold <= 100)),
        notify INTEGER NOT NULL CHECK (notify IN (0, 1)),
        webhook_url TEXT,
        webhook_secret TEXT,
        include_text INTEGER NOT NULL DEFAULT 0 CHECK (include_text IN (0, 1)),
        enabled INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK (notify = 1 OR webhook_url IS NOT NULL),
        CHECK (webhook_url IS NULL OR webhook_secret IS NOT NULL)
      ) STRICT;

      CREATE TABLE alert_deliveries (
        id INTEGER PRIMARY KEY,
        delivery_id TEXT NOT NULL,
        rule_id INTEGER NOT NULL REFERENCES alert_rules (id) ON DELETE CASCADE,
        event TEXT NOT NULL CHECK (event IN (${quoted(alertEventsOf0024)})),
        event_key TEXT NOT NULL,
        test INTEGER NOT NULL DEFAULT 0 CHECK (test IN (0, 1)),
        channel TEXT NOT NULL CHECK (channel IN ('notification', 'webhook')),
        attempt INTEGER NOT NULL CHECK (attempt >= 1),
        status TEXT NOT NULL CHECK (status IN ('pending', 'sending', 'delivered', 'failed')),
        http_status INTEGER,
        error TEXT,
        title TEXT NOT NULL,
        body TEXT NOT NULL,
        next_attempt_at TEXT,
        created_at TEXT NOT NULL,
        finished_at TEXT,
        UNIQUE (rule_id, event_key, channel, attempt)
      ) STRICT;
      CREATE INDEX alert_deliveries_latest ON alert_deliveries (rule_id, id DESC);
      CREATE INDEX alert_deliveries_waiting ON alert_deliveries (status) WHERE status IN ('pending', 'sending');
    `)
  },
}
