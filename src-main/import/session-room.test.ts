import fs from 'node:fs'
import { describe, expect, it } from 'vitest'
import { rejectionOf } from '../thrown.test-support'
import type { FreeSpace } from '../disk-space'
import { withMargin } from '../disk-space'
import { capDatabase, MB } from '../disk-space.test-support'
import { AppError } from '../errors'
import { closeAfterEach, contextIn, tempDataDir } from '../context.test-support'
import type { TestContext } from '../context.test-support'
import { listBytes } from './session'

const closing = closeAfterEach()
const open = (freeSpace?: FreeSpace): TestContext => closing(contextIn(tempDataDir(), { freeSpace }))

/** A spreadsheet of `count` shops with a long note each, as a CSV. */
function shops(count: number): Buffer {
  const lines = ['Name,Phone,City,Notes']
  for (let i = 0; i < count; i++) {
    const phone = `+447911${String(100000 + i).padStart(6, '0')}`
    lines.push(`Shop ${i},${phone},Leeds,${'Prefers a call in the morning; ask for the owner. '.repeat(3)}`)
  }
  return Buffer.from(lines.join('\n'), 'utf8')
}

const rows = (ctx: TestContext, table: string): number =>
  ctx.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number

async function analysed(ctx: TestContext, count: number): Promise<string> {
  const { sessionId } = await ctx.imports.open('shops.csv', shops(count))
  await ctx.imports.analyze(sessionId, { country: 'GB' })
  return sessionId
}

describe('saving an import on a disk without room for it', () => {
  it('is refused before anything is written, with what it needs, what is free and what to do', async () => {
    const ctx = open(() => 10 * MB)
    const sessionId = await analysed(ctx, 20_000)
    const error = await rejectionOf(AppError, () => ctx.imports.save(sessionId, 'Shops'))
    expect(error.message).toMatch(
      /^There is not enough free space for saving this list of 20000 contacts: it needs about \d+\.\d MB on the disk of Herald's data folder \(.+\), and 10\.0 MB is free\./,
    )
    expect(error.message).toContain(ctx.paths.dataDir)
    expect(error.message).toContain('HERALD_DATA_DIR')
    expect([rows(ctx, 'contact_lists'), rows(ctx, 'contacts')]).toEqual([0, 0])
    // The import stays open: with room made, it can be saved without starting again.
    expect((await ctx.imports.rows(sessionId, { offset: 0, limit: 1 })).rows).toHaveLength(1)
  })

  it('when the disk fills while saving: the words for a full disk, and no half list left', async () => {
    const ctx = open(() => 1000 * MB)
    const sessionId = await analysed(ctx, 9000)
    capDatabase(ctx.db, 300)
    const error = await rejectionOf(AppError, () => ctx.imports.save(sessionId, 'Shops'))
    expect(error.message).toMatch(
      /^The disk of Herald's data folder \(.+\) is full \(1000\.0 MB free\)\. Herald needed about \d+\.\d MB for saving this list of 9000 contacts\./,
    )
    expect([rows(ctx, 'contact_lists'), rows(ctx, 'contacts')]).toEqual([0, 0])
  })

  it('listBytes is at least what a real list takes once settled, and with the margin, at its peak', async () => {
    const ctx = open()
    const sessionId = await analysed(ctx, 5000)
    const sample = (await ctx.imports.rows(sessionId, { offset: 0, limit: 4000 })).rows
    const file = ctx.paths.databasePath
    const onDisk = (): number => fs.statSync(file).size + fs.statSync(`${file}-wal`).size
    ctx.db.pragma('wal_checkpoint(TRUNCATE)')
    const before = onDisk()
    await ctx.imports.save(sessionId, 'Shops')
    const peak = onDisk() - before
    ctx.db.pragma('wal_checkpoint(TRUNCATE)')
    const settled = onDisk() - before
    const estimate = listBytes(5000, sample)
    expect(settled).toBeLessThanOrEqual(estimate)
    expect(peak).toBeLessThanOrEqual(withMargin(estimate))
    expect(estimate).toBeLessThan(settled * 2)
  })
})
