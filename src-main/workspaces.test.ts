import fs from 'node:fs'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { colourFromName } from '../src-shared/domain/workspaces'
import { sayIn } from '../src-shared/i18n/wording'
import { runHerald } from './cli/commands/cli-harness.test-support'
import { tempDataDir } from './context.test-support'
import { AppError } from './errors'
import { thrownBy } from './thrown.test-support'
import {
  addWorkspace,
  findWorkspace,
  listWorkspaces,
  removeWorkspace,
  renameWorkspace,
  workspaceDataDir,
} from './workspaces'

let dir: string
let remove: () => void
beforeEach(() => {
  ;({ dir, remove } = tempDataDir('herald-workspaces-'))
})
afterEach(() => remove())

const errorOf = (work: () => unknown): AppError => thrownBy(AppError, work)

describe('workspaces', () => {
  it('adds a workspace with a folder of its own, renames it and finds it by name in any case', () => {
    const added = addWorkspace(dir, 'Café Núñez', new Date('2026-12-06T10:00:00Z'))
    expect(added.dataDir).toBe(path.join(dir, 'workspaces', 'cafe-nunez'))
    expect(fs.statSync(added.dataDir).isDirectory()).toBe(true)
    expect(listWorkspaces(dir).map((w) => w.name)).toEqual(['default', 'Café Núñez'])
    expect(findWorkspace(dir, 'CAFÉ NÚÑEZ').dataDir).toBe(added.dataDir)
    expect(findWorkspace(dir, undefined).dataDir).toBe(dir)
    expect(renameWorkspace(dir, 'café núñez', 'Shop 2').dataDir).toBe(added.dataDir)
    expect(findWorkspace(dir, 'shop 2').name).toBe('Shop 2')
    // The app, the browser run and the CLI take it from HERALD_WORKSPACE too; a flag wins
    expect(workspaceDataDir(dir, undefined, { HERALD_WORKSPACE: 'Shop 2' })).toBe(added.dataDir)
    expect(workspaceDataDir(dir, 'default', { HERALD_WORKSPACE: 'Shop 2' })).toBe(dir)
    expect(workspaceDataDir(dir, undefined, { HERALD_WORKSPACE: '' })).toBe(dir)
    expect(() => workspaceDataDir(dir, undefined, { HERALD_WORKSPACE: 'Shop 9' })).toThrow('no workspace')
  })

  it('says what to do with a name taken, empty, unknown or the default', () => {
    addWorkspace(dir, 'Shop 2')
    expect(errorOf(() => addWorkspace(dir, 'shop 2')).message).toContain('already')
    expect(errorOf(() => addWorkspace(dir, '  ')).message).toContain('Give the workspace a name')
    expect(errorOf(() => addWorkspace(dir, 'a/b')).message).toContain('slashes')
    expect(errorOf(() => addWorkspace(dir, 'Default')).message).toContain('already')
    const unknown = errorOf(() => findWorkspace(dir, 'Shop 3'))
    expect(unknown.code).toBe('NOT_FOUND')
    expect(unknown.message).toContain('"default", "Shop 2"')
    expect(errorOf(() => renameWorkspace(dir, 'default', 'Main')).message).toContain('keeps its name')
  })

  it('says its refusals to the window as phrases, worded in Arabic there and in English for the CLI', () => {
    addWorkspace(dir, 'Shop 2')
    const taken = errorOf(() => addWorkspace(dir, 'shop 2'))
    expect(taken.message).toBe('There is a workspace called "shop 2" already. Choose another name.')
    expect(taken.phrase && sayIn('ar', taken.phrase)).toBe(
      'توجد مساحة عمل باسم «shop 2» بالفعل. اختر اسمًا آخر.',
    )
    const unknown = errorOf(() => findWorkspace(dir, 'Shop 3'))
    expect(unknown.phrase && sayIn('ar', unknown.phrase)).toBe(
      'لا توجد مساحة عمل باسم «Shop 3». مساحات العمل الموجودة: "default", "Shop 2". ' +
        'أضف واحدة بالأمر: herald workspaces add "Shop 3"',
    )
  })

  it('removes a workspace only when its name is typed, after a backup, and never the default', async () => {
    const shop = addWorkspace(dir, 'Shop 2')
    fs.writeFileSync(path.join(shop.dataDir, 'herald.db'), 'data')
    const backup = (_: unknown, folder: string): Promise<string> => {
      const file = path.join(folder, 'shop-2.db')
      fs.copyFileSync(path.join(shop.dataDir, 'herald.db'), file)
      return Promise.resolve(file)
    }
    await expect(removeWorkspace(dir, 'Shop 2', 'shop', backup)).rejects.toThrow('type its name exactly')
    expect(fs.existsSync(shop.dataDir)).toBe(true)
    await expect(removeWorkspace(dir, 'default', 'default', backup)).rejects.toThrow('cannot be removed')
    const { backupFile } = await removeWorkspace(dir, 'Shop 2', 'Shop 2', backup)
    expect(fs.readFileSync(backupFile, 'utf8')).toBe('data')
    expect(fs.existsSync(shop.dataDir)).toBe(false)
    expect(listWorkspaces(dir).map((w) => w.name)).toEqual(['default'])
  })
})

