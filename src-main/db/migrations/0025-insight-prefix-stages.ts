import type { Migration } from './migration'

// Issue 19: custom reports by country. insight_prefix (per campaign, day, number and number prefix) counted
// messages, sent, replied and failed, enough for the Dashboard's countries; a report of delivery or read
// rates by country then had to read every message (a second or so over a million). The rollup gains the
// other stages — delivered, read, skipped — counted the way insight_status counts them, filled once from the
// messages and kept by the same triggers as before, written out in full again (a migration never changes):
// the status rollup's part is migration 0019's, unchanged.

const day = (r: string): string => `substr(${r}.queued_at, 1, 10)`
const sent = (r: string): string =>
  `(coalesce(${r}.sent_at, ${r}.delivered_at, ${r}.read_at, ${r}.replied_at) IS NOT NULL)`
const delivered = (r: string): string =>
  `(coalesce(${r}.delivered_at, ${r}.read_at, ${r}.replied_at) IS NOT NULL)`
const read = (r: string): string => `(coalesce(${r}.read_at, ${r}.replied_at) IS NOT NULL)`
const replied = (r: string): string => `(${r}.replied_at IS NOT NULL)`

type Rollup = {
  table: string
  keys: readonly string[]
  values: readonly string[]
  /** Extra columns merged otherwise than by adding (the prefix's sample number). */
  sample: boolean
  row(r: string): readonly string[]
}

const status: Rollup = {
  table: 'insight_status',
  keys: ['campaign_id', 'day', 'account_id', 'status', 'variant', 'category'],
  values: ['n', 'sent', 'delivered', 'read', 'replied'],
  sample: false,
  row: (r) => [
    `${r}.campaign_id`,
    day(r),
    `${r}.account_id`,
    `${r}.status`,
    `${r}.variant`,
    `coalesce(${r}.error_category, '')`,
    '1',
    sent(r),
    delivered(r),
    read(r),
    replied(r),
  ],
}

const prefix: Rollup = {
  table: 'insight_prefix',
  keys: ['campaign_id', 'day', 'account_id', 'prefix'],
  values: ['n', 'sent', 'replied', 'failed', 'delivered', 'read', 'skipped'],
  sample: true,
  row: (r) => [
    `${r}.campaign_id`,
    day(r),
    `${r}.account_id`,
    `substr(${r}.phone_e164, 1, 5)`,
    '1',
    sent(r),
    replied(r),
    `(${r}.status = 'failed')`,
    delivered(r),
    read(r),
    `(${r}.status = 'skipped')`,
    `${r}.phone_e164`,
  ],
}

const columnsOf = (t: Rollup): string[] => [...t.keys, ...t.values, ...(t.sample ? ['sample'] : [])]

/** A message's row as a SELECT of the rollup's columns, its counts subtracted when `negate`. */
function select(t: Rollup, r: string, negate = false, also = ''): string {
  const names = columnsOf(t)
  const exprs = t.row(r).map((e, i) => {
    const name = names[i] ?? ''
    return `${negate && t.values.includes(name) ? `-${e}` : e} AS ${name}`
  })
  return `SELECT ${exprs.join(', ')} WHERE true${also}`
}

const campaignExists = (r: string): string =>
  `EXISTS (SELECT 1 FROM campaigns c WHERE c.id = ${r}.campaign_id)`

function add(t: Rollup, r: string, sign: 1 | -1): string {
  const merge = t.values.map((v) => `${v} = ${v} + excluded.${v}`)
  if (t.sample) merge.push('sample = min(sample, excluded.sample)')
  const also = sign < 0 ? ` AND ${campaignExists(r)}` : ''
  return `INSERT INTO ${t.table} (${columnsOf(t).join(', ')}) ${select(t, r, sign < 0, also)}
    ON CONFLICT (${t.keys.join(', ')}) DO UPDATE SET ${merge.join(', ')};`
}

const cleanup = (t: Rollup, r: string): string =>
  `DELETE FROM ${t.table} WHERE n = 0 AND (${t.keys.join(', ')}) IN
    (SELECT ${t.keys.join(', ')} FROM (${select(t, r)}));`

const depends = ['status', 'variant', 'error_category', 'phone_e164', 'sent_at', 'delivered_at', 'read_at']
const changed = (): string => {
  const all = ['campaign_id', 'queued_at', 'account_id', ...depends, 'replied_at']
  return `(${all.map((c) => `OLD.${c}`).join(', ')}) IS NOT (${all.map((c) => `NEW.${c}`).join(', ')})`
}

const group = [status, prefix]
const each = (step: (t: Rollup) => string): string => group.map(step).join('\n')

/** Migration 0019's counts triggers, the prefix's new counts in them. */
const countsTriggers = `
  DROP TRIGGER messages_insight_counts_insert;
  DROP TRIGGER messages_insight_counts_delete;
  DROP TRIGGER messages_insight_counts_update;
  CREATE TRIGGER messages_insight_counts_insert AFTER INSERT ON messages
  BEGIN ${each((t) => add(t, 'NEW', 1))} END;
  CREATE TRIGGER messages_insight_counts_delete AFTER DELETE ON messages WHEN ${campaignExists('OLD')}
  BEGIN ${each((t) => add(t, 'OLD', -1) + cleanup(t, 'OLD'))} END;
  CREATE TRIGGER messages_insight_counts_update AFTER UPDATE ON messages WHEN ${changed()}
  BEGIN ${each((t) => add(t, 'OLD', -1) + cleanup(t, 'OLD') + add(t, 'NEW', 1))} END;`

/** The new counts of every prefix row, from the messages as they are. */
export const prefixStagesBackfillSql = `
  UPDATE insight_prefix AS p SET delivered = x.delivered, read = x.read, skipped = x.skipped
  FROM (SELECT m.campaign_id, ${day('m')} AS day, m.account_id, substr(m.phone_e164, 1, 5) AS prefix,
      sum(${delivered('m')}) AS delivered, sum(${read('m')}) AS read, sum(m.status = 'skipped') AS skipped
    FROM messages m GROUP BY m.campaign_id, ${day('m')}, m.account_id, substr(m.phone_e164, 1, 5)) x
  WHERE p.campaign_id = x.campaign_id AND p.day = x.day AND p.account_id = x.account_id AND p.prefix = x.prefix;`

export const insightPrefixStages: Migration = {
  version: 25,
  name: 'insight-prefix-stages',
  up(db) {
    db.exec(`
      ALTER TABLE insight_prefix ADD COLUMN delivered INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE insight_prefix ADD COLUMN read INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE insight_prefix ADD COLUMN skipped INTEGER NOT NULL DEFAULT 0;`)
    db.exec(prefixStagesBackfillSql)
    db.exec(countsTriggers)
  },
}
