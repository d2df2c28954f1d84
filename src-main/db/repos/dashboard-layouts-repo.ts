import type { Database, Statement } from 'better-sqlite3'

/** A layout as stored: its widgets are JSON, read leniently by the service. */
export type DashboardLayoutRow = { id: number; name: string; widgets: string; inUse: 0 | 1 }

const columns = 'id, name, widgets, in_use AS inUse'

/** The Dashboard's named layouts (migration 0022), one of them in use. */
export class DashboardLayoutsRepo {
  private readonly listStmt: Statement<[], DashboardLayoutRow>
  private readonly namedStmt: Statement<[string], DashboardLayoutRow>
  private readonly addStmt: Statement<[{ name: string; widgets: string }]>
  private readonly widgetsStmt: Statement<[{ id: number; widgets: string }]>
  private readonly renameStmt: Statement<[{ id: number; name: string }]>
  private readonly deleteStmt: Statement<[number]>
  private readonly unuseStmt: Statement<[]>
  private readonly useStmt: Statement<[number]>
  private readonly existsStmt: Statement<[number], { n: number }>

  constructor(private readonly db: Database) {
    this.listStmt = db.prepare(`SELECT ${columns} FROM dashboard_layouts ORDER BY name COLLATE NOCASE, id`)
    this.namedStmt = db.prepare(`SELECT ${columns} FROM dashboard_layouts WHERE name = ? COLLATE NOCASE`)
    this.addStmt = db.prepare('INSERT INTO dashboard_layouts (name, widgets) VALUES (@name, @widgets)')
    this.widgetsStmt = db.prepare('UPDATE dashboard_layouts SET widgets = @widgets WHERE id = @id')
    this.renameStmt = db.prepare('UPDATE dashboard_layouts SET name = @name WHERE id = @id')
    this.deleteStmt = db.prepare('DELETE FROM dashboard_layouts WHERE id = ?')
    this.unuseStmt = db.prepare('UPDATE dashboard_layouts SET in_use = 0 WHERE in_use = 1')
    this.useStmt = db.prepare('UPDATE dashboard_layouts SET in_use = 1 WHERE id = ?')
    this.existsStmt = db.prepare('SELECT count(*) AS n FROM dashboard_layouts WHERE id = ?')
  }

  /** Every layout, by name. */
  list(): DashboardLayoutRow[] {
    return this.listStmt.all()
  }

  named(name: string): DashboardLayoutRow | undefined {
    return this.namedStmt.get(name)
  }

  /** Adds a layout, not in use; returns its id. */
  add(name: string, widgets: string): number {
    return Number(this.addStmt.run({ name, widgets }).lastInsertRowid)
  }

  /** False when there is no layout `id`. */
  setWidgets(id: number, widgets: string): boolean {
    return this.widgetsStmt.run({ id, widgets }).changes > 0
  }

  rename(id: number, name: string): boolean {
    return this.renameStmt.run({ id, name }).changes > 0
  }

  delete(id: number): boolean {
    return this.deleteStmt.run(id).changes > 0
  }

  /** Makes `id` the layout in use, and no other; false when there is no layout `id`. */
  use(id: number): boolean {
    return this.db.transaction(() => {
      if (this.existsStmt.get(id)?.n !== 1) return false
      this.unuseStmt.run()
      return this.useStmt.run(id).changes > 0
    })()
  }

  /** Runs `work` in one transaction: a check and the change it allows see the same layouts. */
  inTransaction<T>(work: () => T): T {
    return this.db.transaction(work)()
  }
}
