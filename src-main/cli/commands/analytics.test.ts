import { describe, expect, it } from 'vitest'
import type { Analytics } from '../../../src-shared/domain/analytics'
import { analyticsJsonKeys } from '../../../src-shared/domain/analytics'
import { seedHistory } from '../../analytics/seed'
import type { TestContext } from '../../context.test-support'
import { withFreshContext } from '../../context.test-support'
import { analyticsCommand } from './analytics'
import { runCommand } from './cli-harness.test-support'

let ctx: TestContext
withFreshContext((fresh) => (ctx = fresh))

const herald = (...argv: string[]): ReturnType<typeof runCommand> =>
  runCommand(ctx, analyticsCommand, ...argv)

describe('herald analytics', () => {
  it('says how to start when there is nothing yet, and still prints every JSON key', async () => {
    expect(await herald()).toEqual({
      status: 0,
      out: 'All campaigns, all time: no messages yet. Create one with: herald campaign create\n',
      err: '',
    })
    const json = JSON.parse((await herald('--json')).out) as Record<string, unknown>
    expect(Object.keys(json)).toEqual([...analyticsJsonKeys])
  })

  it('prints exactly the documented keys as JSON, for all campaigns or one, and a summary for people', async () => {
    seedHistory(ctx.db, { campaigns: 3, messages: 600, now: new Date('2026-06-01T12:00:00Z') })
    const all = JSON.parse((await herald('--dry-runs', 'all', '--json')).out) as Analytics
    expect(JSON.parse((await herald('--json')).out)).toMatchObject({ funnel: { queued: 0 } })
    expect(Object.keys(all)).toEqual([...analyticsJsonKeys])
    expect(Object.values(all.totals).reduce((a, b) => a + b, 0)).toBe(600)
    expect(all.campaigns).toHaveLength(3)
    const one = JSON.parse((await herald('--campaign', '2', '--json')).out) as Analytics
    expect(one.campaigns.map((c) => c.id)).toEqual([2])
    expect(one.funnel.queued).toBe(Object.values(one.campaigns[0]?.counts ?? {}).reduce((a, b) => a + b, 0))
    const { status, out } = await herald(
      '--since',
      '2026-01-01',
      '--until',
      '2026-06-01',
      '--dry-runs',
      'all',
    )
    expect(status).toBe(0)
    expect(out).toMatch(/^All campaigns, 2026-01-01 to 2026-06-01\n\nMessages +600 in 3 campaign\(s\)\n/)
    for (const label of ['Sent', 'Delivered', 'Read', 'Replied', 'Best hour', 'Variants', 'Problems']) {
      expect(out).toMatch(new RegExp(`^${label} `, 'm'))
    }
  })

  it('exits 1 with what to type for a bad date or an unknown campaign', async () => {
    expect(await herald('--since', '1/3/2026')).toEqual({
      status: 1,
      out: '',
      err: 'herald: Write the date as YYYY-MM-DD, e.g. 2026-03-01.\n',
    })
    expect((await herald('--until', '2026-02-30')).status).toBe(1)
    expect((await herald('--since', '2026-03-02', '--until', '2026-03-01')).status).toBe(1)
    expect(await herald('--campaign', '42')).toEqual({
      status: 1,
      out: '',
      err: 'herald: There is no campaign 42. Run herald analytics to see every campaign and its ID.\n',
    })
  })

  it('keeps to one sending number by its name, and lines the numbers up for people', async () => {
    seedHistory(ctx.db, { campaigns: 3, messages: 900, now: new Date('2026-06-01T12:00:00Z'), numbers: 2 })
    const all = JSON.parse((await herald('--dry-runs', 'all', '--json')).out) as Analytics
    expect(all.byAccount.map((n) => n.name)).toEqual(['My number', 'Shop phone'])
    const shop = JSON.parse(
      (await herald('--account', 'shop phone', '--dry-runs', 'all', '--json')).out,
    ) as Analytics
    expect(shop.byAccount).toEqual([all.byAccount[1]])
    expect(shop.funnel.queued).toBe(all.byAccount[1]?.messages)
    const people = await herald('--dry-runs', 'all')
    expect(people.out).toMatch(/^Numbers +My number: \d+ sent, .* opted out \(\d+(\.\d)?%\)$/m)
    expect(people.out).toMatch(/^ +Shop phone: \d+ sent/m)
    const one = await herald('--account', 'Shop phone', '--dry-runs', 'all')
    expect(one.out).toMatch(/^All campaigns from “Shop phone”, all time\n/)
    expect(one.out).not.toMatch(/^Numbers/m)
    expect(await herald('--account', 'Office')).toEqual({
      status: 1,
      out: '',
      err: 'herald: There is no number named “Office”. Numbers with messages: “My number”, “Shop phone”.\n',
    })
    expect((await herald('--account', ' ')).status).toBe(2)
  })

  it('exits 2 for a campaign that is not a number or an unexpected word', async () => {
    expect((await herald('--campaign', 'spring')).status).toBe(2)
    expect((await herald('now')).status).toBe(2)
    expect((await herald('--dry-runs', 'some')).status).toBe(2)
  })
})
