import fs from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { tempDataDir } from '../../context.test-support'
import { runHerald } from './cli-harness.test-support'
import type { Run } from './cli-harness.test-support'

const temp = tempDataDir()
afterAll(() => temp.remove())

const herald = (...argv: string[]): Promise<Run> => runHerald(path.join(temp.dir, 'data'), ...argv)

describe('herald accounts', () => {
  it('adds two unlinked numbers and sends a 40-contact dry run over both, each contact from one of them', async () => {
    const csv = ['Name,Phone', ...Array.from({ length: 40 }, (_, i) => `Shop ${i},+447911${200000 + i}`)]
    fs.writeFileSync(path.join(temp.dir, 'forty.csv'), `${csv.join('\n')}\n`)
    expect((await herald('import', path.join(temp.dir, 'forty.csv'), '--save', 'Forty')).status).toBe(0)
    expect((await herald('template', 'add', 'Hi', '--body', 'Hello {{name}}')).status).toBe(0)
    expect((await herald('accounts', 'add', 'A')).out).toContain('Added the number "A"')
    expect((await herald('accounts', 'add', 'B')).status).toBe(0)
    const taken = await herald('accounts', 'add', 'a')
    expect(taken).toMatchObject({ status: 1, err: expect.stringContaining('already exists') as unknown })
    const listed = JSON.parse((await herald('accounts', '--json')).out) as { accounts: { name: string }[] }
    expect(listed.accounts.map((a) => a.name)).toEqual(['My number', 'A', 'B'])

    const unknown = await herald(
      'campaign',
      'create',
      '--list',
      'Forty',
      '--template',
      'Hi',
      '--dry-run',
      '--account',
      'A,C',
    )
    expect(unknown.err).toContain('There is no number named "C"')
    const created = await herald(
      'campaign',
      'create',
      '--list',
      'Forty',
      '--template',
      'Hi',
      '--dry-run',
      '--pace',
      'none',
      '--account',
      'A,B',
    )
    const id = created.out.trim()
    expect((await herald('campaign', 'run', id)).status).toBe(0)
    const status = JSON.parse((await herald('campaign', 'status', id, '--json')).out) as {
      status: string
      byAccount: Record<string, Record<string, number>>
    }
    expect(status.status).toBe('completed')
    expect(Object.keys(status.byAccount)).toEqual(['A', 'B'])
    // Every message went out; the rehearsal's recipients then delivered, read and answered some
    const sent = (name: string): number =>
      Object.entries(status.byAccount[name]!)
        .filter(([key]) => ['sent', 'delivered', 'read', 'replied'].includes(key))
        .reduce((sum, [, n]) => sum + n, 0)
    expect(sent('A')).toBeGreaterThan(0)
    expect(sent('B')).toBeGreaterThan(0)
    expect(sent('A') + sent('B')).toBe(40)
    // A number that sent is renamed in the history too; a removed one stays named there
    expect((await herald('accounts', 'rename', 'B', 'Van')).status).toBe(0)
    expect((await herald('accounts', 'remove', 'Van')).status).toBe(0)
    const after = JSON.parse((await herald('campaign', 'status', id, '--json')).out) as typeof status
    expect(Object.keys(after.byAccount)).toEqual(['A', 'Van'])
    expect((await herald('accounts', 'remove', 'My number')).err).toContain('first number and stays')
  })
})
