import fs from 'node:fs'
import { afterEach, describe, expect, it } from 'vitest'
import { openTestContext, tempDataDir } from './context.test-support'

let remove: (() => void) | undefined
afterEach(() => remove?.())

describe('openAppContext', () => {
  it('writes events to the rotating log file in the data folder and to the app_events table', async () => {
    const temp = tempDataDir()
    remove = temp.remove
    const ctx = openTestContext({ dataDir: temp.dir, runtime: 'cli' })
    ctx.record('test_event', 'Something worth keeping', { n: 1 }, 'warn')
    expect(ctx.appEvents.recent(10)).toContainEqual(
      expect.objectContaining({
        kind: 'test_event',
        level: 'warn',
        message: 'Something worth keeping',
        data: { n: 1 },
      }),
    )
    expect(ctx.appEvents.recent(10).map((e) => e.kind)).toContain('db_migrated')
    expect(ctx.info().logFile).toBe(`${temp.dir}/logs/main.log`)
    // The log file is written in the background: a slow machine takes longer than a fixed wait
    const logged = (): string =>
      fs.existsSync(ctx.info().logFile) ? fs.readFileSync(ctx.info().logFile, 'utf8') : ''
    await expect.poll(logged).toContain('[test_event] Something worth keeping')
    await ctx.shutdown()
  })

  it('shuts down once: at once when nothing is sending and no WhatsApp browser is open', async () => {
    const temp = tempDataDir()
    remove = temp.remove
    const ctx = openTestContext({ dataDir: temp.dir, runtime: 'cli' })
    expect(ctx.busy()).toBe(false)
    const closing = ctx.shutdown()
    // Before the promise settles: a quit that cannot wait still leaves the database closed.
    expect(() => ctx.settings.get()).toThrow(/not open/)
    expect(ctx.shutdown()).toBe(closing)
    await closing
  })

  it('logs a database it cannot open before refusing it', () => {
    const temp = tempDataDir()
    remove = temp.remove
    fs.writeFileSync(`${temp.dir}/herald.db`, 'not a database')
    expect(() => openTestContext({ dataDir: temp.dir, runtime: 'cli' })).toThrow(/not a Herald database/)
    expect(fs.readFileSync(`${temp.dir}/logs/main.log`, 'utf8')).toContain('Could not open the database')
  })
})
