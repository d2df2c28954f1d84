import type { Migration } from './migration'

// Issue 17: a workspace sends from several numbers, and the dashboard breaks its figures down by number and
// filters by one. The rollups of migration 0006 gain the sending number (`account_id`) as a key: the same
// tables, triggers and backfill with one key more, written out in full again (a migration never changes).
// While every message is the first number's, as migration 0018 left them, each rollup keeps the rows it
// had, now the first number's (a million messages' rollups are copied in a moment, where counting them
// again takes seconds); otherwise they are counted again from the messages. The indexes the analytics read
// single messages from (percentiles, opt-outs by reply) gain `account_id` at their end, so a dashboard
// filtered by number still finds its messages without reading the rows.

// Expressions on one messages row `r` (NEW, OLD or a table alias), as the analytics define them.
const day = (r: string): string => `substr(${r}.queued_at, 1, 10)`
const sent = (r: string): string =>
  `(coalesce(${r}.sent_at, ${r}.delivered_at, ${r}.read_at, ${r}.replied_at) IS NOT NULL)`
const delivered = (r: string): string =>
  `(coalesce(${r}.delivered_at, ${r}.read_at, ${r}.replied_at) IS NOT NULL)`
const read = (r: string): string => `(coalesce(${r}.read_at, ${r}.replied_at) IS NOT NULL)`
const replied = (r: string): string => `(${r}.replied_at IS NOT NULL)`
const col = (r: string, name: string): string => (r === '' ? name : `${r}.${name}`)

/** Seconds from sent to a later stage, and its histogram bucket (8 per doubling; under 1 s is 0). */
const seconds = (r: string, stage: string): string =>
  `((julianday(${col(r, stage)}) - julianday(${col(r, 'sent_at')})) * 86400.0)`
const bucket = (r: string, stage: string): string =>
  `coalesce(CASE WHEN ${seconds(r, stage)} < 1 THEN 0 ELSE 1 + CAST(log2(${seconds(r, stage)}) * 8 AS INTEGER) END, 0)`
const stages = [
  ['deliver', 'delivered_at'],
  ['read', 'read_at'],
  ['reply', 'replied_at'],
] as const

/** One rollup: `parts(r)` are the rows a message adds (keys, then counts; `n` counts the rows). */
type Rollup = {
  table: string
  keys: readonly string[]
  values: readonly string[]
  /** Columns a message's contribution depends on: an update that changes none of them is skipped. */
  depends: readonly string[]
  /** Whether a message adds anything at all (a queued message has no send time, no duration…). */
  when(r: string): string
  parts(r: string): Part[]
}

type Part = { exprs: readonly string[]; where: string }
const part = (exprs: readonly string[], where = 'true'): Part => ({ exprs, where })
const columnsOf = (t: Rollup): string[] => [...t.keys, ...t.values, ...(t === prefix ? ['sample'] : [])]

/** A part as a SELECT of the rollup's columns, its counts subtracted when `negate`, `also` required. */
const select = (t: Rollup, p: Part, from = '', negate = false, also = ''): string => {
  const names = columnsOf(t)
  const exprs = p.exprs.map(
    (e, i) => `${negate && t.values.includes(names[i] ?? '') ? `-${e}` : e} AS ${names[i]}`,
  )
  return `SELECT ${exprs.join(', ')} ${from} WHERE ${p.where}${also}`
}

const status: Rollup = {
  table: 'insight_status',
  keys: ['campaign_id', 'day', 'account_id', 'status', 'variant', 'category'],
  values: ['n', 'sent', 'delivered', 'read', 'replied'],
  depends: ['status', 'variant', 'error_category', 'sent_at', 'delivered_at', 'read_at', 'replied_at'],
  when: () => 'true',
  parts: (r) => [
    part([
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
    ]),
  ],
}

