import fs from 'node:fs'
import path from 'node:path'
import Sqlite from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Attachment } from '../../src-shared/domain/attachments'
import { samples } from '../campaign/attachment-samples.test-support'
import { attachmentsDirOf } from '../campaign/attachments'
import { saveList } from '../campaign/fixtures.test-support'
import { openTestContext, tempDataDir } from '../context.test-support'
import type { TestContext } from '../context.test-support'
import { backupDatabase } from '../db/maintenance'

let dir: string
let remove: () => void
const opened: TestContext[] = []

beforeEach(() => {
  ;({ dir, remove } = tempDataDir('herald-data-care-'))
})
afterEach(async () => {
  for (const ctx of opened.splice(0)) await ctx.shutdown()
  remove()
})

/** A Herald over `<tmp>/<name>`: each is a computer of its own. */
function open(name: string): TestContext {
  const ctx = openTestContext({ dataDir: path.join(dir, name) })
  opened.push(ctx)
  return ctx
}

const variants = [{ name: 'A', body: 'Hi {{name}}, here is our price list.' }]
const fileOf = (ctx: TestContext, attachment: Pick<Attachment, 'file'>): string =>
  path.join(attachmentsDirOf(ctx.paths.dataDir), attachment.file)

/** A template with the PDF attached and a dry-run campaign of two messages made from it. */
async function campaignWithPdf(ctx: TestContext): Promise<{ attachment: Attachment; campaignId: number }> {
  const attachment = ctx.templates.attach('prices.pdf', samples.pdf)
  const template = ctx.templates.save({ name: 'Prices', variants, attachment })
  const listId = saveList(ctx, 2)
  const campaign = await ctx.campaigns.create({ listId, templateId: template.id, dryRun: true, pace: 'none' })
  return { attachment, campaignId: campaign.id }
}

const tables = (file: string): string[] => {
  const db = new Sqlite(file, { readonly: true })
  try {
    return db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[]
  } finally {
    db.close()
  }
}

describe('a backup holds the attachments', () => {
  it('restored on another computer, the file is back byte for byte and the campaign sends with it', async () => {
    const shop = open('shop')
    const { attachment, campaignId } = await campaignWithPdf(shop)
    const target = path.join(dir, 'backup.db')
    const backup = await shop.dataCare.backup(target)
    expect(backup.attachments).toEqual({ files: 1, bytes: samples.pdf.length, missing: [] })
    // One file: no folder or journal beside it.
    expect(fs.readdirSync(dir).filter((f) => f.startsWith('backup'))).toEqual(['backup.db'])

    const laptop = open('laptop')
    expect(fs.existsSync(fileOf(laptop, attachment))).toBe(false)
    const restored = await laptop.dataCare.restore(target)
    expect(restored.attachments).toEqual({ files: 1, missing: [] })
    expect(fs.readFileSync(fileOf(laptop, attachment))).toEqual(samples.pdf)
    // The restored database is the shop's, without the backup's table of files.
    expect(tables(laptop.paths.databasePath)).not.toContain('backup_attachments')

    const again = open('laptop')
    expect(again.campaigns.get(campaignId).attachment).toEqual(attachment)
    again.campaigns.start(campaignId)
    expect(await again.campaigns.whenDone(campaignId)).toBe('completed')
    expect(again.campaigns.get(campaignId).counts).toMatchObject({ failed: 0, queued: 0 })
  })

  it('says which attachments it could not find, and backs up the rest', async () => {
    const shop = open('shop')
    const { attachment } = await campaignWithPdf(shop)
    fs.rmSync(fileOf(shop, attachment))
    const backup = await shop.dataCare.backup(path.join(dir, 'backup.db'))
    expect(backup.attachments).toEqual({ files: 0, bytes: 0, missing: [attachment.file] })
  })

  it('restores a database-only backup of an older Herald, and counts the files it leaves missing', async () => {
    const shop = open('shop')
    const { attachment, campaignId } = await campaignWithPdf(shop)
    const old = path.join(dir, 'old-backup.db')
    // What `db backup` wrote before attachments were backed up: the database alone.
    await backupDatabase(shop.db, old)
    expect(tables(old)).not.toContain('backup_attachments')

    // On the same computer the file is still there: nothing is missing.
    const same = await shop.dataCare.restore(old)
    expect(same.attachments).toEqual({ files: 0, missing: [] })
    expect(open('shop').campaigns.get(campaignId).attachment).toEqual(attachment)

    const laptop = open('laptop')
    const elsewhere = await laptop.dataCare.restore(old)
    expect(elsewhere).toMatchObject({ campaigns: 1, attachments: { files: 0, missing: [attachment.file] } })
    expect(open('laptop').campaigns.get(campaignId).name).toBeTruthy()
  })

  it('puts back no file whose bytes do not match its name', async () => {
    const shop = open('shop')
    const { attachment } = await campaignWithPdf(shop)
    const target = path.join(dir, 'backup.db')
    await shop.dataCare.backup(target)
    const tampered = new Sqlite(target)
    tampered.prepare('UPDATE backup_attachments SET content = ?').run(Buffer.from('%PDF-1.4 not it'))
    tampered.close()
    const laptop = open('laptop')
    const restored = await laptop.dataCare.restore(target)
    expect(restored.attachments).toEqual({ files: 0, missing: [attachment.file] })
    expect(fs.existsSync(fileOf(laptop, attachment))).toBe(false)
  })
})

