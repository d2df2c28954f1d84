import fs from 'node:fs'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { CampaignsService } from '../campaign/campaigns-service'
import { saveList } from '../campaign/fixtures.test-support'
import { ListsService } from '../contacts/lists-service'
import { openTestContext, tempDataDir } from '../context.test-support'
import { enospc, sqliteFull } from '../disk-space.test-support'
import type { CliIo } from './io'
import { runCli } from './run'

let dir: string
let remove: () => void
beforeEach(async () => {
  ;({ dir, remove } = tempDataDir())
  const ctx = openTestContext({ dataDir: dir })
  saveList(ctx, 5000)
  const body = `Hi {{name}}, ${'our spring offer is here. '.repeat(30)}`
  ctx.templates.save({ name: 'Spring', variants: [{ name: 'A', body }] })
  await ctx.shutdown()
})
afterEach(() => {
  vi.restoreAllMocks()
  remove()
})

async function herald(...args: string[]): Promise<{ status: number; out: string; err: string }> {
  let out = ''
  let err = ''
  const io: CliIo = { out: (t) => (out += `${t}\n`), err: (t) => (err += `${t}\n`), env: {} }
  const status = await runCli([...args, '--data-dir', dir], io)
  return { status, out, err }
}

const create = [
  'campaign',
  'create',
  '--list',
  'Shops',
  '--template',
  'Spring',
  '--dry-run',
  '--pace',
  'none',
]

/** One line on stderr with the folder and what to do: never a code, a stack or "something went wrong". */
function expectOneLine(err: string): void {
  expect(err.trim().split('\n')).toHaveLength(1)
  expect(err).toContain(`Herald's data folder (${dir})`)
  expect(err).toContain('HERALD_DATA_DIR')
  expect(err).toContain('herald db prune --older-than DAYS')
  expect(err).not.toMatch(/ENOSPC|SQLITE_FULL|something went wrong|\n\s+at /)
}

describe('a full disk on the command line', () => {
  it('campaign create refuses a campaign the disk has no room for, and writes nothing', async () => {
    // statfs says 10 MB free, in 4 KB blocks.
    vi.spyOn(fs, 'statfsSync').mockReturnValue({ bavail: 2560, bsize: 4096 } as fs.StatsFs)
    const { status, out, err } = await herald(...create)
    expect(status).toBe(1)
    expect(out).toBe('')
    expect(err).toMatch(/^herald: There is not enough free space for creating this campaign: it needs about/)
    expect(err).toContain('and 10.0 MB is free')
    expectOneLine(err)
    vi.restoreAllMocks()
    expect(JSON.parse((await herald('campaign', 'status', '1', '--json')).out || 'null')).toBeNull()
  })

  it('an ENOSPC from a write is told as a full disk, with the folder and what to do', async () => {
    vi.spyOn(CampaignsService.prototype, 'create').mockRejectedValue(enospc())
    const { status, err } = await herald(...create)
    expect(status).toBe(1)
    expect(err).toMatch(
      /^herald: The disk of Herald's data folder \(.+\) is full \(.+ free\)\. Free some space/,
    )
    expectOneLine(err)
  })

  it('so is SQLITE_FULL, from any command', async () => {
    vi.spyOn(ListsService.prototype, 'list').mockImplementation(() => {
      throw sqliteFull()
    })
    const { status, err } = await herald('lists')
    expect(status).toBe(1)
    expectOneLine(err)
  })
})
