import { describe, expect, it } from 'vitest'
import type { TestContext } from '../../context.test-support'
import { seedHistory } from '../history-fixtures.test-support'
import type { SeedMessage } from '../history-fixtures.test-support'
import { withFreshContext } from '../../context.test-support'

let ctx: TestContext
withFreshContext((fresh) => (ctx = fresh))

const messages: SeedMessage[] = [
  { phone: '+447911000001', name: 'Ana Lima', variant: 'creation', status: 'replied' },
  { phone: '+447911000002', name: 'Ben Ode', variant: 'enhancement', status: 'failed', category: 'network' },
  {
    phone: '+447911000003',
    name: 'Café 50% off',
    variant: 'creation',
    status: 'skipped',
    category: 'opted_out',
  },
  { phone: '+34600123456', name: 'Dana', variant: 'creation', status: 'failed', category: 'timeout' },
  { phone: '+34600999888', name: null, variant: 'enhancement', status: 'sent' },
  { phone: '+447911000006', name: 'Ana Cruz', variant: 'enhancement', status: 'read' },
]

function seed(): { campaignId: number; other: number } {
  const [campaignId, other] = seedHistory(ctx.db, [
    { name: 'Spring', createdAt: '2026-03-02T09:00:00.000Z', messages },
    // Another campaign to the same numbers: never part of the first one's log.
    { name: 'Other', createdAt: '2026-03-03T09:00:00.000Z', messages: messages.slice(0, 3) },
  ])
  return { campaignId: campaignId!, other: other! }
}

describe('the message log of a campaign', () => {
  it('filters by status, category and variant, alone and together', () => {
    const { campaignId } = seed()
    const log = ctx.history
    const phones = (q: Parameters<typeof log.messages>[0]): string[] =>
      log.messages(q).rows.map((r) => r.phone)

    expect(log.messages({ campaignId })).toMatchObject({ total: 6, variants: ['creation', 'enhancement'] })
    expect(phones({ campaignId, status: 'failed' })).toEqual(['+447911000002', '+34600123456'])
    expect(phones({ campaignId, category: 'timeout' })).toEqual(['+34600123456'])
    expect(phones({ campaignId, variant: 'enhancement' })).toEqual([
      '+447911000002',
      '+34600999888',
      '+447911000006',
    ])
    expect(phones({ campaignId, status: 'failed', variant: 'enhancement' })).toEqual(['+447911000002'])
    expect(phones({ campaignId, status: 'failed', category: 'opted_out' })).toEqual([])
    expect(log.messages({ campaignId, status: 'failed', category: 'opted_out' }).total).toBe(0)
  })

  it('finds a contact by part of the name, or by the phone number typed in any usual way', () => {
    const { campaignId } = seed()
    const log = ctx.history
    const names = (search: string): (string | null)[] =>
      log.messages({ campaignId, search }).rows.map((r) => r.name)

    expect(names('ANA')).toEqual(['Ana Lima', 'Dana', 'Ana Cruz'])
    expect(names('lima')).toEqual(['Ana Lima'])
    expect(names('50%')).toEqual(['Café 50% off'])
    expect(names('cafe')).toEqual(['Café 50% off'])
    expect(names('CAFÉ 50')).toEqual(['Café 50% off'])
    expect(names('+34 600 123')).toEqual(['Dana'])
    expect(names('34600123456')).toEqual(['Dana'])
    expect(names('07911 000002')).toEqual(['Ben Ode'])
    expect(names('999 888')).toEqual([null])
    expect(names('nobody')).toEqual([])
    expect(log.messages({ campaignId, search: 'ana', status: 'read' }).rows.map((r) => r.name)).toEqual([
      'Ana Cruz',
    ])
  })

  it('pages in list order with the total of the whole filter, and maps every column', () => {
    const { campaignId } = seed()
    const log = ctx.history
    const first = log.messages({ campaignId, offset: 0, limit: 4 })
    const second = log.messages({ campaignId, offset: 4, limit: 4 })
    expect(first.total).toBe(6)
    expect(second.total).toBe(6)
    expect([...first.rows, ...second.rows].map((r) => r.phone)).toEqual(messages.map((m) => m.phone))
    expect(log.messages({ campaignId, offset: 10, limit: 4 })).toMatchObject({ total: 6, rows: [] })
    expect(
      log.messages({ campaignId, variant: 'creation', offset: 2, limit: 1 }).rows.map((r) => r.name),
    ).toEqual(['Dana'])
    expect(log.messages({ campaignId, status: 'failed', offset: 1, limit: 1 }).rows[0]).toMatchObject({
      name: 'Dana',
      status: 'failed',
      category: 'timeout',
      variant: 'creation',
      queuedAt: '2026-03-02T09:00:00.000Z',
      sentAt: null,
    })
  })

  it('names the number each message went out on, and says how many numbers there are', () => {
    const { campaignId } = seed()
    expect(ctx.history.messages({ campaignId }).numbers).toBe(1)
    ctx.db.exec(
      `INSERT INTO accounts (id, name, created_at) VALUES (2, 'Shop phone', '2026-03-01T00:00:00.000Z')`,
    )
    const [twoNumbers] = seedHistory(ctx.db, [
      {
        name: 'Two numbers',
        createdAt: '2026-03-04T09:00:00.000Z',
        messages: messages.map((m, i) => ({ ...m, accountId: i % 2 === 0 ? 1 : 2 })),
      },
    ])
    ctx.db.prepare("UPDATE accounts SET removed_at = '2026-03-05T00:00:00.000Z' WHERE id = 2").run()
    const page = ctx.history.messages({ campaignId: twoNumbers!, limit: 4 })
    expect(page.numbers).toBe(2)
    // A removed number keeps its name in the history
    expect(page.rows.map((r) => [r.accountId, r.account])).toEqual([
      [1, 'My number'],
      [2, 'Shop phone'],
      [1, 'My number'],
      [2, 'Shop phone'],
    ])
    const failed = ctx.history.messages({ campaignId: twoNumbers!, status: 'failed', search: 'dana' })
    expect(failed.rows.map((r) => r.account)).toEqual(['Shop phone'])
  })

  it('says so when the campaign does not exist', () => {
    const log = ctx.history
    expect(() => log.messages({ campaignId: 999 })).toThrow(/no longer exists/)
  })
})