describe('workspace colours', () => {
  const registry = (): unknown => JSON.parse(fs.readFileSync(path.join(dir, 'workspaces.json'), 'utf8'))

  it('keeps the colour chosen; a workspace without one gets the same one from its name every time', () => {
    // A list of workspaces written before they had colours, and a colour this version does not know.
    fs.writeFileSync(
      path.join(dir, 'workspaces.json'),
      JSON.stringify({
        workspaces: [
          { name: 'Old shop', folder: 'old-shop', createdAt: '2026-01-01T00:00:00.000Z' },
          { name: 'Bakery', folder: 'bakery', createdAt: '2026-01-01T00:00:00.000Z', colour: 'chartreuse' },
        ],
      }),
    )
    addWorkspace(dir, 'Shop 2', new Date('2026-12-06T10:00:00Z'), 'violet')
    const colours = (): Record<string, string> =>
      Object.fromEntries(listWorkspaces(dir).map((w) => [w.name, w.colour]))
    expect(colours()).toEqual({
      default: colourFromName('default'),
      Bakery: colourFromName('Bakery'),
      'Old shop': colourFromName('Old shop'),
      'Shop 2': 'violet',
    })
    expect(colours()).toEqual(colours())
    expect(registry()).toMatchObject({
      workspaces: expect.arrayContaining([expect.objectContaining({ colour: 'violet' })]),
    })
  })

  it('keeps a colour through a rename, changes it when asked, and colours the default workspace too', () => {
    fs.writeFileSync(
      path.join(dir, 'workspaces.json'),
      JSON.stringify({
        workspaces: [{ name: 'Old shop', folder: 'old-shop', createdAt: '2026-01-01T00:00:00Z' }],
      }),
    )
    const before = colourFromName('Old shop')
    expect(colourFromName('Corner shop')).not.toBe(before)
    expect(renameWorkspace(dir, 'Old shop', 'Corner shop').colour).toBe(before)
    expect(renameWorkspace(dir, 'corner shop', 'Corner Shop', 'teal')).toMatchObject({
      name: 'Corner Shop',
      colour: 'teal',
    })
    expect(renameWorkspace(dir, 'default', 'default', 'red')).toMatchObject({
      isDefault: true,
      colour: 'red',
    })
    expect(errorOf(() => renameWorkspace(dir, 'default', 'Main', 'red')).message).toContain('keeps its name')
    expect(registry()).toEqual({
      defaultColour: 'red',
      workspaces: [
        { name: 'Corner Shop', folder: 'old-shop', createdAt: '2026-01-01T00:00:00Z', colour: 'teal' },
      ],
    })
    addWorkspace(dir, 'Shop 2')
    expect(findWorkspace(dir, undefined).colour).toBe('red')
  })
})

describe('herald --workspace', () => {
  const csv = 'Name,Phone\nAna,07911 123456\nBen,07911 123457\n'

  it('keeps each workspace’s lists apart, both ways, and removes one after its backup', async () => {
    const file = path.join(dir, 'shops.csv')
    fs.writeFileSync(file, csv)
    expect((await runHerald(dir, 'workspaces', 'add', 'shop2')).status).toBe(0)
    expect(
      (
        await runHerald(
          dir,
          '--workspace',
          'shop2',
          'import',
          file,
          '--country',
          'GB',
          '--save',
          'Second shop',
        )
      ).status,
    ).toBe(0)
    expect((await runHerald(dir, 'import', file, '--country', 'GB', '--save', 'First shop')).status).toBe(0)
    const names = async (...workspace: string[]): Promise<string[]> => {
      const run = await runHerald(dir, ...workspace, 'lists', '--json')
      return (JSON.parse(run.out) as { name: string }[]).map((l) => l.name)
    }
    expect(await names()).toEqual(['First shop'])
    expect(await names('--workspace', 'shop2')).toEqual(['Second shop'])
    expect(await names('--workspace', 'default')).toEqual(['First shop'])

    const listed = await runHerald(dir, 'workspaces', '--json')
    expect(JSON.parse(listed.out)).toMatchObject({
      workspaces: [
        { name: 'default', default: true },
        { name: 'shop2', default: false },
      ],
    })
    const unknown = await runHerald(dir, '--workspace', 'shop3', 'lists')
    expect(unknown.status).toBe(1)
    expect(unknown.err).toContain('There is no workspace called "shop3"')

    const refused = await runHerald(dir, 'workspaces', 'remove', 'shop2')
    expect(refused.status).toBe(1)
    const removed = await runHerald(dir, 'workspaces', 'remove', 'shop2', '--confirm', 'shop2', '--json')
    expect(removed.status).toBe(0)
    const { backup } = JSON.parse(removed.out) as { backup: string }
    expect(fs.statSync(backup).size).toBeGreaterThan(0)
    expect(await names()).toEqual(['First shop'])
  })
})
