import type { Migration } from './migration'

// Issue 19: every custom report on a million messages in under half a second. Two kinds still read every
// message: reports of contacts (each number counted once per group, which no rollup per campaign can tell)
// and times by country (insight_durations holds a histogram per campaign, day and number, not per
// number prefix). Two rollups answer them, kept by triggers like the others:
// - insight_contacts: per kind of campaign (dry run or not), month of queueing and number, its messages
//   and how many reached each stage, counted as insight_status counts them. A number reached a stage in
//   a month when its count there is above 0; the months of a period are read from here, the days at its
//   edges from the messages.
// - insight_prefix_durations: per stage, kind of campaign, month of queueing and 5-character number
//   prefix, how many sent → stage times fall in each bucket of insight_durations.
// The time indexes gain the number's prefix, so that a country's times are read from them alone.
// A campaign's kind is read from the campaign as its messages change; its own triggers take its messages
// out when it goes (before the cascade, which the messages' triggers skip) and move them if its kind
// changes. Written out in full: a migration never changes.

const month = (r: string): string => `substr(${r}.queued_at, 1, 7)`
const sent = (r: string): string =>
  `(coalesce(${r}.sent_at, ${r}.delivered_at, ${r}.read_at, ${r}.replied_at) IS NOT NULL)`
const delivered = (r: string): string =>
  `(coalesce(${r}.delivered_at, ${r}.read_at, ${r}.replied_at) IS NOT NULL)`
const read = (r: string): string => `(coalesce(${r}.read_at, ${r}.replied_at) IS NOT NULL)`
const replied = (r: string): string => `(${r}.replied_at IS NOT NULL)`
const col = (r: string, name: string): string => (r === '' ? name : `${r}.${name}`)

/** Seconds from sent to a later stage, and its bucket: migration 0006's, as the time indexes hold them. */
const seconds = (r: string, stage: string): string =>
  `((julianday(${col(r, stage)}) - julianday(${col(r, 'sent_at')})) * 86400.0)`
const bucket = (r: string, stage: string): string =>
  `coalesce(CASE WHEN ${seconds(r, stage)} < 1 THEN 0 ELSE 1 + CAST(log2(${seconds(r, stage)}) * 8 AS INTEGER) END, 0)`
const stages = [
  ['deliver', 'delivered_at'],
  ['read', 'read_at'],
  ['reply', 'replied_at'],
] as const

/** What one message adds to a rollup: its columns (`dry` is the campaign's kind), when `where` holds. */
type Part = { exprs: (r: string, dry: string) => string[]; where: (r: string) => string }

type Rollup = { table: string; keys: readonly string[]; values: readonly string[]; parts: readonly Part[] }

const flags = (r: string): string[] => [
  sent(r),
  delivered(r),
  read(r),
  replied(r),
  `(${r}.status = 'failed')`,
  `(${r}.status = 'skipped')`,
]

const contacts: Rollup = {
  table: 'insight_contacts',
  keys: ['dry_run', 'month', 'phone_e164'],
  values: ['n', 'sent', 'delivered', 'read', 'replied', 'failed', 'skipped'],
  parts: [{ exprs: (r, dry) => [dry, month(r), `${r}.phone_e164`, '1', ...flags(r)], where: () => 'true' }],
}

const hasTime = (r: string, column: string): string =>
  `(${r}.${column} IS NOT NULL AND ${r}.sent_at IS NOT NULL)`

const durationPart = ([stage, column]: (typeof stages)[number]): Part => ({
  exprs: (r, dry) => [`'${stage}'`, dry, month(r), `substr(${r}.phone_e164, 1, 5)`, bucket(r, column), '1'],
  where: (r) => hasTime(r, column),
})

const durations: Rollup = {
  table: 'insight_prefix_durations',
  keys: ['stage', 'dry_run', 'month', 'prefix', 'bucket'],
  values: ['n'],
  parts: stages.map(durationPart),
}

const columnsOf = (t: Rollup): string[] => [...t.keys, ...t.values]
const merge = (t: Rollup): string =>
  `ON CONFLICT (${t.keys.join(', ')}) DO UPDATE SET ${t.values.map((v) => `${v} = ${v} + excluded.${v}`).join(', ')};`

