import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach } from 'vitest'
import { openAppContext } from './context'
import type { AppContext } from './context'

/** A fresh, empty data folder under the system temp dir; removed by the returned function. */
export function tempDataDir(prefix = 'herald-test-'): { dir: string; remove: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix))
  return { dir, remove: () => fs.rmSync(dir, { recursive: true, force: true }) }
}

/**
 * Gives each test of the file a fresh app context over its own empty data folder, closed and removed after
 * the test: `let ctx: AppContext; withFreshContext((fresh) => (ctx = fresh))`.
 */
export function withFreshContext(use: (ctx: AppContext) => void): void {
  let opened: { ctx: AppContext; remove: () => void } | undefined
  beforeEach(() => {
    const temp = tempDataDir()
    const ctx = openAppContext({ dataDir: temp.dir, runtime: 'cli' })
    opened = { ctx, remove: temp.remove }
    use(ctx)
  })
  afterEach(() => {
    opened?.ctx.close()
    opened?.remove()
    opened = undefined
  })
}
