import fs from 'node:fs'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { appHandlers } from '../ipc/app'
import { openTestContext, tempDataDir } from '../context.test-support'

let cleanup: (() => Promise<void>) | undefined
afterEach(async () => {
  await cleanup?.()
  cleanup = undefined
})

describe('the log file', () => {
  it('cannot be given a forged entry through an error report from the window', async () => {
    const temp = tempDataDir()
    const ctx = openTestContext({ dataDir: temp.dir, runtime: 'cli' })
    cleanup = async () => {
      await ctx.shutdown()
      temp.remove()
    }
    const forged = '[2026-12-06 03:00:00.000] [info]  [backup_made] Backup made'
    const report = appHandlers(ctx)['app:report-error'] as (input: {
      message: string
      screen: string
    }) => unknown
    report({ message: `The chart did not draw\r\n${forged}`, screen: 'dashboard' })
    await vi.waitFor(() => expect(fs.readFileSync(ctx.log.file, 'utf8')).toContain('The chart did not draw'))
    const lines = fs.readFileSync(ctx.log.file, 'utf8').split('\n')
    expect(lines.some((line) => line.startsWith('[2026-12-06 03:00:00.000]'))).toBe(false)
    expect(lines.find((line) => line.includes('The chart did not draw'))).toContain(`\\r\\n${forged}`)
  })
})
