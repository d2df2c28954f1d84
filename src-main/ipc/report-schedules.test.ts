import fs from 'node:fs'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { phrase } from '../../src-shared/i18n/phrase'
import type { Desktop } from '../desktop'
import type { TestContext } from '../context.test-support'
import { openTestContext, tempDataDir } from '../context.test-support'
import { createBrowserDesktop } from '../host/desktop-browser'
import { createHandlers } from './handlers'

let dir: string
let remove: () => void
let ctx: TestContext
const opened: string[] = []

function open(overrides: Partial<Desktop> = {}): TestContext {
  const desktop = {
    ...createBrowserDesktop({
      platform: 'darwin',
      open: (_command, args) => void opened.push(args.at(-1) ?? ''),
    }),
    ...overrides,
  }
  return openTestContext({ dataDir: path.join(dir, 'data'), runtime: 'browser', desktop })
}

beforeEach(() => {
  ;({ dir, remove } = tempDataDir('herald-schedules-ipc-'))
  opened.length = 0
})
afterEach(async () => {
  await ctx.shutdown()
  remove()
})

describe('scheduled reports over IPC', () => {
  it('shows the folder of a file a schedule wrote, as it does for an export', async () => {
    ctx = open()
    const saved = new Set<string>()
    const handlers = createHandlers(ctx, { saved })
    ctx.customReports.save({ name: 'By variant', rows: 'messages', groupBy: ['variant'], measures: ['sent'] })
    const schedule = await handlers['reportSchedules:save']({
      report: 'By variant',
      frequency: 'daily',
      time: '09:00',
      weekday: null,
      monthDay: null,
      format: 'csv',
      folder: null,
      enabled: true,
    })
    const run = await handlers['reportSchedules:run-now']({ scheduleId: schedule.id })
    const file = run.file ?? ''
    expect(path.dirname(file)).toBe(path.join(ctx.paths.dataDir, 'exports'))
    expect(fs.existsSync(file)).toBe(true)
    expect(await handlers['reports:show-in-folder']({ file })).toEqual({ shown: true })
    expect(opened).toEqual([path.dirname(file)])

    // A file of an earlier start is known once the history or the list shows it
    const later = new Set<string>()
    const again = createHandlers(ctx, { saved: later })
    expect(await again['reports:show-in-folder']({ file })).toEqual({ shown: false })
    await again['reportSchedules:list']({})
    expect(await again['reports:show-in-folder']({ file })).toEqual({ shown: true })
  })

  it('asks the desktop app for a folder; the browser run says where its files go instead', async () => {
    ctx = open()
    await expect(createHandlers(ctx)['reportSchedules:choose-folder']({ folder: null })).rejects.toThrow(
      /Here scheduled reports are saved in .*exports\. To choose another folder, use the Herald desktop app/,
    )
    await ctx.shutdown()
    const asked: unknown[] = []
    ctx = open({
      chooseFolder: (request) => {
        asked.push(request)
        return Promise.resolve('/home/ana/Reports')
      },
    })
    const chosen = await createHandlers(ctx)['reportSchedules:choose-folder']({ folder: null })
    expect(chosen).toEqual({ folder: '/home/ana/Reports' })
    expect(asked).toEqual([
      {
        title: phrase('system.dialog.reportsFolder.title'),
        defaultPath: path.join(ctx.paths.dataDir, 'exports'),
      },
    ])
  })
})
