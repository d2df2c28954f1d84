import { afterEach, describe, expect, it, vi } from 'vitest'
import { saveList } from '../campaign/fixtures.test-support'
import { openTestContext, tempDataDir } from '../context.test-support'
import type { TestContext } from '../context.test-support'
import type { FreeSpace } from '../disk-space'
import { capDatabase, enospc, MB, sqliteFull } from '../disk-space.test-support'
import { AppError } from '../errors'
import { dispatch } from './dispatch'
import { createHandlers } from './handlers'

const opened: { ctx: TestContext; remove: () => void }[] = []
afterEach(async () => {
  vi.restoreAllMocks()
  for (const { ctx, remove } of opened.splice(0)) {
    await ctx.shutdown()
    remove()
  }
})

function open(freeSpace: FreeSpace): TestContext {
  const temp = tempDataDir()
  const ctx = openTestContext({ dataDir: temp.dir, runtime: 'browser', freeSpace })
  opened.push({ ctx, remove: temp.remove })
  return ctx
}

function campaignInput(ctx: TestContext, contacts: number): Record<string, unknown> {
  const listId = saveList(ctx, contacts)
  const body = `Hi {{name}}, ${'our spring offer is here. '.repeat(30)}`
  const template = ctx.templates.save({ name: 'Spring', variants: [{ name: 'A', body }] })
  return { listId, templateId: template.id, dryRun: true, pace: 'none' }
}

/** What the page shows for a full disk: the folder, what to do, no code and no "something went wrong". */
function expectWords(result: unknown, ctx: TestContext): void {
  expect(result).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE' } })
  const { message } = (result as { error: { message: string } }).error
  expect(message).toContain(`Herald's data folder (${ctx.paths.dataDir})`)
  expect(message).toContain('HERALD_DATA_DIR')
  expect(message).toContain('Settings → Data care → Old campaigns')
  expect(message).not.toMatch(/ENOSPC|SQLITE_FULL|Something went wrong/)
}

describe('a full disk over IPC', () => {
  it('a campaign too big for the room left is refused in words, before anything is written', async () => {
    const ctx = open(() => 10 * MB)
    const result = await dispatch(createHandlers(ctx), 'campaigns:create', campaignInput(ctx, 5000), ctx.log)
    expectWords(result, ctx)
    expect(result).toMatchObject({ error: { message: expect.stringMatching(/and 10\.0 MB is free/) } })
    expect(ctx.campaigns.list()).toEqual([])
  })

  it('SQLITE_FULL from a real write while creating a campaign comes back in words', async () => {
    const ctx = open(() => 500 * MB)
    const input = campaignInput(ctx, 5000)
    capDatabase(ctx.db, 100)
    const result = await dispatch(createHandlers(ctx), 'campaigns:create', input, ctx.log)
    expectWords(result, ctx)
    expect(result).toMatchObject({
      error: { message: expect.stringMatching(/is full \(500\.0 MB free\)\. Herald needed about/) },
    })
    expect(ctx.campaigns.list()).toEqual([])
  })

  it('ENOSPC or SQLITE_FULL from any handler, at once or later, comes back in words', async () => {
    const ctx = open(() => 0)
    const handlers = createHandlers(ctx)
    const health = vi.spyOn(ctx.dataCare, 'health').mockImplementation(() => {
      throw enospc()
    })
    expectWords(await dispatch(handlers, 'db:health', {}, ctx.log), ctx)
    // A handler that answers at once still throws at once, already in words.
    expect(() => handlers['db:health']({})).toThrow(AppError)
    health.mockRestore()
    vi.spyOn(ctx.campaigns, 'create').mockRejectedValue(sqliteFull())
    const result = await dispatch(handlers, 'campaigns:create', campaignInput(ctx, 2), ctx.log)
    expectWords(result, ctx)
    expect(result).toMatchObject({ error: { message: expect.stringMatching(/is full \(0 bytes free\)/) } })
    // Anything else is still the unexpected failure it was.
    vi.spyOn(ctx.dataCare, 'health').mockImplementation(() => {
      throw new Error('boom')
    })
    expect(await dispatch(handlers, 'db:health', {}, ctx.log)).toMatchObject({
      ok: false,
      error: { code: 'INTERNAL' },
    })
  })
})