describe('pruning removes the attachments nothing uses any more', () => {
  const longAgo = new Date(Date.now() - 3 * 24 * 60 * 60 * 1000)
  const age = (file: string): void => fs.utimesSync(file, longAgo, longAgo)

  it('never one a template or campaign uses, nor one attached today; old leftovers go', async () => {
    const ctx = open('shop')
    const { attachment: pdf, campaignId } = await campaignWithPdf(ctx)
    // The template moves on to a picture: the campaign still uses the PDF.
    const png = ctx.templates.attach('offer.png', samples.png)
    const template = ctx.templates.list()[0]
    ctx.templates.save({ id: template?.id, name: 'Prices', variants, attachment: png })
    // A picture used by a template since deleted, and one attached today but not saved yet.
    const gone = ctx.templates.attach('old.jpg', samples.jpeg)
    const deleted = ctx.templates.save({ name: 'Old', variants, attachment: gone })
    ctx.templates.delete(deleted.id)
    const fresh = ctx.templates.attach('new.webp', samples.webp)
    const leftover = path.join(attachmentsDirOf(ctx.paths.dataDir), `${gone.file}.123.partial`)
    fs.writeFileSync(leftover, 'half')
    for (const file of [pdf, png, gone].map((a) => fileOf(ctx, a)).concat(leftover)) age(file)

    const now = new Date(Date.now() + 400 * 24 * 60 * 60 * 1000)
    const kept = ctx.dataCare.prune(10_000, now)
    expect(kept.campaigns).toEqual([])
    expect(kept.attachments).toEqual({ files: 1, bytes: samples.jpeg.length + 4 })
    const present = (a: Attachment): boolean => fs.existsSync(fileOf(ctx, a))
    expect([pdf, png, gone, fresh].map(present)).toEqual([true, true, false, true])
    expect(fs.existsSync(leftover)).toBe(false)

    // Pruning the campaign frees its PDF; the template's picture stays.
    const pruned = ctx.dataCare.prune(1, now)
    expect(pruned.campaigns.map((c) => c.id)).toEqual([campaignId])
    expect(pruned.attachments).toEqual({ files: 1, bytes: samples.pdf.length })
    expect([pdf, png, fresh].map(present)).toEqual([false, true, true])
  })

  it('attaching a file again renews it, so it is not taken for unused before its template is saved', () => {
    const ctx = open('shop')
    const png = ctx.templates.attach('offer.png', samples.png)
    age(fileOf(ctx, png))
    ctx.templates.attach('offer again.png', samples.png)
    expect(ctx.dataCare.removeUnusedAttachments()).toEqual({ files: 0, bytes: 0 })
    expect(fs.existsSync(fileOf(ctx, png))).toBe(true)
  })
})
