import fs from 'node:fs'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { saveList } from './campaign/fixtures.test-support'
import type { TestContext } from './context.test-support'
import { openTestContext, tempDataDir } from './context.test-support'
import { addWorkspace, findWorkspace } from './workspaces'

let root: string
let remove: () => void
let opened: TestContext[] = []
beforeEach(() => {
  ;({ dir: root, remove } = tempDataDir('herald-isolation-'))
})
afterEach(async () => {
  await Promise.all(opened.map((ctx) => ctx.shutdown()))
  opened = []
  remove()
})

/** Every file under a folder, as paths relative to it. */
function filesUnder(folder: string): string[] {
  return fs
    .readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(folder, path.join(e.parentPath, e.name)))
}

/** A workspace with a list, a campaign sent on its own number, an opt-out and a number of its own. */
async function busyWorkspace(ctx: TestContext, tag: string): Promise<{ events: string[] }> {
  const events: string[] = []
  ctx.events.subscribe((event) => events.push(event))
  const listId = saveList(ctx, 5, `${tag} customers`)
  const template = ctx.templates.save({
    name: `${tag} offer`,
    variants: [{ name: 'A', body: 'Hi {{name}}' }],
  })
  const number = ctx.accounts.add(`${tag} phone`)
  const campaign = await ctx.campaigns.create({
    listId,
    templateId: template.id,
    dryRun: true,
    pace: 'none',
    name: `${tag} sale`,
    accounts: [{ id: 1 }, { id: number.id }],
  })
  ctx.campaigns.start(campaign.id)
  await ctx.campaigns.whenDone(campaign.id)
  ctx.optOuts.add(tag === 'first' ? '+447911000001' : '+447911000002', { source: 'manual' })
  return { events }
}

describe('two workspaces', () => {
  it('share nothing, both ways: lists, campaigns, numbers, opt-outs, events and files', async () => {
    addWorkspace(root, 'shop2')
    const first = openTestContext({ dataDir: root })
    const second = openTestContext({ dataDir: findWorkspace(root, 'shop2').dataDir })
    opened = [first, second]
    const a = await busyWorkspace(first, 'first')
    const b = await busyWorkspace(second, 'second')

    expect(first.lists.list().map((l) => l.name)).toEqual(['first customers'])
    expect(second.lists.list().map((l) => l.name)).toEqual(['second customers'])
    expect(first.campaigns.list().map((c) => c.name)).toEqual(['first sale'])
    expect(second.campaigns.list().map((c) => c.name)).toEqual(['second sale'])
    expect(first.accounts.accounts().map((n) => n.name)).toEqual(['My number', 'first phone'])
    expect(second.accounts.accounts().map((n) => n.name)).toEqual(['My number', 'second phone'])
    // A STOP in one workspace stops nobody in the other
    expect(first.optOuts.has('+447911000001')).toBe(true)
    expect(first.optOuts.has('+447911000002')).toBe(false)
    expect(second.optOuts.has('+447911000002')).toBe(true)
    expect(second.optOuts.has('+447911000001')).toBe(false)
    // Each heard its own events only: the first was listening while the second added its number
    const heard = (events: string[], name: string): number => events.filter((e) => e === name).length
    expect(heard(a.events, 'accounts:changed')).toBe(1)
    expect(heard(b.events, 'accounts:changed')).toBe(1)
    expect(heard(a.events, 'campaign:progress')).toBeGreaterThan(0)
    // The default workspace's files and the other's are in separate folders, none written in the other's
    const shop2 = findWorkspace(root, 'shop2').dataDir
    const own = filesUnder(root).filter((f) => !f.startsWith(`workspaces${path.sep}`))
    expect(own).toContain('herald.db')
    expect(filesUnder(shop2)).toContain('herald.db')
    const secondDb = fs.realpathSync(path.join(shop2, 'herald.db'))
    expect(own.map((f) => path.join(root, f))).not.toContain(secondDb)
    // The dry runs' ledgers are each workspace's own
    const ledger = (dir: string): string => fs.readFileSync(path.join(dir, 'dry-run', 'ledger.jsonl'), 'utf8')
    expect(ledger(root)).not.toBe('')
    expect(ledger(shop2)).not.toBe('')
    expect(first.campaigns.list()[0]!.total).toBe(5)
    expect(second.campaigns.list()[0]!.total).toBe(5)
  })
})
