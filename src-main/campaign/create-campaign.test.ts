import fs from 'node:fs'
import { describe, expect, it } from 'vitest'
import { rejectionOf } from '../thrown.test-support'
import { withMargin } from '../disk-space'
import type { FreeSpace } from '../disk-space'
import { capDatabase, MB } from '../disk-space.test-support'
import { AppError } from '../errors'
import { closeAfterEach, contextIn, tempDataDir } from '../context.test-support'
import type { TestContext } from '../context.test-support'
import { campaignBytes } from './create-campaign'
import { saveList } from './fixtures.test-support'

const closing = closeAfterEach()
const open = (freeSpace?: FreeSpace): TestContext => closing(contextIn(tempDataDir(), { freeSpace }))

const longBody = `Hi {{name}}, ${'we have a new offer for your shop this spring. '.repeat(20)}`
const rows = (ctx: TestContext, table: string): number =>
  ctx.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number
const onDisk = (ctx: TestContext): number => {
  const file = ctx.paths.databasePath
  return fs.statSync(file).size + (fs.existsSync(`${file}-wal`) ? fs.statSync(`${file}-wal`).size : 0)
}

describe('creating a campaign on a disk without room for it', () => {
  it('is refused before anything is written, saying what it needs, what is free and what to do', async () => {
    const ctx = open(() => 10 * MB)
    const listId = saveList(ctx, 5000)
    const template = ctx.templates.save({ name: 'Spring', variants: [{ name: 'A', body: longBody }] })
    const error = await rejectionOf(AppError, () =>
      ctx.campaigns.create({ listId, templateId: template.id, dryRun: true, pace: 'none' }),
    )
    expect(error.message).toMatch(
      /^There is not enough free space for creating this campaign: it needs about \d+\.\d MB on the disk of Herald's data folder \(.+\), and 10\.0 MB is free\./,
    )
    expect(error.message).toContain(ctx.paths.dataDir)
    expect(error.message).toContain('HERALD_DATA_DIR')
    expect(error.message).toContain('Settings → Data care')
    expect([rows(ctx, 'campaigns'), rows(ctx, 'messages')]).toEqual([0, 0])

    // A small campaign still fits in the same 10 MB.
    const small = saveList(ctx, 100, 'Few')
    const created = await ctx.campaigns.create({
      listId: small,
      templateId: template.id,
      dryRun: true,
      pace: 'none',
    })
    expect(created.total).toBe(100)
  })

  it('counts the room old campaigns left inside the database as room', async () => {
    let free = 1000 * MB
    const ctx = open(() => free)
    const listId = saveList(ctx, 5000)
    const template = ctx.templates.save({ name: 'Spring', variants: [{ name: 'A', body: longBody }] })
    const input = { listId, templateId: template.id, dryRun: true, pace: 'none' } as const
    await ctx.campaigns.create(input)
    free = 12 * MB
    await rejectionOf(AppError, () => ctx.campaigns.create(input))
    // What the message advises: pruning the old campaign makes the room, though the file keeps its size.
    ctx.dataCare.prune(1, new Date(Date.now() + 400 * 86_400_000))
    expect((await ctx.campaigns.create(input)).total).toBe(5000)
  })

  it('when the disk fills while writing: the words for a full disk, and no half campaign left', async () => {
    const ctx = open(() => 1000 * MB)
    const listId = saveList(ctx, 5000)
    const template = ctx.templates.save({ name: 'Spring', variants: [{ name: 'A', body: longBody }] })
    capDatabase(ctx.db, 200)
    const error = await rejectionOf(AppError, () =>
      ctx.campaigns.create({ listId, templateId: template.id, dryRun: true, pace: 'none' }),
    )
    expect(error.message).toMatch(
      /^The disk of Herald's data folder \(.+\) is full \(1000\.0 MB free\)\. Herald needed about \d+\.\d MB for creating this campaign\. Free some space/,
    )
    expect(error.message).not.toMatch(/SQLITE_FULL|something went wrong/)
    expect([rows(ctx, 'campaigns'), rows(ctx, 'messages')]).toEqual([0, 0])
  })
})

describe('campaignBytes', () => {
  it('is at least what a real campaign takes once settled, and with the margin, while the WAL holds it', async () => {
    for (const body of ['Hi {{name}}, {see|visit} {{website|our site}}', longBody]) {
      const ctx = open()
      const listId = saveList(ctx, 3000)
      const template = ctx.templates.save({ name: 'T', variants: [{ name: 'A', body }] })
      ctx.db.pragma('wal_checkpoint(TRUNCATE)')
      const before = onDisk(ctx)
      await ctx.campaigns.create({ listId, templateId: template.id, dryRun: true, pace: 'none' })
      const peak = onDisk(ctx) - before
      ctx.db.pragma('wal_checkpoint(TRUNCATE)')
      const settled = onDisk(ctx) - before
      const estimate = campaignBytes(3000, template)
      expect(settled).toBeLessThanOrEqual(estimate)
      expect(peak).toBeLessThanOrEqual(withMargin(estimate))
      // An estimate, not a guess: within twice what it really takes.
      expect(estimate).toBeLessThan(settled * 2)
    }
  })
})
