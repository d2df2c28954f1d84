import fs from 'node:fs'
import path from 'node:path'
import { runCommand } from './cli-harness.test-support'
import type { Run } from './cli-harness.test-support'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { TestContext } from '../../context.test-support'
import { latestSchemaVersion } from '../../db/migrations'
import { samples } from '../../campaign/attachment-samples.test-support'
import { seedSmallHistory } from '../../reports/fixtures.test-support'
import { inTimeZone, openTestContext, tempDataDir } from '../../context.test-support'
import type { Command } from '../command'
import { dataCareCommand } from './db'
import { exportCommand } from './export'

let ctx: TestContext
let dir: string
let remove: () => void

beforeEach(() => {
  ;({ dir, remove } = tempDataDir())
  ctx = openTestContext({ dataDir: path.join(dir, 'data'), runtime: 'cli' })
  seedSmallHistory(ctx.db)
})
afterEach(async () => {
  await ctx.shutdown()
  remove()
})

const now = new Date(Date.UTC(2026, 5, 1, 12))
// Both must fit the list run.ts keeps.
const commands: Command[] = [exportCommand, dataCareCommand(() => now)]

async function herald(name: string, ...argv: string[]): Promise<Run> {
  const command = commands.find((c) => c.name === name)
  if (!command) throw new Error(name)
  return runCommand(ctx, command, ...argv)
}

describe('herald export', () => {
  it('writes the report, prints the path and row count, and keeps an existing file unless --force', async () => {
    const file = path.join(dir, 'log.csv')
    expect(await herald('export', 'messages', '--format', 'csv', '--out', file)).toEqual({
      status: 0,
      out: `Wrote 14 rows to ${file}\n`,
      err: '',
    })
    expect(fs.readFileSync(file, 'utf8')).toMatch(/^\uFEFF"Campaign ID","Campaign","Message ID"/)
    expect(await herald('export', 'messages', '--format', 'csv', '--out', file)).toEqual({
      status: 1,
      out: '',
      err: `herald: ${file} already exists. Choose another name, or add --force to replace it.\n`,
    })
    expect((await herald('export', 'summary', '--format', 'csv', '--out', file, '--force')).status).toBe(0)
    expect(fs.readFileSync(file, 'utf8').split('\r\n')).toHaveLength(4)
  })

  it('exports one campaign, every report into one workbook, and JSON with --json output', async () => {
    const xlsx = path.join(dir, 'all.xlsx')
    expect((await herald('export', 'all', '--campaign', '2', '--format', 'xlsx', '--out', xlsx)).status).toBe(
      0,
    )
    expect(fs.statSync(xlsx).size).toBeGreaterThan(1000)
    const json = path.join(dir, 'errors.json')
    const { out } = await herald('export', 'errors', '--out', json, '--json')
    expect(JSON.parse(out)).toMatchObject({
      file: json,
      format: 'json',
      report: 'errors',
      rows: 7,
      campaign: null,
    })
  })

  it('exits 2 for wrong usage and 1 with one line for a campaign that does not exist', async () => {
    const out = path.join(dir, 'x.csv')
    for (const args of [
      [],
      ['everything', '--out', out],
      ['summary'],
      ['summary', '--out', path.join(dir, 'x.txt')],
      ['summary', '--out', out, '--campaign', 'abc'],
    ]) {
      expect((await herald('export', ...args)).status, args.join(' ')).toBe(2)
    }
    expect(await herald('export', 'summary', '--campaign', '99', '--out', out)).toEqual({
      status: 1,
      out: '',
      err: 'herald: There is no campaign 99.\n',
    })
    expect((await herald('export', 'all', '--format', 'csv', '--out', out)).err).toMatch(
      /^herald: A CSV file holds one report/,
    )
    expect(fs.existsSync(out)).toBe(false)
  })
})