// `sample` is one number with the prefix (the smallest seen), for telling its country.
const prefix: Rollup = {
  table: 'insight_prefix',
  keys: ['campaign_id', 'day', 'account_id', 'prefix'],
  values: ['n', 'sent', 'replied', 'failed'],
  depends: ['phone_e164', 'status', 'sent_at', 'delivered_at', 'read_at', 'replied_at'],
  when: () => 'true',
  parts: (r) => [
    part([
      `${r}.campaign_id`,
      day(r),
      `${r}.account_id`,
      `substr(${r}.phone_e164, 1, 5)`,
      '1',
      sent(r),
      replied(r),
      `(${r}.status = 'failed')`,
      `${r}.phone_e164`,
    ]),
  ],
}

// Per day a message was sent (or failed): the daily trend.
const daily: Rollup = {
  table: 'insight_daily',
  keys: ['campaign_id', 'day', 'account_id', 'on_day'],
  values: ['n', 'sent', 'delivered', 'read', 'replied', 'failed'],
  depends: ['status', 'sent_at', 'delivered_at', 'read_at', 'replied_at', 'failed_at'],
  when: (r) => `(${r}.sent_at IS NOT NULL OR ${r}.failed_at IS NOT NULL)`,
  parts: (r) => [
    part(
      [
        `${r}.campaign_id`,
        day(r),
        `${r}.account_id`,
        `substr(${r}.sent_at, 1, 10)`,
        '1',
        '1',
        delivered(r),
        read(r),
        replied(r),
        '0',
      ],
      `${r}.sent_at IS NOT NULL`,
    ),
    part(
      [
        `${r}.campaign_id`,
        day(r),
        `${r}.account_id`,
        `substr(${r}.failed_at, 1, 10)`,
        '1',
        '0',
        '0',
        '0',
        '0',
        '1',
      ],
      `${r}.status = 'failed' AND ${r}.failed_at IS NOT NULL`,
    ),
  ],
}

// Sends by the UTC weekday and hour they went out (with how many got a reply), replies by when they came.
const hours: Rollup = {
  table: 'insight_hours',
  keys: ['campaign_id', 'day', 'account_id', 'kind', 'weekday', 'hour'],
  values: ['n', 'replied'],
  depends: ['sent_at', 'replied_at'],
  when: (r) => `(${r}.sent_at IS NOT NULL OR ${r}.replied_at IS NOT NULL)`,
  parts: (r) => {
    const at = (c: string): string[] => [
      // An unreadable time has no weekday: -1, which the heatmap leaves out, never a failed write.
      `coalesce(CAST(strftime('%w', ${r}.${c}) AS INTEGER), -1)`,
      `CAST(substr(${r}.${c}, 12, 2) AS INTEGER)`,
    ]
    const keys = [`${r}.campaign_id`, day(r), `${r}.account_id`]
    return [
      part([...keys, "'send'", ...at('sent_at'), '1', replied(r)], `${r}.sent_at IS NOT NULL`),
      part([...keys, "'reply'", ...at('replied_at'), '1', '0'], `${r}.replied_at IS NOT NULL`),
    ]
  },
}

// How many sent → stage times fall in each bucket: finds the bucket of the median without reading them all.
const durations: Rollup = {
  table: 'insight_durations',
  keys: ['stage', 'bucket', 'campaign_id', 'day', 'account_id'],
  values: ['n'],
  depends: ['sent_at', 'delivered_at', 'read_at', 'replied_at'],
  when: (r) => `(${r}.sent_at IS NOT NULL AND ${delivered(r)})`,
  parts: (r) =>
    stages.map(([stage, column]) =>
      part(
        [`'${stage}'`, bucket(r, column), `${r}.campaign_id`, day(r), `${r}.account_id`, '1'],
        `${r}.${column} IS NOT NULL AND ${r}.sent_at IS NOT NULL`,
      ),
    ),
}

