import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { AnalyticsService } from '../../analytics/analytics-service'
import { seedHistory } from '../../analytics/seed'
import type { TestContext } from '../../context.test-support'
import { openTestContext, tempDataDir } from '../../context.test-support'
import { runCommand } from './cli-harness.test-support'
import { devCommand } from './dev-seed'

const opened: { ctx: TestContext; remove: () => void }[] = []
function folder(): TestContext {
  const temp = tempDataDir()
  const ctx = openTestContext({ dataDir: temp.dir, runtime: 'cli' })
  opened.push({ ctx, remove: temp.remove })
  return ctx
}
let ctx: TestContext
beforeEach(() => {
  ctx = folder()
})
afterEach(async () => {
  for (const { ctx: c, remove } of opened.splice(0)) {
    await c.shutdown()
    remove()
  }
})

describe('herald dev seed', () => {
  it('fills an empty folder with realistic history, and refuses one that has campaigns', async () => {
    const run = await runCommand(ctx, devCommand, 'seed', '--campaigns', '6', '--messages', '3000', '--json')
    expect(run.status).toBe(0)
    expect(JSON.parse(run.out)).toMatchObject({ campaigns: 6, messages: 3000 })
    // The synthetic history is made of dry runs.
    expect(ctx.analytics.analytics({}).funnel.queued).toBe(0)
    const a = ctx.analytics.analytics({ dryRun: 'all' })
    expect(a.funnel.queued).toBe(3000)
    expect(ctx.campaigns.list()).toHaveLength(6)
    expect(new Set(a.campaigns.map((c) => c.status)).size).toBeGreaterThan(1)
    expect(a.funnel.sent).toBeGreaterThan(a.funnel.delivered)
    expect(a.funnel.delivered).toBeGreaterThan(a.funnel.read)
    expect(a.funnel.read).toBeGreaterThan(a.funnel.replied)
    expect(a.funnel.replied).toBeGreaterThan(0)
    expect(a.rates.numbersWithoutReadReceipts).toBeGreaterThan(0)
    expect(a.errors.length).toBeGreaterThanOrEqual(5)
    expect(a.variants.list.map((v) => v.variant)).toEqual(expect.arrayContaining(['A', 'B']))
    expect(a.countries.filter((c) => c.country !== null).length).toBeGreaterThanOrEqual(6)
    expect(a.daily.length).toBeGreaterThanOrEqual(6)
    const [first, last] = [a.daily[0]?.date ?? '', a.daily.at(-1)?.date ?? '']
    expect(Date.parse(last) - Date.parse(first)).toBeGreaterThanOrEqual(14 * 86_400_000)
    expect(a.hourly.sends.flat().filter((n) => n > 0).length).toBeGreaterThan(10)
    const again = await runCommand(ctx, devCommand, 'seed', '--campaigns', '1', '--messages', '1')
    expect(again.status).toBe(1)
    expect(again.err).toMatch(/already has 6 campaign\(s\)/)
  })

  it('spreads the history over several sending numbers when asked', async () => {
    const seed = (...argv: string[]): ReturnType<typeof runCommand> =>
      runCommand(ctx, devCommand, 'seed', '--campaigns', '6', '--messages', '3000', ...argv)
    expect((await seed('--numbers', '4')).status).toBe(2)
    expect((await seed('--numbers', '2')).status).toBe(0)
    const a = ctx.analytics.analytics({ dryRun: 'all' })
    expect(a.byAccount.map((n) => [n.name, n.phone])).toEqual([
      ['My number', null],
      ['Shop phone', '+447700900100'],
    ])
    expect(a.byAccount.every((n) => n.sent > 200)).toBe(true)
    // Every third campaign goes out on both numbers, taking turns
    const shared = ctx.db
      .prepare('SELECT count(*) FROM campaign_accounts GROUP BY campaign_id HAVING count(*) > 1')
      .pluck()
      .all()
    expect(shared.length).toBe(2)
  })

  it('gives the same history for the same seed', () => {
    const now = new Date('2026-06-01T12:00:00Z')
    const other = folder()
    seedHistory(ctx.db, { campaigns: 3, messages: 500, now, seed: 'x' })
    seedHistory(other.db, { campaigns: 3, messages: 500, now, seed: 'x' })
    expect(new AnalyticsService(other.db).analytics({})).toEqual(new AnalyticsService(ctx.db).analytics({}))
  })

  it('exits 2 without counts, with bad counts or another action', async () => {
    for (const argv of [
      ['seed'],
      ['seed', '--campaigns', '2'],
      ['seed', '--campaigns', '0', '--messages', '10'],
      ['seed', '--campaigns', '5', '--messages', '2'],
      ['seed', '--campaigns', '1', '--messages', '1e6'],
      ['wipe'],
    ]) {
      expect((await runCommand(ctx, devCommand, ...argv)).status).toBe(2)
    }
  })
})