describe('herald db', () => {
  it('checks the database', async () => {
    const { status, out } = await herald('db', 'check')
    expect(status).toBe(0)
    expect(out).toMatch(
      /^Database +.*herald\.db\nIntegrity +ok\nSize +\d+\.\d MB\nWAL size +\d+\.\d MB\nSchema version +\d+\n$/,
    )
    expect(JSON.parse((await herald('db', 'check', '--json')).out)).toMatchObject({
      ok: true,
      schemaVersion: latestSchemaVersion,
    })
  })

  it('previews a prune, then deletes with --yes', async () => {
    const preview = await herald('db', 'prune', '--older-than', '30')
    expect(preview.status).toBe(0)
    expect(preview.out).toContain(
      '1 campaign(s) and 11 message(s) would be deleted. Run again with --yes to delete them.',
    )
    // 1000 days before noon UTC on 1 June 2026 is noon UTC on 5 September 2023: already the 6th in Kiritimati
    const nothing = (zone: string): Promise<string> =>
      inTimeZone(zone, async () => (await herald('db', 'prune', '--older-than', '1000')).out)
    expect(await nothing('America/Los_Angeles')).toBe('No campaigns created before 2023-09-05.\n')
    expect(await nothing('Pacific/Kiritimati')).toBe('No campaigns created before 2023-09-06.\n')
    expect(ctx.db.prepare('SELECT count(*) FROM campaigns').pluck().get()).toBe(2)
    const recorded = (): string[] => ctx.appEvents.recent(20).map((e) => e.kind)
    expect(recorded()).not.toContain('db_pruned')
    const done = await herald('db', 'prune', '--older-than', '30', '--yes', '--json')
    expect(JSON.parse(done.out)).toMatchObject({ deleted: true, campaigns: [{ id: 1, messages: 11 }] })
    expect(ctx.db.prepare('SELECT count(*) FROM campaigns').pluck().get()).toBe(1)
    // Recorded as the app records it: both go through the same service.
    expect(ctx.appEvents.recent(1)[0]).toMatchObject({ kind: 'db_pruned', data: { ids: [1] } })
    expect((await herald('db', 'prune')).status).toBe(2)
  })

  it('backs up, refuses a file that is not a backup, and restores a backup', async () => {
    const backup = path.join(dir, 'herald-backup.db')
    const made = await herald('db', 'backup', backup)
    expect(made.out).toMatch(new RegExp(`^Backed up the database to ${backup} \\(\\d+\\.\\d MB\\)\\.\\n$`))
    expect(ctx.appEvents.recent(1)[0]).toMatchObject({
      kind: 'db_backup',
      message: expect.stringContaining(backup),
    })
    ctx.db.exec('DELETE FROM campaigns')
    const notes = path.join(dir, 'notes.txt')
    fs.writeFileSync(notes, 'not a database')
    expect(await herald('db', 'restore', notes)).toEqual({
      status: 1,
      out: '',
      err: `herald: ${notes} is not a Herald backup (it is not an SQLite database). Nothing was restored.\n`,
    })
    expect(ctx.db.open).toBe(true)
    const restored = await herald('db', 'restore', backup)
    expect(restored.status).toBe(0)
    expect(restored.out).toBe(
      `Restored ${backup} (2 campaign(s)). The previous database is kept as ${ctx.paths.databasePath}.before-restore-2026-06-01T12-00-00Z. The WhatsApp login is never in a backup: this computer keeps its own (link again with herald wa login if needed).\n`,
    )
    await ctx.shutdown()
    ctx = openTestContext({ dataDir: path.join(dir, 'data'), runtime: 'cli' })
    expect(ctx.db.prepare('SELECT count(*) FROM messages').pluck().get()).toBe(14)
  })

  it('says how many attached files a backup holds and a restore put back', async () => {
    const attachment = ctx.templates.attach('prices.pdf', samples.pdf)
    ctx.templates.save({ name: 'Prices', variants: [{ name: 'A', body: 'Hi' }], attachment })
    const backup = path.join(dir, 'with-files.db')
    const made = await herald('db', 'backup', backup)
    expect(made.out).toMatch(
      new RegExp(
        `^Backed up the database, with 1 attached file\\(s\\), to ${backup} \\(\\d+\\.\\d MB\\)\\.\\n$`,
      ),
    )
    fs.rmSync(path.join(ctx.paths.dataDir, 'attachments', attachment.file))
    const restored = await herald('db', 'restore', backup)
    expect(restored.out).toContain(' 1 attached file(s) put back. ')
    expect(restored.out).toContain('The WhatsApp login is never in a backup')
    expect(fs.readFileSync(path.join(ctx.paths.dataDir, 'attachments', attachment.file))).toEqual(samples.pdf)
  })
})
