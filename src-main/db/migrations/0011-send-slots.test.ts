import { describe, expect, it } from 'vitest'
import { seedHistory } from '../history-fixtures.test-support'
import { schemaAt, upgrade } from './schema.test-support'

const ago = (days: number): string => new Date(Date.now() - days * 86_400_000).toISOString()

describe('migration 0011 send-slots', () => {
  it('counts the sends of the last two days at once, and keeps when each account first sent', () => {
    const db = schemaAt(10)
    seedHistory(db, [
      {
        name: 'Live, long ago and yesterday',
        createdAt: ago(40),
        dryRun: false,
        messages: [
          { phone: '+447911100001', name: null, status: 'delivered', sentAt: ago(30) },
          { phone: '+447911100002', name: null, status: 'sent', sentAt: ago(1) },
          { phone: '+447911100003', name: null, status: 'queued' },
        ],
      },
      {
        name: 'Rehearsal today',
        createdAt: ago(0.5),
        messages: [{ phone: '+447911100004', name: null, status: 'sent', sentAt: ago(0.1) }],
      },
    ])
    upgrade(db)
    const slots = db.prepare('SELECT account, at FROM send_slots ORDER BY account, at').all() as {
      account: string
      at: number
    }[]
    expect(slots.map((s) => s.account)).toEqual(['dry-run', 'whatsapp', 'whatsapp'])
    // The dry run's send, the live account's first send a month ago, and yesterday's (to the millisecond, less
    // the rounding of SQLite's julian days)
    const expected = [ago(0.1), ago(30), ago(1)].map((iso) => Date.parse(iso))
    slots.forEach((slot, i) => expect(Math.abs(slot.at - expected[i]!)).toBeLessThan(2000))
  })
})