// Delivered messages to numbers that have never sent a read receipt (insight_readers counts, per number,
// the messages with one): the read rate leaves them out and shows them apart.
const silent: Rollup = {
  table: 'insight_silent',
  keys: ['phone_e164', 'campaign_id', 'day', 'account_id'],
  values: ['n', 'replied'],
  depends: ['delivered_at', 'read_at', 'replied_at'],
  when: (r) => delivered(r),
  parts: (r) => [
    part(
      [`${r}.phone_e164`, `${r}.campaign_id`, day(r), `${r}.account_id`, '1', read(r)],
      `${delivered(r)} AND NOT EXISTS (SELECT 1 FROM insight_readers x WHERE x.phone_e164 = ${r}.phone_e164)`,
    ),
  ],
}

const rollups = [status, prefix, daily, hours, durations] as const
const tableNames = [...rollups, silent].map((t) => t.table)

// While a campaign is deleted its messages go by cascade after the campaign row: their triggers then
// skip the rollups, and the campaign's own trigger drops its rows at once (far cheaper than one by one).
const campaignExists = (r: string): string =>
  `EXISTS (SELECT 1 FROM campaigns c WHERE c.id = ${r}.campaign_id)`

// Straight INSERT … SELECT (no subquery): a trigger runs it for every message written.
function add(t: Rollup, r: string, sign: 1 | -1): string {
  const merge = t.values.map((v) => `${v} = ${v} + excluded.${v}`)
  if (t === prefix) merge.push('sample = min(sample, excluded.sample)')
  const also = sign < 0 ? ` AND ${campaignExists(r)}` : ''
  const rows = t.parts(r).map((p) => select(t, p, '', sign < 0, also))
  return `INSERT INTO ${t.table} (${columnsOf(t).join(', ')}) ${rows.join(' UNION ALL ')}
    ON CONFLICT (${t.keys.join(', ')}) DO UPDATE SET ${merge.join(', ')};`
}

/** Drops the rows a removed message leaves empty, so that no row of zeros stays behind. */
const cleanup = (t: Rollup, r: string): string => {
  const rows = t.parts(r).map((p) => select(t, p))
  return `DELETE FROM ${t.table} WHERE n = 0 AND (${t.keys.join(', ')}) IN
    (SELECT ${t.keys.join(', ')} FROM (${rows.join(' UNION ALL ')}));`
}

// A message moved to another number (a share taken over) moves its counts with it.
const changed = (columns: readonly string[]): string => {
  const all = ['campaign_id', 'queued_at', 'account_id', ...columns]
  return `(${all.map((c) => `OLD.${c}`).join(', ')}) IS NOT (${all.map((c) => `NEW.${c}`).join(', ')})`
}

/** One trigger per change for rollups that are maintained together. */
function triggers(name: string, group: readonly Rollup[]): string {
  const when = (r: string): string => `(${group.map((t) => t.when(r)).join(' OR ')})`
  const each = (step: (t: Rollup) => string): string => group.map(step).join('\n')
  const depends = [...new Set(group.flatMap((t) => t.depends))]
  return `
    CREATE TRIGGER messages_insight_${name}_insert AFTER INSERT ON messages WHEN ${when('NEW')}
    BEGIN ${each((t) => add(t, 'NEW', 1))} END;
    CREATE TRIGGER messages_insight_${name}_delete AFTER DELETE ON messages
    WHEN ${when('OLD')} AND ${campaignExists('OLD')}
    BEGIN ${each((t) => add(t, 'OLD', -1) + cleanup(t, 'OLD'))} END;
    CREATE TRIGGER messages_insight_${name}_update AFTER UPDATE ON messages
    WHEN ${changed(depends)} AND (${when('OLD')} OR ${when('NEW')})
    BEGIN ${each((t) => add(t, 'OLD', -1) + cleanup(t, 'OLD') + add(t, 'NEW', 1))} END;`
}

