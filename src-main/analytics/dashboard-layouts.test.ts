import type { Database } from 'better-sqlite3'
import { beforeEach, describe, expect, it } from 'vitest'
import { changeWidget, defaultWidgets, moveWidget, widgetIds } from '../../src-shared/domain/dashboard-layout'
import type { DashboardLayouts } from '../../src-shared/domain/dashboard-layout'
import { latestSchemaVersion } from '../db/migrations'
import { schemaAt } from '../db/migrations/schema.test-support'
import { AppError } from '../errors'
import { DashboardLayoutsService } from './dashboard-layouts'

let db: Database
let recorded: string[]
const service = (): DashboardLayoutsService =>
  new DashboardLayoutsService({ db, record: (kind) => void recorded.push(kind) })

const names = (answer: DashboardLayouts): string[] => answer.layouts.map((l) => l.name)
const inUseName = (answer: DashboardLayouts): string | undefined =>
  answer.layouts.find((l) => l.id === answer.inUse)?.name

function codeOf(work: () => unknown): string | undefined {
  try {
    work()
  } catch (error) {
    if (error instanceof AppError) return error.code
    throw error
  }
  return undefined
}

beforeEach(() => {
  db = schemaAt(latestSchemaVersion)
  recorded = []
})

describe('dashboard layouts', () => {
  it('start with "My dashboard", every widget shown, in use', () => {
    const first = service().list()
    expect(names(first)).toEqual(['My dashboard'])
    expect(first.inUse).toBe(first.layouts[0]?.id)
    expect(first.layouts[0]?.widgets).toEqual(defaultWidgets())
    // Asking again makes no second one
    expect(names(service().list())).toEqual(['My dashboard'])
  })

  it('keep each change, and the layout in use, for the next start', () => {
    const layouts = service()
    const first = layouts.list().inUse
    const moved = changeWidget(moveWidget(defaultWidgets(), 'trend', 0), 'errors', { visible: false })
    layouts.save(first, changeWidget(moved, 'stats', { width: 'half' }))
    const team = layouts.add('Team', defaultWidgets().slice(0, 3))
    expect(inUseName(team)).toBe('Team')

    const later = service().list()
    expect(names(later)).toEqual(['My dashboard', 'Team'])
    expect(inUseName(later)).toBe('Team')
    const mine = later.layouts.find((l) => l.name === 'My dashboard')!
    expect(mine.widgets[0]).toEqual({ id: 'trend', visible: true, width: 'full' })
    expect(mine.widgets.find((w) => w.id === 'errors')?.visible).toBe(false)
    expect(mine.widgets.find((w) => w.id === 'stats')?.width).toBe('half')
    // Made with three widgets: the others follow, shown
    const teamWidgets = later.layouts.find((l) => l.name === 'Team')!.widgets
    expect(teamWidgets.map((w) => w.id)).toEqual([...widgetIds])
    expect(service().use(first).inUse).toBe(first)
    expect(inUseName(service().list())).toBe('My dashboard')
    expect(recorded).toEqual(['dashboard_layout_added'])
  })

  it('refuse a name taken (whatever its case), an empty name and a layout that is gone', () => {
    const layouts = service()
    const first = layouts.list().inUse
    const owner = layouts.add('Owner', defaultWidgets())
    const ownerId = owner.inUse
    expect(codeOf(() => layouts.add('owner', defaultWidgets()))).toBe('CONFLICT')
    expect(codeOf(() => layouts.rename(first, ' OWNER '))).toBe('CONFLICT')
    expect(codeOf(() => layouts.add('   ', defaultWidgets()))).toBe('BAD_INPUT')
    expect(codeOf(() => layouts.save(999, defaultWidgets()))).toBe('NOT_FOUND')
    expect(codeOf(() => layouts.use(999))).toBe('NOT_FOUND')
    expect(inUseName(layouts.list())).toBe('Owner')
    // A layout renamed to its own name in another case is still itself
    expect(names(layouts.rename(ownerId, 'OWNER'))).toEqual(['My dashboard', 'OWNER'])
    expect(names(layouts.rename(first, '  Shop floor '))).toEqual(['OWNER', 'Shop floor'])
  })

  it('delete a layout but never the last; the one in use gives its place to another', () => {
    const layouts = service()
    const first = layouts.list().inUse
    const team = layouts.add('Team', defaultWidgets()).inUse
    const after = layouts.delete(team)
    expect(names(after)).toEqual(['My dashboard'])
    expect(after.inUse).toBe(first)
    expect(codeOf(() => layouts.delete(first))).toBe('CONFLICT')
    expect(codeOf(() => layouts.delete(team))).toBe('NOT_FOUND')
    expect(names(layouts.list())).toEqual(['My dashboard'])
  })

  it('read a stored list it cannot use as the default', () => {
    db.exec(`INSERT INTO dashboard_layouts (name, widgets, in_use)
      VALUES ('From a newer Herald', '[{"id":"weather","visible":true,"width":"full"}]', 1)`)
    const answer = service().list()
    expect(names(answer)).toEqual(['From a newer Herald'])
    expect(answer.layouts[0]?.widgets).toEqual(defaultWidgets())
  })
})
