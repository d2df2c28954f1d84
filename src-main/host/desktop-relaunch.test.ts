import fs from 'node:fs'
import path from 'node:path'
import Sqlite from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { AppContext } from '../context'
import { openDatabase } from '../db/connection'
import { openLiveContext } from './desktop-relaunch'
import type { LiveContext } from './desktop-relaunch'
import { seedSmallHistory } from '../reports/fixtures.test-support'
import { tempDataDir } from '../context.test-support'

let dir: string
let remove: () => void
const lives: LiveContext[] = []

function live(folder: string): LiveContext {
  const opened = openLiveContext({ dataDir: path.join(dir, folder), runtime: 'browser' }, { env: {} })
  lives.push(opened)
  return opened
}

beforeEach(() => {
  ;({ dir, remove } = tempDataDir('herald-relaunch-'))
})
afterEach(async () => {
  for (const opened of lives.splice(0)) {
    await opened.ctx.shutdown()
  }
  vi.unstubAllEnvs()
  remove()
})

/** Writes the small history over a connection of its own, as another Herald process would. */
function seedHistoryOf(ctx: AppContext): void {
  const { db } = openDatabase(ctx.paths.databasePath)
  try {
    seedSmallHistory(db)
  } finally {
    db.close()
  }
}

const savedFile = (saved: unknown): string => {
  expect(saved).toMatchObject({ status: 'saved' })
  return (saved as { file: string }).file
}

describe('restore in the browser run', () => {
  it('replaces the data, keeps the previous database, and the fresh services see the restored campaigns', async () => {
    const app = live('data')
    seedHistoryOf(app.ctx)
    const backup = savedFile(await app.handlers['db:backup']({}))
    expect([...app.savedFiles]).toEqual([path.resolve(backup)])
    expect(await app.handlers['db:backups']({})).toEqual([
      expect.objectContaining({ file: backup, bytes: fs.statSync(backup).size }),
    ])
    const { deleted } = app.handlers['db:prune']({ olderThanDays: 1 }) as { deleted: unknown[] }
    expect(deleted.length).toBeGreaterThan(0)
    const left = app.ctx.campaigns.list().length
    expect(left).toBeLessThan(2)

    const before: AppContext = app.ctx
    const relaunched = vi.fn()
    app.onRelaunch(relaunched)
    const result = await app.handlers['db:restore']({ file: backup })

    expect(result).toMatchObject({ status: 'restored', campaigns: 2 })
    const previous = (result as { previous: string }).previous
    expect(fs.existsSync(previous)).toBe(true)
    // The services before the restore are closed, their database with them.
    expect(() => before.settings.get()).toThrow(/not open/)
    expect(app.ctx).not.toBe(before)
    expect(relaunched).toHaveBeenCalledWith(app.ctx)
    // The files saved before the restore are still this run's: the page may download them
    expect(app.savedFiles.has(path.resolve(backup))).toBe(true)
    expect(app.ctx.campaigns.list().map((c) => c.name)).toHaveLength(2)
    expect(await app.handlers['db:health']({})).toMatchObject({ ok: true, campaigns: 2, messages: 14 })
    // The database kept aside is the one from before the restore: without the pruned campaigns.
    const kept = new Sqlite(previous, { readonly: true })
    expect(kept.prepare('SELECT count(*) FROM campaigns').pluck().get()).toBe(left)
    kept.close()
  })

  it('refuses a file that is not a Herald backup, or one outside the backups folder, and changes nothing', async () => {
    const app = live('data')
    seedHistoryOf(app.ctx)
    const folder = path.join(app.ctx.paths.dataDir, 'backups')
    fs.mkdirSync(folder, { recursive: true })
    fs.writeFileSync(path.join(folder, 'notes.db'), 'Shopping list')
    const before = app.ctx
    await expect(app.handlers['db:restore']({ file: path.join(folder, 'notes.db') })).rejects.toThrow(
      /is not a Herald backup.*Nothing was restored/,
    )
    await expect(app.handlers['db:restore']({ file: app.ctx.paths.databasePath })).rejects.toThrow(
      /Choose a backup from the list/,
    )
    expect(await app.handlers['db:backups']({})).toEqual([])
    expect(app.ctx).toBe(before)
    expect(app.ctx.campaigns.list()).toHaveLength(2)
  })
})

const contacts = [
  'Name,Phone',
  ...Array.from({ length: 40 }, (_, i) => `Shop ${i},07911 ${200100 + i}`),
].join('\n')

async function startDryRun(ctx: AppContext): Promise<number> {
  const { sessionId } = await ctx.imports.open('shops.csv', Buffer.from(contacts))
  await ctx.imports.analyze(sessionId, { country: 'GB' })
  const list = await ctx.imports.save(sessionId, 'Shops')
  const template = ctx.templates.save({ name: 'Offer', variants: [{ name: 'Main', body: 'Hi {{name}}' }] })
  const campaign = await ctx.campaigns.create({
    listId: list.id,
    templateId: template.id,
    dryRun: true,
    pace: 'none',
  })
  ctx.campaigns.start(campaign.id)
  return campaign.id
}

const sentSoFar = (ctx: AppContext, id: number): number => {
  const { counts } = ctx.campaigns.progress(id)
  return counts.sent + counts.delivered + counts.read + counts.replied
}

describe('backup while a dry-run campaign is running', () => {
  it('restores into a fresh folder whole, with the messages sent up to the backup', async () => {
    // Each rehearsed send takes 20–40 ms, so the backup lands mid-run.
    vi.stubEnv('HERALD_DRY_RUN_LATENCY_MS', '20,40')
    const app = live('busy')
    const id = await startDryRun(app.ctx)
    await vi.waitFor(() => expect(sentSoFar(app.ctx, id)).toBeGreaterThanOrEqual(5), {
      timeout: 10_000,
      interval: 10,
    })
    const backup = savedFile(await app.handlers['db:backup']({}))
    expect(app.ctx.campaigns.progress(id).status).toBe('running')
    await app.ctx.campaigns.whenDone(id)
    expect(sentSoFar(app.ctx, id)).toBe(40)

    const snapshot = new Sqlite(backup, { readonly: true })
    const inBackup = snapshot
      .prepare("SELECT count(*) FROM messages WHERE status IN ('sent', 'delivered', 'read', 'replied')")
      .pluck()
      .get() as number
    snapshot.close()
    expect(inBackup).toBeGreaterThanOrEqual(5)
    expect(inBackup).toBeLessThan(40)

    const fresh = live('fresh')
    const folder = path.join(fresh.ctx.paths.dataDir, 'backups')
    fs.mkdirSync(folder, { recursive: true })
    fs.copyFileSync(backup, path.join(folder, 'from-the-shop.db'))
    expect(await fresh.handlers['db:restore']({ file: path.join(folder, 'from-the-shop.db') })).toMatchObject(
      {
        status: 'restored',
        campaigns: 1,
      },
    )
    expect(fresh.ctx.dataCare.check().ok).toBe(true)
    // It was sending when the copy was made: the restored Herald shows it interrupted, ready to resume.
    const restored = fresh.ctx.campaigns.get(id)
    expect(restored.status).toBe('interrupted')
    expect(sentSoFar(fresh.ctx, id)).toBe(inBackup)
  })
})