// A message leaving: its own silent share first (the number's receipt state is still the old one), then
// its receipt; a number whose last read message goes becomes silent, and so do its other deliveries.
const leave = `
  ${add(silent, 'OLD', -1)} ${cleanup(silent, 'OLD')}
  UPDATE insight_readers SET reads = reads - 1 WHERE OLD.read_at IS NOT NULL AND phone_e164 = OLD.phone_e164;
  DELETE FROM insight_readers WHERE phone_e164 = OLD.phone_e164 AND reads <= 0;
  INSERT INTO insight_silent (phone_e164, campaign_id, day, account_id, n, replied)
    SELECT m.phone_e164, m.campaign_id, ${day('m')}, m.account_id, count(*), sum(${read('m')}) FROM messages m
    WHERE OLD.read_at IS NOT NULL AND m.phone_e164 = OLD.phone_e164 AND m.id <> OLD.id AND ${delivered('m')}
      AND NOT EXISTS (SELECT 1 FROM insight_readers x WHERE x.phone_e164 = OLD.phone_e164)
      AND ${campaignExists('m')}
    GROUP BY m.campaign_id, ${day('m')}, m.account_id
    ON CONFLICT (phone_e164, campaign_id, day, account_id)
      DO UPDATE SET n = n + excluded.n, replied = replied + excluded.replied;`

// A message arriving: a read receipt makes its number a reader, whose deliveries are then no longer silent.
const arrive = `
  DELETE FROM insight_silent WHERE NEW.read_at IS NOT NULL AND phone_e164 = NEW.phone_e164;
  INSERT INTO insight_readers (phone_e164, reads) SELECT NEW.phone_e164, 1 WHERE NEW.read_at IS NOT NULL
    ON CONFLICT (phone_e164) DO UPDATE SET reads = reads + 1;
  ${add(silent, 'NEW', 1)}`

const receiptStateChanges =
  '((OLD.read_at IS NULL) <> (NEW.read_at IS NULL) OR OLD.phone_e164 IS NOT NEW.phone_e164)'

const silentTriggers = `
  CREATE TRIGGER messages_insight_silent_insert AFTER INSERT ON messages
  WHEN NEW.read_at IS NOT NULL OR ${silent.when('NEW')} BEGIN ${arrive} END;
  CREATE TRIGGER messages_insight_silent_delete AFTER DELETE ON messages
  WHEN OLD.read_at IS NOT NULL OR (${silent.when('OLD')} AND ${campaignExists('OLD')})
  BEGIN ${leave} END;
  CREATE TRIGGER messages_insight_silent_receipt AFTER UPDATE ON messages WHEN ${receiptStateChanges}
  BEGIN ${leave} ${arrive} END;
  CREATE TRIGGER messages_insight_silent_update AFTER UPDATE ON messages
  WHEN NOT ${receiptStateChanges} AND ${changed(silent.depends)} AND (${silent.when('OLD')} OR ${silent.when('NEW')})
  BEGIN ${add(silent, 'OLD', -1)} ${cleanup(silent, 'OLD')} ${add(silent, 'NEW', 1)} END;`

const campaignTrigger = `
  CREATE TRIGGER campaigns_insight_delete AFTER DELETE ON campaigns
  BEGIN ${tableNames.map((t) => `DELETE FROM ${t} WHERE campaign_id = OLD.id;`).join(' ')} END;`

const allTriggers = [
  triggers('counts', [status, prefix]),
  triggers('daily', [daily]),
  triggers('hours', [hours]),
  triggers('durations', [durations]),
  silentTriggers,
  campaignTrigger,
].join('\n')

const backfill = (t: Rollup): string => {
  const sums = [...t.keys, ...t.values.map((v) => `sum(${v})`), ...(t === prefix ? ['min(sample)'] : [])]
  const rows = t.parts('m').map((p) => select(t, p, 'FROM messages m'))
  return `INSERT INTO ${t.table} (${columnsOf(t).join(', ')}) SELECT ${sums.join(', ')}
    FROM (${rows.join(' UNION ALL ')}) GROUP BY ${t.keys.join(', ')};`
}

