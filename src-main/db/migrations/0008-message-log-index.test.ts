import type { Database } from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { MessageLogRepo } from '../repos/message-log-repo'
import { latestSchemaVersion } from './index'
import { addSearchColumns, schemaAt } from './schema.test-support'

/** The plan of the log's filtered page, as SQLite would run it. */
function logPlan(db: Database): string {
  const traced: string[] = []
  const original = db.prepare.bind(db)
  const spy = (source: string): ReturnType<Database['prepare']> => {
    traced.push(source)
    return original(source)
  }
  ;(db as unknown as { prepare: typeof spy }).prepare = spy
  new MessageLogRepo(db).page({ campaignId: 1, variant: 'B', search: 'amira' }, 0, 200)
  const page = traced.find((source) => source.includes('hits'))
  if (!page) throw new Error('The log did not prepare its filtered page')
  const params = { campaignId: 1, variant: 'B', text: '%amira%', digits: null, limit: 200, offset: 0 }
  return (original(`EXPLAIN QUERY PLAN ${page}`).all(params) as { detail: string }[])
    .map((row) => row.detail)
    .join('\n')
}

describe('migration 0008 message-log index', () => {
  it('lets a filtered message log read the index instead of the messages with their bodies', () => {
    const before = schemaAt(7)
    addSearchColumns(before)
    expect(logPlan(before)).not.toMatch(/COVERING INDEX messages_log/)
    // Today's log searches the folded name, which 0015 put in this index in place of the name
    const after = schemaAt(latestSchemaVersion)
    expect(logPlan(after)).toMatch(/COVERING INDEX messages_log/)
  })
})
