import fs from 'node:fs'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { TestContext } from '../../context.test-support'
import { openTestContext, tempDataDir } from '../../context.test-support'
import { seedSmallHistory } from '../../reports/fixtures.test-support'
import { runCommand } from './cli-harness.test-support'
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

const header = (file: string): string => fs.readFileSync(file, 'utf8').split('\r\n')[0] ?? ''

describe('herald export --language', () => {
  it('heads the file in the language asked for, and in English without it', async () => {
    const spanish = path.join(dir, 'resumen.csv')
    const run = await runCommand(ctx, exportCommand, 'summary', '--out', spanish, '--language', 'es')
    // What the command prints stays English
    expect(run).toEqual({ status: 0, out: `Wrote 2 rows to ${spanish}\n`, err: '' })
    expect(header(spanish)).toMatch(/^\uFEFF"ID de campaña","Campaña","Estado","Prueba",/)
    const english = path.join(dir, 'summary.csv')
    await runCommand(ctx, exportCommand, 'summary', '--out', english)
    expect(header(english)).toMatch(/^\uFEFF"Campaign ID","Campaign","Status","Dry run",/)
  })

  it('takes a language as Herald writes it, whatever its case, and refuses one it does not speak', async () => {
    const file = path.join(dir, 'x.csv')
    expect(
      (await runCommand(ctx, exportCommand, 'summary', '--out', file, '--language', 'PT-br')).status,
    ).toBe(0)
    expect(header(file)).toContain('"ID da campanha"')
    expect(
      await runCommand(ctx, exportCommand, 'summary', '--out', file, '--force', '--language', 'de'),
    ).toEqual({
      status: 2,
      out: '',
      err: 'herald: --language takes one of: en, es, pt-BR, fr, id, hi, ar.\n',
    })
  })
})