/** The time from sent to each stage, ordered within its bucket: reads one value by rank cheaply. */
const timeIndex = ([stage, column]: (typeof stages)[number]): string =>
  `CREATE INDEX messages_time_to_${stage} ON messages (${bucket('', column)}, ${seconds('', column)},
    queued_at, campaign_id, account_id) WHERE ${column} IS NOT NULL AND sent_at IS NOT NULL;`

const integers = new Set(['campaign_id', 'account_id', 'weekday', 'hour', 'bucket'])

/** A rollup's table: its keys then its counts, all NOT NULL (a null key would never match an upsert). */
function table(t: Rollup): string {
  const columns = [...t.keys, ...t.values, ...(t === prefix ? ['sample'] : [])]
  const type = (c: string): string => (integers.has(c) || t.values.includes(c) ? 'INTEGER' : 'TEXT')
  return `CREATE TABLE ${t.table} (${columns.map((c) => `${c} ${type(c)} NOT NULL`).join(', ')},
    PRIMARY KEY (${t.keys.join(', ')})) STRICT, WITHOUT ROWID;`
}

// What migration 0006 made, by name: its triggers, its rollups (kept aside until copied) and their
// indexes, and the message indexes made again longer. insight_readers (per recipient) stays.
const oldTriggers = [
  ...['counts', 'daily', 'hours', 'durations'].flatMap((group) =>
    ['insert', 'delete', 'update'].map((change) => `messages_insight_${group}_${change}`),
  ),
  ...['insert', 'delete', 'receipt', 'update'].map((change) => `messages_insight_silent_${change}`),
  'campaigns_insight_delete',
]
const aside = (table: string): string => `${table}_0006`
const setAside = `
  ${oldTriggers.map((name) => `DROP TRIGGER ${name};`).join('\n')}
  ${tableNames.map((name) => `ALTER TABLE ${name} RENAME TO ${aside(name)};`).join('\n')}
  DROP INDEX insight_durations_campaign;
  DROP INDEX insight_silent_campaign;
  ${stages.map(([stage]) => `DROP INDEX messages_time_to_${stage};`).join('\n')}
  DROP INDEX messages_replies;`

/** A rollup's rows as they were, each now the first number's. */
const copy = (t: Rollup): string => {
  const columns = columnsOf(t)
  const values = columns.map((c) => (c === 'account_id' ? '1' : c))
  return `INSERT INTO ${t.table} (${columns.join(', ')}) SELECT ${values.join(', ')} FROM ${aside(t.table)};`
}

const tables = `
  ${[...rollups, silent].map(table).join('\n')}
  CREATE INDEX insight_durations_campaign ON insight_durations (campaign_id, day);
  CREATE INDEX insight_silent_campaign ON insight_silent (campaign_id, day);
  -- Replies by number and time: which message an opt-out by reply answered, and from which number.
  CREATE INDEX messages_replies ON messages (phone_e164, replied_at, queued_at, campaign_id, account_id)
    WHERE replied_at IS NOT NULL;`

/** The SQL that fills every rollup from the messages as they are; the tests compare the triggers to it. */
export const insightBackfillSql = `
  ${rollups.map(backfill).join('\n')}
  INSERT INTO insight_readers (phone_e164, reads)
    SELECT phone_e164, count(*) FROM messages WHERE read_at IS NOT NULL GROUP BY phone_e164;
  ${backfill(silent)}`

export const insightByAccount: Migration = {
  version: 19,
  name: 'insight-by-account',
  up(db) {
    db.exec(setAside)
    db.exec(tables)
    db.exec(stages.map(timeIndex).join('\n'))
    const oneNumber = db.prepare('SELECT NOT EXISTS (SELECT 1 FROM messages WHERE account_id <> 1)').pluck()
    if (oneNumber.get() === 1) db.exec([...rollups, silent].map(copy).join('\n'))
    else {
      db.exec('DELETE FROM insight_readers')
      db.exec(insightBackfillSql)
    }
    db.exec(tableNames.map((name) => `DROP TABLE ${aside(name)};`).join('\n'))
    db.exec(allTriggers)
  },
}
