import { describe, expect, it } from 'vitest'
import type { TestContext } from '../../context.test-support'
import { seedHistory } from '../../db/history-fixtures.test-support'
import { withFreshContext } from '../../context.test-support'
import { campaignCommand } from './campaign'
import { runCommand } from './cli-harness.test-support'

let ctx: TestContext
withFreshContext((fresh) => (ctx = fresh))

const herald = (...argv: string[]): ReturnType<typeof runCommand> => runCommand(ctx, campaignCommand, ...argv)

describe('herald campaign retry', () => {
  it('creates a campaign to the failed or unsent contacts, even when list and template are gone', async () => {
    const [id] = seedHistory(ctx.db, [
      {
        name: 'March',
        status: 'cancelled',
        createdAt: '2026-03-02T09:00:00.000Z',
        messages: [
          { phone: '+447911000001', name: 'Ana', status: 'replied' },
          { phone: '+447911000002', name: 'Ben', status: 'failed', category: 'timeout' },
          { phone: '+447911000003', name: 'Caro', status: 'skipped' },
          { phone: '+447911000004', name: 'Dev', status: 'skipped', category: 'not_on_whatsapp' },
        ],
      },
    ])
    const failed = await herald('retry', String(id), '--failed', '--json')
    expect(failed.status).toBe(0)
    const made = JSON.parse(failed.out) as { id: number; contacts: number; skippedOptedOut: number }
    expect(made).toMatchObject({ contacts: 1, skippedOptedOut: 0 })
    expect(ctx.campaigns.get(made.id)).toMatchObject({ name: 'Retry of March', status: 'draft', total: 1 })

    const all = await herald('retry', String(id), '--all', '--name', 'Everyone left')
    expect(all.out).toMatch(/^Created campaign \d+ "Everyone left" to 2 contact\(s\)\./)
  })

  it('refuses a wrong choice with 2, and nothing to retry with 1', async () => {
    const [id] = seedHistory(ctx.db, [
      {
        name: 'All good',
        createdAt: '2026-03-02T09:00:00.000Z',
        messages: [{ phone: '+447911000001', name: 'Ana', status: 'sent' }],
      },
    ])
    expect((await herald('retry', String(id))).status).toBe(2)
    expect((await herald('retry', String(id), '--failed', '--unsent')).status).toBe(2)
    const nothing = await herald('retry', String(id), '--all')
    expect(nothing).toMatchObject({
      status: 1,
      err: 'herald: No failed or unsent messages in this campaign: nothing to retry.\n',
    })
  })
})