/** A message's part as a SELECT of the rollup's columns, its kind read from its campaign (none without). */
function select(t: Rollup, p: Part, r: string, sign: 1 | -1): string {
  const names = columnsOf(t)
  const exprs = p
    .exprs(r, 'c.dry_run')
    .map((e, i) => `${sign < 0 && t.values.includes(names[i] ?? '') ? `-${e}` : e} AS ${names[i]}`)
  return `SELECT ${exprs.join(', ')} FROM campaigns c WHERE c.id = ${r}.campaign_id AND ${p.where(r)}`
}

/** Adds (or takes out) one message's parts. */
const add = (t: Rollup, r: string, sign: 1 | -1, parts = t.parts): string =>
  `INSERT INTO ${t.table} (${columnsOf(t).join(', ')})
    ${parts.map((p) => select(t, p, r, sign)).join(' UNION ALL ')} ${merge(t)}`

/** Drops the rows a message taken out leaves empty. */
const cleanup = (t: Rollup, r: string, parts = t.parts): string =>
  `DELETE FROM ${t.table} WHERE n = 0 AND (${t.keys.join(', ')}) IN
    (SELECT ${t.keys.join(', ')} FROM (${parts.map((p) => select(t, p, r, 1)).join(' UNION ALL ')}));`

/** Every message of the campaign `k` (OLD or NEW) as parts of the kind `dry`, one row per key. */
function ofCampaign(t: Rollup, k: string, dry: string, sign: 1 | -1): string {
  const names = columnsOf(t)
  const rows = t.parts.map((p) => {
    const exprs = p.exprs('m', dry).map((e, i) => `${e} AS ${names[i]}`)
    return `SELECT ${exprs.join(', ')} FROM messages m WHERE m.campaign_id = ${k}.id AND ${p.where('m')}`
  })
  const sums = t.values.map((v) => `${sign < 0 ? '-' : ''}sum(${v})`)
  return `SELECT ${[...t.keys, ...sums].join(', ')} FROM (${rows.join(' UNION ALL ')}) WHERE true
    GROUP BY ${t.keys.join(', ')}`
}

/** Adds (or takes out) a whole campaign's messages, as of the kind `dry`. */
function shift(t: Rollup, k: string, dry: string, sign: 1 | -1): string {
  const insert = `INSERT INTO ${t.table} (${columnsOf(t).join(', ')}) ${ofCampaign(t, k, dry, sign)} ${merge(t)}`
  if (sign > 0) return insert
  return `${insert}
    DELETE FROM ${t.table} WHERE n = 0 AND (${t.keys.join(', ')}) IN
      (SELECT ${t.keys.join(', ')} FROM (${ofCampaign(t, k, dry, 1)}));`
}

const campaignExists = (r: string): string =>
  `EXISTS (SELECT 1 FROM campaigns c WHERE c.id = ${r}.campaign_id)`
const same = (exprs: (r: string) => string[]): string =>
  `(${exprs('OLD').join(', ')}) IS (${exprs('NEW').join(', ')})`

// A move (queued → sending → sent…) keeps a message in its contact's row and changes only its counts: one
// UPDATE of that row. A message that changes campaign, month or number leaves its row for another.
const contactKeys = (r: string): string[] => [`${r}.campaign_id`, month(r), `${r}.phone_e164`]
const stageDelta = flags('NEW').map(
  (now, i) => `${contacts.values[i + 1]} = ${contacts.values[i + 1]} + ${now} - ${flags('OLD')[i]}`,
)
const contactTriggers = `
  CREATE TRIGGER messages_report_contacts_insert AFTER INSERT ON messages
  BEGIN ${add(contacts, 'NEW', 1)} END;
  CREATE TRIGGER messages_report_contacts_delete AFTER DELETE ON messages WHEN ${campaignExists('OLD')}
  BEGIN ${add(contacts, 'OLD', -1)} ${cleanup(contacts, 'OLD')} END;
  CREATE TRIGGER messages_report_contacts_stage AFTER UPDATE ON messages
  WHEN ${same(contactKeys)} AND NOT ${same(flags)}
  BEGIN UPDATE insight_contacts SET ${stageDelta.join(', ')}
    WHERE dry_run = (SELECT c.dry_run FROM campaigns c WHERE c.id = NEW.campaign_id)
      AND month = ${month('NEW')} AND phone_e164 = NEW.phone_e164; END;
  CREATE TRIGGER messages_report_contacts_move AFTER UPDATE ON messages WHEN NOT ${same(contactKeys)}
  BEGIN ${add(contacts, 'OLD', -1)} ${cleanup(contacts, 'OLD')} ${add(contacts, 'NEW', 1)} END;`

