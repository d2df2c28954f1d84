import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { contract } from '../../src-shared/ipc/contract'
import { tempDataDir } from '../context.test-support'
import type { OpenWorkspaces } from '../open-workspaces'
import { openTestWorkspaces } from '../open-workspaces.test-support'
import type { TestWorkspace } from '../open-workspaces.test-support'
import { listWorkspaces } from '../workspaces'
import { dispatch } from './dispatch'
import { workspaceHandlers } from './workspaces'

let root: string
let remove: () => void
let workspaces: OpenWorkspaces<TestWorkspace>

beforeEach(() => {
  ;({ dir: root, remove } = tempDataDir('herald-ipc-workspaces-'))
  ;({ workspaces } = openTestWorkspaces(root))
})

afterEach(async () => {
  await workspaces.shutdown()
  workspaces.release()
  remove()
})

const ask = (channel: string, input: unknown): ReturnType<typeof dispatch> =>
  dispatch(workspaces.handlers, channel, input, workspaces.log)

describe('workspace channels', () => {
  it('list the workspaces with their colours, the shown one marked, in the contract’s shape', async () => {
    expect((await ask('workspaces:add', { name: 'Shop 2', colour: 'violet' })).ok).toBe(true)
    const result = await ask('workspaces:list', {})
    expect(result).toEqual({
      ok: true,
      value: [
        { name: 'default', colour: expect.any(String), current: true, isDefault: true, sending: [] },
        { name: 'Shop 2', colour: 'violet', current: false, isDefault: false, sending: [] },
      ],
    })
    expect(result.ok && contract['workspaces:list'].output.safeParse(result.value).success).toBe(true)
  })

  it('add and rename a workspace, keeping its colour unless a new one is given', async () => {
    expect(await ask('workspaces:add', { name: '  Café  ', colour: 'amber' })).toEqual({
      ok: true,
      value: { name: 'Café', colour: 'amber', current: false, isDefault: false, sending: [] },
    })
    expect(await ask('workspaces:rename', { name: 'café', to: 'Corner café' })).toMatchObject({
      ok: true,
      value: { name: 'Corner café', colour: 'amber' },
    })
    expect(await ask('workspaces:rename', { name: 'default', to: 'default', colour: 'pink' })).toMatchObject({
      ok: true,
      value: { name: 'default', colour: 'pink', current: true },
    })
    expect(listWorkspaces(root).map((w) => [w.name, w.colour])).toEqual([
      ['default', 'pink'],
      ['Corner café', 'amber'],
    ])
  })

  it('refuse a colour off the palette, an overlong input, and say what is wrong with a name', async () => {
    const refused = async (channel: string, input: unknown): Promise<unknown> => {
      const result = await ask(channel, input)
      return result.ok ? result : result.error
    }
    expect(await refused('workspaces:add', { name: 'Shop', colour: '#ff0000' })).toMatchObject({
      code: 'BAD_INPUT',
    })
    expect(await refused('workspaces:add', { name: 'x'.repeat(201), colour: 'red' })).toMatchObject({
      code: 'BAD_INPUT',
    })
    expect(await refused('workspaces:add', { name: 'x'.repeat(41), colour: 'red' })).toEqual({
      code: 'BAD_INPUT',
      message: 'A workspace name has at most 40 characters.',
      phrase: { key: 'system.workspaces.nameTooLong', params: { max: 40 } },
    })
    expect(await refused('workspaces:add', { name: 'Default', colour: 'red' })).toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining('already'),
    })
    expect(await refused('workspaces:rename', { name: 'default', to: 'Main' })).toMatchObject({
      code: 'BAD_INPUT',
      message: 'The default workspace keeps its name.',
    })
    expect(await refused('workspaces:switch', { name: 'Nowhere' })).toMatchObject({ code: 'NOT_FOUND' })
    expect(listWorkspaces(root)).toHaveLength(1)
  })

  it('say plainly that a context served on its own has no switcher', () => {
    const alone = workspaceHandlers()
    expect(() => alone['workspaces:list']({})).toThrow('one workspace only')
  })
})
