import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { countsOf } from '../../../src-shared/domain/status-counts.test-support'
import type { TestContext } from '../../context.test-support'
import { openTestContext, tempDataDir } from '../../context.test-support'
import { CampaignsRepo } from './campaigns-repo'
import type { NewCampaign } from './campaigns-repo'
import { MessagesRepo } from './messages-repo'
import { TemplatesRepo } from './templates-repo'

let ctx: TestContext
let remove: () => void
let repo: CampaignsRepo
let base: NewCampaign

beforeEach(() => {
  const temp = tempDataDir()
  remove = temp.remove
  ctx = openTestContext({ dataDir: temp.dir, runtime: 'cli' })
  repo = new CampaignsRepo(ctx.db)
  const listId = ctx.lists.create({
    name: 'Shops',
    sourceFile: 'a.csv',
    sheet: 'S',
    country: 'GB',
    fieldKeys: [],
  })
  const variants = [{ name: 'A', body: 'Hi' }]
  const templateId = new TemplatesRepo(ctx.db).insert({ name: 'Hello', variants, attachment: null }, 'now')
  base = {
    name: 'Spring',
    listId,
    listName: 'Shops',
    templateId,
    templateName: 'Hello',
    dryRun: true,
    pacing: {
      preset: 'none',
      minDelaySeconds: 0,
      maxDelaySeconds: 0,
      batchSize: 1,
      batchPauseMinutes: 0,
      hourlyCap: 1,
      dailyCap: 1,
      windowStart: '00:00',
      windowEnd: '24:00',
      warmUp: false,
      typingSeconds: 0,
    },
    variantRule: { kind: 'single' },
    variants,
    attachment: null,
    createdAt: '2026-03-01T10:00:00.000Z',
  }
})
afterEach(async () => {
  await ctx.shutdown()
  remove()
})

describe('campaigns repo', () => {
  it('keeps a campaign invisible until prepared, then maps it with counts for every status', () => {
    const id = repo.insert(base)
    expect(repo.get(id)).toBeUndefined()
    expect(repo.unprepared()).toEqual([id])
    const messages = new MessagesRepo(ctx.db)
    messages.insertMany(
      id,
      [1, 2, 3].map((contactId) => ({
        contactId,
        phone: `+44791110000${contactId}`,
        name: null,
        variant: 'A',
        body: 'Hi',
        status: contactId === 3 ? 'skipped' : 'queued',
        category: contactId === 3 ? 'opted_out' : null,
        detail: null,
      })),
      'now',
    )
    repo.markPrepared(id)
    const campaign = repo.get(id)!
    expect(campaign).toMatchObject({ id, status: 'draft', dryRun: true, total: 3, variants: base.variants })
    expect(campaign.counts).toEqual(countsOf({ queued: 2, skipped: 1 }))
    expect(repo.all().map((c) => c.counts.queued)).toEqual([2])
  })

  it('moves a campaign only from the status it is in, keeping the first start time', () => {
    const id = repo.insert(base)
    repo.markPrepared(id)
    expect(repo.move(id, 'running', { status: 'paused', cause: 'user', reason: null })).toBe(false)
    expect(repo.move(id, 'draft', { status: 'running', startedAt: 't1' })).toBe(true)
    expect(repo.move(id, 'running', { status: 'paused', cause: 'breaker', reason: 'Why' })).toBe(true)
    expect(repo.move(id, 'paused', { status: 'running', reason: null, startedAt: 't2' })).toBe(true)
    expect(repo.get(id)).toMatchObject({ status: 'running', startedAt: 't1', statusReason: null })
    expect(repo.status(id)).toBe('running')
    expect(repo.idsWithStatus('running')).toEqual([id])
  })

  it('keeps why a campaign paused while it is paused, and forgets it when it moves on', () => {
    const id = repo.insert({ ...base, dryRun: false })
    repo.markPrepared(id)
    expect(repo.pauseCause(id)).toBeNull()
    repo.move(id, 'draft', { status: 'running', startedAt: 't1' })
    expect(repo.liveRunning()).toEqual([id])
    repo.move(id, 'running', { status: 'paused', cause: 'session_lost', reason: 'Logged out' })
    expect(repo.pauseCause(id)).toBe('session_lost')
    expect(repo.liveRunning()).toEqual([])
    repo.move(id, 'paused', { status: 'running', reason: null })
    expect(repo.pauseCause(id)).toBeNull()
    expect(repo.pauseCause(id + 1)).toBeNull()
  })

  it('leaves dry runs out of the live campaigns sending', () => {
    const id = repo.insert(base)
    repo.markPrepared(id)
    repo.move(id, 'draft', { status: 'running', startedAt: 't1' })
    expect(repo.idsWithStatus('running')).toEqual([id])
    expect(repo.liveRunning()).toEqual([])
  })

  it('outlives its list and template, keeping their names', () => {
    const id = repo.insert(base)
    repo.markPrepared(id)
    ctx.db.exec('DELETE FROM contact_lists; DELETE FROM templates')
    expect(repo.get(id)).toMatchObject({ listId: 0, listName: 'Shops', templateId: 0, templateName: 'Hello' })
  })
})
