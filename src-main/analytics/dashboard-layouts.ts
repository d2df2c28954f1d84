import type { Database } from 'better-sqlite3'
import type {
  DashboardLayout,
  DashboardLayouts,
  WidgetPlacement,
} from '../../src-shared/domain/dashboard-layout'
import {
  completeWidgets,
  firstLayoutName,
  LayoutNameSchema,
  LayoutWidgetsSchema,
  maxLayoutName,
} from '../../src-shared/domain/dashboard-layout'
import { phrase } from '../../src-shared/i18n/phrase'
import { DashboardLayoutsRepo } from '../db/repos/dashboard-layouts-repo'
import type { DashboardLayoutRow } from '../db/repos/dashboard-layouts-repo'
import { AppError } from '../errors'
import type { RecordEvent } from '../logging/app-events'

export type DashboardLayoutsDeps = { db: Database; record: RecordEvent }

function parsedWidgets(json: string): unknown {
  try {
    return JSON.parse(json)
  } catch {
    return []
  }
}

const toLayout = (row: DashboardLayoutRow): DashboardLayout => ({
  id: row.id,
  name: row.name,
  widgets: completeWidgets(parsedWidgets(row.widgets)),
})

function checkedName(name: string): string {
  const parsed = LayoutNameSchema.safeParse(name)
  if (!parsed.success) {
    const tooLong = parsed.error.issues[0]?.code === 'too_big'
    throw new AppError(
      'BAD_INPUT',
      tooLong
        ? phrase('reporting.layout.nameTooLong', { max: maxLayoutName })
        : phrase('reporting.layout.nameMissing'),
    )
  }
  return parsed.data
}

function checkedWidgets(widgets: readonly WidgetPlacement[]): string {
  const parsed = LayoutWidgetsSchema.safeParse(widgets)
  if (!parsed.success) {
    const twice = parsed.error.issues[0]?.code === 'custom'
    throw new AppError(
      'BAD_INPUT',
      twice ? phrase('reporting.layout.widgetTwice') : phrase('reporting.layout.invalid'),
    )
  }
  return JSON.stringify(parsed.data)
}

/**
 * The Dashboard's named layouts of this workspace, and which one it shows. There is always one: a workspace
 * starts with "My dashboard", every widget shown, which keeps up with the default until it is changed.
 */
export class DashboardLayoutsService {
  private readonly repo: DashboardLayoutsRepo

  constructor(private readonly deps: DashboardLayoutsDeps) {
    this.repo = new DashboardLayoutsRepo(deps.db)
  }

  /** Every layout by name, and the one in use. */
  list(): DashboardLayouts {
    return this.repo.inTransaction(() => {
      let rows = this.repo.list()
      if (rows.length === 0) {
        // An empty list: the default widgets, new ones in their default places
        this.repo.use(this.repo.add(firstLayoutName, '[]'))
        rows = this.repo.list()
      }
      const inUse = rows.find((r) => r.inUse === 1) ?? rows[0]!
      return { layouts: rows.map(toLayout), inUse: inUse.id }
    })
  }

  /** The widgets of a layout changed: their order, widths, which are shown. */
  save(layoutId: number, widgets: readonly WidgetPlacement[]): DashboardLayouts {
    const json = checkedWidgets(widgets)
    if (!this.repo.setWidgets(layoutId, json)) throw this.missing()
    return this.list()
  }

  /** A new layout under its own name, which becomes the one in use. */
  add(name: string, widgets: readonly WidgetPlacement[]): DashboardLayouts {
    const chosen = checkedName(name)
    const json = checkedWidgets(widgets)
    this.repo.inTransaction(() => {
      this.assertFree(chosen)
      this.repo.use(this.repo.add(chosen, json))
    })
    this.deps.record('dashboard_layout_added', `Saved the dashboard layout ${chosen}`)
    return this.list()
  }

  rename(layoutId: number, name: string): DashboardLayouts {
    const chosen = checkedName(name)
    this.repo.inTransaction(() => {
      this.assertFree(chosen, layoutId)
      if (!this.repo.rename(layoutId, chosen)) throw this.missing()
    })
    return this.list()
  }

  /** Deletes a layout, never the last one; when it was in use, the first by name takes its place. */
  delete(layoutId: number): DashboardLayouts {
    this.repo.inTransaction(() => {
      const rows = this.repo.list()
      const doomed = rows.find((r) => r.id === layoutId)
      if (!doomed) throw this.missing()
      if (rows.length === 1) {
        throw new AppError('CONFLICT', phrase('reporting.layout.onlyOne'))
      }
      this.repo.delete(layoutId)
      const next = rows.find((r) => r.id !== layoutId)
      if (doomed.inUse === 1 && next) this.repo.use(next.id)
      this.deps.record('dashboard_layout_deleted', `Deleted the dashboard layout ${doomed.name}`)
    })
    return this.list()
  }

  /** Shows layout `layoutId` on the Dashboard, now and at the next start. */
  use(layoutId: number): DashboardLayouts {
    if (!this.repo.use(layoutId)) throw this.missing()
    return this.list()
  }

  private assertFree(name: string, except?: number): void {
    const taken = this.repo.named(name)
    if (taken && taken.id !== except)
      throw new AppError('CONFLICT', phrase('reporting.layout.taken', { name: taken.name }))
  }

  private missing(): AppError {
    return new AppError('NOT_FOUND', phrase('reporting.layout.gone'))
  }
}