// A message has a time when it was sent and reached the stage; a move touches one stage's time at most,
// and most often gives it (a receipt comes): then there is nothing to take out.
const anyTime = (r: string): string => `(${stages.map(([, c]) => hasTime(r, c)).join(' OR ')})`
const stageTriggers = (stage: (typeof stages)[number], i: number): string => {
  const [name, column] = stage
  const inputs = (r: string): string[] => [...contactKeys(r), `${r}.sent_at`, `${r}.${column}`]
  const parts = [durations.parts[i] as Part]
  return `
    CREATE TRIGGER messages_report_durations_${name} AFTER UPDATE ON messages
    WHEN NOT ${hasTime('OLD', column)} AND ${hasTime('NEW', column)}
    BEGIN ${add(durations, 'NEW', 1, parts)} END;
    CREATE TRIGGER messages_report_durations_${name}_change AFTER UPDATE ON messages
    WHEN ${hasTime('OLD', column)} AND NOT ${same(inputs)}
    BEGIN ${add(durations, 'OLD', -1, parts)} ${cleanup(durations, 'OLD', parts)}
      ${add(durations, 'NEW', 1, parts)} END;`
}
const durationTriggers = `
  CREATE TRIGGER messages_report_durations_insert AFTER INSERT ON messages WHEN ${anyTime('NEW')}
  BEGIN ${add(durations, 'NEW', 1)} END;
  CREATE TRIGGER messages_report_durations_delete AFTER DELETE ON messages
  WHEN ${anyTime('OLD')} AND ${campaignExists('OLD')}
  BEGIN ${add(durations, 'OLD', -1)} ${cleanup(durations, 'OLD')} END;
  ${stages.map(stageTriggers).join('\n')}`

const rollups = [contacts, durations] as const

const campaignTriggers = `
  CREATE TRIGGER campaigns_report_rollups_delete BEFORE DELETE ON campaigns
  BEGIN ${rollups.map((t) => shift(t, 'OLD', 'OLD.dry_run', -1)).join('\n')} END;
  CREATE TRIGGER campaigns_report_rollups_kind AFTER UPDATE OF dry_run ON campaigns
  WHEN OLD.dry_run IS NOT NEW.dry_run
  BEGIN ${rollups.map((t) => `${shift(t, 'OLD', 'OLD.dry_run', -1)} ${shift(t, 'NEW', 'NEW.dry_run', 1)}`).join('\n')} END;`

const integers = new Set(['dry_run', 'bucket'])

function table(t: Rollup): string {
  const type = (c: string): string => (integers.has(c) || t.values.includes(c) ? 'INTEGER' : 'TEXT')
  return `CREATE TABLE ${t.table} (${columnsOf(t)
    .map((c) => `${c} ${type(c)} NOT NULL`)
    .join(', ')}, PRIMARY KEY (${t.keys.join(', ')})) STRICT, WITHOUT ROWID;`
}

const backfill = (t: Rollup): string => {
  const names = columnsOf(t)
  const rows = t.parts.map((p) => {
    const exprs = p.exprs('m', 'c.dry_run').map((e, i) => `${e} AS ${names[i]}`)
    return `SELECT ${exprs.join(', ')} FROM messages m JOIN campaigns c ON c.id = m.campaign_id WHERE ${p.where('m')}`
  })
  return `INSERT INTO ${t.table} (${names.join(', ')})
    SELECT ${[...t.keys, ...t.values.map((v) => `sum(${v})`)].join(', ')} FROM (${rows.join(' UNION ALL ')})
    GROUP BY ${t.keys.join(', ')};`
}

/** Fills both rollups from the messages as they are. */
const backfillSql = rollups.map(backfill).join('\n')

/** The time indexes of migration 0019, the number's prefix last (as report-sources.ts reads it). */
const timeIndex = ([stage, column]: (typeof stages)[number]): string => `
  DROP INDEX messages_time_to_${stage};
  CREATE INDEX messages_time_to_${stage} ON messages (${bucket('', column)}, ${seconds('', column)},
    queued_at, campaign_id, account_id, substr(phone_e164, 1, 5)) WHERE ${column} IS NOT NULL AND sent_at IS NOT NULL;`

export const reportRollups: Migration = {
  version: 26,
  name: 'report-rollups',
  up(db) {
    db.exec(rollups.map(table).join('\n'))
    db.exec(stages.map(timeIndex).join('\n'))
    db.exec(backfillSql)
    db.exec([contactTriggers, durationTriggers, campaignTriggers].join('\n'))
  },
}
