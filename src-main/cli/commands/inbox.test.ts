import fs from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { tempDataDir } from '../../context.test-support'
import { runHerald } from './cli-harness.test-support'
import type { Run } from './cli-harness.test-support'

const temp = tempDataDir()
afterAll(() => temp.remove())

const herald = (...argv: string[]): Promise<Run> => runHerald(path.join(temp.dir, 'data'), ...argv)

type Listed = { conversations: { id: number; status: string; campaignId: number; replies: number }[] }
const listed = async (...args: string[]): Promise<Listed> =>
  JSON.parse((await herald('inbox', ...args, '--json')).out) as Listed

describe('herald inbox', () => {
  it('lists one conversation for each contact who replied to a dry run, and a lead once marked', async () => {
    const csv = ['Name,Phone', ...Array.from({ length: 300 }, (_, i) => `Shop ${i},+447911${201000 + i}`)]
    fs.writeFileSync(path.join(temp.dir, 'shops.csv'), `${csv.join('\n')}\n`)
    expect((await herald('import', path.join(temp.dir, 'shops.csv'), '--save', 'Shops')).status).toBe(0)
    expect((await herald('template', 'add', 'Hi', '--body', 'Hello {{name}}')).status).toBe(0)
    const id = (
      await herald('campaign', 'create', '--list', 'Shops', '--template', 'Hi', '--dry-run', '--pace', 'none')
    ).out.trim()
    expect((await herald('campaign', 'run', id)).status).toBe(0)
    const status = JSON.parse((await herald('campaign', 'status', id, '--json')).out) as {
      counts: { replied: number }
    }
    expect(status.counts.replied).toBeGreaterThan(0)

    // A dry run's replies are invented: hidden unless asked for
    expect((await listed()).conversations).toEqual([])
    const all = await listed('--include-dry-run')
    expect(all.conversations).toHaveLength(status.counts.replied)
    expect(new Set(all.conversations.map((c) => c.campaignId))).toEqual(new Set([Number(id)]))

    const chosen = all.conversations.find((c) => c.status === 'new')!
    expect((await herald('inbox', 'mark', String(chosen.id), 'lead', '--note', 'Call back')).status).toBe(0)
    const leads = await listed('--include-dry-run', '--status', 'lead')
    expect(leads.conversations.map((c) => c.id)).toEqual([chosen.id])
    const wrong = await herald('inbox', '--status', 'maybe')
    expect(wrong).toMatchObject({
      status: 2,
      err: expect.stringContaining('Unknown status "maybe"') as unknown,
    })
  })
})
