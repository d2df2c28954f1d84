import type { Database } from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { problemsOf, schemaAt, upgrade } from './schema.test-support'

/** How SQLite finds the replies of a deleted message or campaign: what ON DELETE SET NULL runs. */
const plans = (db: Database): string[] =>
  ['message_id', 'campaign_id'].map((column) =>
    (
      db.prepare(`EXPLAIN QUERY PLAN SELECT rowid FROM conversation_messages WHERE ${column} = ?`).all(1) as {
        detail: string
      }[]
    )
      .map((row) => row.detail)
      .join('; '),
  )

describe('migration 0027 reply-links-indexes', () => {
  it('finds the replies of a deleted message or campaign by index instead of reading every reply', () => {
    const db = schemaAt(26)
    expect(plans(db)).toEqual(['SCAN conversation_messages', 'SCAN conversation_messages'])
    upgrade(db)
    expect(problemsOf(db)).toEqual([])
    expect(plans(db)).toEqual([
      'SEARCH conversation_messages USING COVERING INDEX conversation_messages_message (message_id=?)',
      'SEARCH conversation_messages USING COVERING INDEX conversation_messages_campaign (campaign_id=?)',
    ])
  })
})
