import { spawn } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import Sqlite from 'better-sqlite3'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { openTestContext, tempDataDir } from '../context.test-support'
import { saveList } from './fixtures.test-support'

const temp = tempDataDir('herald-budget-')
afterAll(() => temp.remove())

/** A data folder with `campaigns` dry runs of 10 contacts on the custom pace: 5–6 s apart, 4 an hour. */
async function folderWith(name: string, campaigns: number): Promise<{ dir: string; ids: number[] }> {
  const dir = path.join(temp.dir, name)
  const ctx = openTestContext({ dataDir: dir, runtime: 'cli' })
  try {
    ctx.settings.update({
      'pacing.minDelaySeconds': 5,
      'pacing.maxDelaySeconds': 6,
      'pacing.hourlyCap': 4,
      'pacing.windowStart': '00:00',
      'pacing.windowEnd': '24:00',
    })
    const template = ctx.templates.save({ name: 'Offer', variants: [{ name: 'A', body: 'Hi {{name}}' }] })
    const ids: number[] = []
    for (let i = 0; i < campaigns; i++) {
      const listId = saveList(ctx, 10, `Shops ${i}`)
      ids.push(
        (await ctx.campaigns.create({ listId, templateId: template.id, dryRun: true, pace: 'custom' })).id,
      )
    }
    return { dir, ids }
  } finally {
    await ctx.shutdown()
  }
}

function run(dir: string, id: number): ChildProcess {
  return spawn(
    process.execPath,
    ['--import', 'tsx', 'src-main/cli/main.ts', 'campaign', 'run', String(id), '--data-dir', dir],
    { cwd: process.cwd(), stdio: 'ignore' },
  )
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve()
  return new Promise((resolve) => {
    const hard = setTimeout(() => child.kill('SIGKILL'), 15_000)
    child.once('exit', () => {
      clearTimeout(hard)
      resolve()
    })
    // Ctrl+C: the campaign pauses after the message in flight
    child.kill('SIGINT')
  })
}

const slotsOf = (dir: string): number[] => {
  const db = new Sqlite(path.join(dir, 'herald.db'), { readonly: true })
  try {
    return db
      .prepare("SELECT at FROM send_slots WHERE account = 'dry-run' ORDER BY at")
      .pluck()
      .all() as number[]
  } finally {
    db.close()
  }
}

describe('two `herald campaign run` processes on one data folder', () => {
  it('share one budget: at most 4 sends an hour together, never two within 5 s; one alone sends 4', async () => {
    const shared = await folderWith('shared', 2)
    const alone = await folderWith('alone', 1)
    const children = [
      run(shared.dir, shared.ids[0]!),
      run(shared.dir, shared.ids[1]!),
      run(alone.dir, alone.ids[0]!),
    ]
    try {
      // The campaign alone reaches its hourly cap of 4 within ~20 s; two gaps more (6 s at most each) show
      // the shared pair did not go past the same cap
      const deadline = Date.now() + 120_000
      let capped: number | undefined
      while (Date.now() < deadline) {
        if (capped === undefined && slotsOf(alone.dir).length >= 4) capped = Date.now()
        if (capped !== undefined && Date.now() > capped + 12_000) break
        await new Promise((resolve) => setTimeout(resolve, 500))
      }
    } finally {
      await Promise.all(children.map(stop))
    }
    const together = slotsOf(shared.dir)
    expect(together.length).toBeGreaterThan(0)
    expect(together.length).toBeLessThanOrEqual(4)
    const gaps = together.slice(1).map((t, i) => t - together[i]!)
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(5000)
    const db = new Sqlite(path.join(shared.dir, 'herald.db'), { readonly: true })
    const senders = db
      .prepare("SELECT DISTINCT campaign_id FROM send_slots WHERE account = 'dry-run'")
      .pluck()
      .all()
    db.close()
    expect(senders.length).toBeGreaterThanOrEqual(1)
    const single = slotsOf(alone.dir)
    expect(single).toHaveLength(4)
  }, 180_000)
})
