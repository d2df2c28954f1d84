import fs from 'node:fs'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { EventChannel } from '../src-shared/ipc/channels'
import { newCampaign, saveList } from './campaign/fixtures.test-support'
import { tempDataDir } from './context.test-support'
import { lockFile } from './instance-lock'
import type { LockHolder } from './instance-lock'
import { dispatch } from './ipc/dispatch'
import type { OpenWorkspaces } from './open-workspaces'
import { openTestWorkspaces } from './open-workspaces.test-support'
import type { TestWorkspace } from './open-workspaces.test-support'
import { addWorkspace, findWorkspace } from './workspaces'

let root: string
let remove: () => void
let workspaces: OpenWorkspaces<TestWorkspace>
let opened: TestWorkspace[]
let heard: { event: EventChannel; payload: unknown }[]

beforeEach(() => {
  ;({ dir: root, remove } = tempDataDir('herald-open-workspaces-'))
  addWorkspace(root, 'shop2')
  ;({ workspaces, opened } = openTestWorkspaces(root))
  heard = []
  // What the window hears: Electron forwards these to the page, the browser run's host to its sockets.
  workspaces.events.subscribe((event, payload) => heard.push({ event, payload }))
})

afterEach(async () => {
  await workspaces.shutdown()
  workspaces.release()
  remove()
})

const ask = (channel: string, input: unknown): ReturnType<typeof dispatch> =>
  dispatch(workspaces.handlers, channel, input, workspaces.log)

const defaultCtx = (): TestWorkspace => opened[0]!
const shopDir = (): string => findWorkspace(root, 'shop2').dataDir

function holds(dataDir: string): boolean {
  if (!fs.existsSync(lockFile(dataDir))) return false
  return (JSON.parse(fs.readFileSync(lockFile(dataDir), 'utf8')) as LockHolder).pid === process.pid
}

/** A dry run at the safe pace over a few contacts: it goes on sending for minutes. */
async function startSending(workspace: TestWorkspace): Promise<number> {
  const { ctx } = workspace
  const id = await newCampaign({ ctx, templates: ctx.templates, campaigns: ctx.campaigns }, 5, 'safe')
  ctx.campaigns.start(id)
  expect(ctx.campaigns.isSending()).toBe(true)
  return id
}

describe('the workspace the window shows', () => {
  it('answers the requests: the default workspace’s lists are not in shop2, and are there again on return', async () => {
    saveList(defaultCtx().ctx, 3, 'First shop')
    const names = async (): Promise<unknown> => {
      const result = await ask('lists:list', {})
      return result.ok ? (result.value as { name: string }[]).map((list) => list.name) : result
    }
    expect(await names()).toEqual(['First shop'])
    expect(await ask('workspaces:switch', { name: 'shop2' })).toMatchObject({
      ok: true,
      value: { name: 'shop2', current: true },
    })
    expect(workspaces.active.ctx.paths.dataDir).toBe(shopDir())
    expect(await names()).toEqual([])
    await ask('workspaces:switch', { name: 'default' })
    expect(await names()).toEqual(['First shop'])
    expect(workspaces.active.ctx.paths.dataDir).toBe(root)
  })

  it('shuts the workspace left down and lets go of its folder when nothing is sending there', async () => {
    const left = defaultCtx()
    const shutdown = vi.spyOn(left.ctx, 'shutdown')
    await workspaces.switchTo('shop2', false)
    expect(shutdown).toHaveBeenCalledOnce()
    expect(left.released).toBe(true)
    expect(holds(root)).toBe(false)
    expect(holds(shopDir())).toBe(true)
    expect(workspaces.all()).toEqual([workspaces.active])
    // Back again: the folder is opened afresh, with its data.
    await workspaces.switchTo('default', false)
    expect(opened).toHaveLength(3)
    expect(holds(root)).toBe(true)
    expect(holds(shopDir())).toBe(false)
  })

  it('passes on only the shown workspace’s events', async () => {
    const left = defaultCtx()
    left.ctx.events.emit('lists:changed', { listId: 1 })
    expect(heard.map((h) => h.event)).toEqual(['lists:changed'])
    const sending = await startSending(left)
    await workspaces.switchTo('shop2', true)
    heard = []
    // The workspace left goes on sending in the background: its events stay there.
    left.ctx.events.emit('lists:changed', { listId: 2 })
    left.ctx.events.emit('campaign:progress', left.ctx.campaigns.progress(sending))
    expect(heard).toEqual([])
    workspaces.active.ctx.events.emit('lists:changed', { listId: 3 })
    expect(heard).toEqual([{ event: 'lists:changed', payload: { listId: 3 } }])
  })

  it('says the switch changed the window, and an added or renamed workspace the list', async () => {
    workspaces.add('Café', 'pink')
    workspaces.rename('Café', 'Cafe Nunez')
    await workspaces.switchTo('cafe nunez', false)
    expect(heard.filter((h) => h.event === 'workspaces:changed').map((h) => h.payload)).toEqual([
      { current: 'default', switched: false },
      { current: 'default', switched: false },
      { current: 'Cafe Nunez', switched: true },
    ])
  })
})

describe('a workspace left while it is sending', () => {
  it('is asked about first, then goes on sending in the background until it is done, then closes', async () => {
    const left = defaultCtx()
    const id = await startSending(left)
    const refused = await ask('workspaces:switch', { name: 'shop2' })
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    expect(!refused.ok && refused.error.message).toContain('in the background')
    expect(workspaces.active).toBe(left)

    expect((await ask('workspaces:switch', { name: 'shop2', leaveSending: true })).ok).toBe(true)
    expect(workspaces.all()).toHaveLength(2)
    expect(left.released).toBe(false)
    expect(left.ctx.campaigns.isSending()).toBe(true)
    expect(workspaces.list()).toMatchObject([
      { name: 'default', current: false, sending: [left.ctx.campaigns.get(id).name] },
      { name: 'shop2', current: true, sending: [] },
    ])

    heard = []
    await left.ctx.campaigns.pause(id)
    await vi.waitFor(() => expect(left.released).toBe(true))
    expect(workspaces.all()).toEqual([workspaces.active])
    expect(heard).toEqual([{ event: 'workspaces:changed', payload: { current: 'shop2', switched: false } }])
  })

  it('is shown again as it was when the window comes back to it', async () => {
    const left = defaultCtx()
    await startSending(left)
    await workspaces.switchTo('shop2', true)
    await workspaces.switchTo('default', false)
    expect(workspaces.active).toBe(left)
    expect(opened).toHaveLength(2)
    // shop2 had nothing sending: closed again.
    expect(opened[1]?.released).toBe(true)
  })
})

describe('a switch that cannot be made', () => {
  it('says so and leaves the window where it was', async () => {
    const browserRun: LockHolder = {
      pid: process.ppid,
      kind: 'browser',
      url: 'http://127.0.0.1:5123/?token=abc',
      startedAt: '2026-06-03T13:00:00.000Z',
    }
    fs.writeFileSync(lockFile(shopDir()), JSON.stringify(browserRun))
    const held = await ask('workspaces:switch', { name: 'shop2' })
    expect(held).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    expect(!held.ok && held.error.message).toContain(browserRun.url)
    expect(await ask('workspaces:switch', { name: 'shop3' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    })
    expect(workspaces.active).toBe(defaultCtx())
    expect(holds(root)).toBe(true)
    expect(heard.filter((h) => h.event === 'workspaces:changed')).toEqual([])
  })
})
