import { describe, expect, it } from 'vitest'
import { english, sayIn } from '../../src-shared/i18n/wording'
import { closeAfterEach, messagesOf } from '../context.test-support'
import { seedHistory } from '../db/history-fixtures.test-support'
import type { SeedMessage } from '../db/history-fixtures.test-support'
import { recentDetail } from './recent-contacts'
import { harness, phoneOf, saveList, ScriptedTransport, start } from './fixtures.test-support'
import type { Harness } from './fixtures.test-support'

const closing = closeAfterEach()

const day = 24 * 60 * 60 * 1000
const daysAgo = (n: number): string => new Date(start - n * day).toISOString()
const sent = (i: number, at: string): SeedMessage => ({
  phone: phoneOf(i),
  name: null,
  status: 'sent',
  sentAt: at,
})

/**
 * Ten contacts; earlier campaigns reached some of them: #1 live 3 days ago (and 6 days ago), #2 in a dry run
 * 1 day ago, #3 live 10 days ago, #4 live 2 days ago but opted out since, #5 queued in a live campaign
 * 1 day ago but never sent.
 */
function world(): { x: Harness; listId: number; templateId: number } {
  const x = closing(harness({ deps: { live: new ScriptedTransport(), timeZone: 'Europe/London' } }))
  const listId = saveList(x.ctx, 10)
  seedHistory(x.ctx.db, [
    { name: 'Older', dryRun: false, createdAt: daysAgo(11), messages: [sent(3, daysAgo(10))] },
    { name: 'Last week', dryRun: false, createdAt: daysAgo(7), messages: [sent(1, daysAgo(6))] },
    {
      name: 'This week',
      dryRun: false,
      createdAt: daysAgo(4),
      messages: [
        sent(1, daysAgo(3)),
        sent(4, daysAgo(2)),
        { phone: phoneOf(5), name: null, status: 'queued' },
      ],
    },
    { name: 'Rehearsal', dryRun: true, createdAt: daysAgo(2), messages: [sent(2, daysAgo(1))] },
  ])
  x.ctx.optOuts.add(phoneOf(4), { source: 'manual' })
  const templateId = x.templates.save({ name: 'Offer', variants: [{ name: 'A', body: 'Hi {{name}}' }] }).id
  return { x, listId, templateId }
}

async function create(
  x: Harness,
  input: { listId: number; templateId: number; dryRun: boolean; skipRecentDays?: number },
): Promise<Map<string, { status: string; category: string | null; detail: string | null }>> {
  const campaign = await x.campaigns.create({ pace: 'safe', ...input })
  const rows = messagesOf(x.ctx, campaign.id)
  return new Map(rows.map((m) => [m.phone, { status: m.status, category: m.category, detail: m.detail }]))
}

const skippedPhones = (rows: Map<string, { category: string | null }>, category: string): string[] =>
  [...rows].filter(([, m]) => m.category === category).map(([phone]) => phone)

describe('the contact frequency cap at creation', () => {
  it('leaves out a number messaged 3 days ago at 7 days, with the date of its latest message', async () => {
    const { x, listId, templateId } = world()
    const rows = await create(x, { listId, templateId, dryRun: false, skipRecentDays: 7 })
    expect(rows.get(phoneOf(1))).toEqual({
      status: 'skipped',
      category: 'recently_contacted',
      detail: 'Got a Herald message on 27 Feb 2026 (within 7 days).',
    })
    expect(skippedPhones(rows, 'recently_contacted')).toEqual([phoneOf(1)])
    // Opted out since: skipped for that reason, which outweighs the cap
    expect(rows.get(phoneOf(4))).toMatchObject({ status: 'skipped', category: 'opted_out' })
    // A dry run's "send", a send too long ago and a message never sent do not count for a live campaign
    for (const i of [2, 3, 5]) expect(rows.get(phoneOf(i))).toMatchObject({ status: 'queued' })
    expect(rows.size).toBe(10)
  })

  it('keeps the number at 2 days, and everyone at 0', async () => {
    const { x, listId, templateId } = world()
    const two = await create(x, { listId, templateId, dryRun: false, skipRecentDays: 2 })
    expect(two.get(phoneOf(1))).toMatchObject({ status: 'queued' })
    expect(skippedPhones(two, 'recently_contacted')).toEqual([])
    const off = await create(x, { listId, templateId, dryRun: false, skipRecentDays: 0 })
    expect(skippedPhones(off, 'recently_contacted')).toEqual([])
  })

  it('rehearses the cap in a dry run against earlier dry runs only', async () => {
    const { x, listId, templateId } = world()
    const rows = await create(x, { listId, templateId, dryRun: true, skipRecentDays: 7 })
    expect(skippedPhones(rows, 'recently_contacted')).toEqual([phoneOf(2)])
    expect(rows.get(phoneOf(2))?.detail).toBe('Got a Herald message on 1 Mar 2026 (within 7 days).')
  })

  it('follows the Settings default when the campaign does not say', async () => {
    const { x, listId, templateId } = world()
    expect(
      skippedPhones(await create(x, { listId, templateId, dryRun: false }), 'recently_contacted'),
    ).toEqual([])
    x.ctx.settings.update({ 'campaign.skipRecentDays': 14 })
    const rows = await create(x, { listId, templateId, dryRun: false })
    expect(skippedPhones(rows, 'recently_contacted').sort()).toEqual([phoneOf(1), phoneOf(3)])
    expect(rows.get(phoneOf(3))?.detail).toBe('Got a Herald message on 20 Feb 2026 (within 14 days).')
    const again = await x.campaigns.create({ listId, templateId, dryRun: false, pace: 'safe' })
    expect(x.campaigns.leftOutRecently(again.id)).toBe(2)
  })

  it('counts what the campaign itself sent: a second dry run leaves out the first one’s numbers', async () => {
    const x = closing(harness())
    const listId = saveList(x.ctx, 4)
    const templateId = x.templates.save({ name: 'Offer', variants: [{ name: 'A', body: 'Hi' }] }).id
    const first = await x.campaigns.create({ listId, templateId, dryRun: true, pace: 'none' })
    x.campaigns.start(first.id)
    await x.campaigns.whenDone(first.id)
    expect(x.campaigns.get(first.id).counts.sent).toBe(4)
    const second = await x.campaigns.create({
      listId,
      templateId,
      dryRun: true,
      pace: 'none',
      skipRecentDays: 1,
    })
    expect(second.counts).toMatchObject({ queued: 0, skipped: 4 })
  })
})

describe('the estimate before start', () => {
  // Nine contacts may be messaged: #4 opted out after the import and is never counted as a message.
  it('says how many the cap leaves out, and counts only the others as messages', async () => {
    const { x, listId, templateId } = world()
    expect(x.campaigns.estimate(listId, 'safe', { dryRun: false, skipRecentDays: 7 })).toMatchObject({
      messages: 8,
      recentlyContacted: 1,
      skipRecentDays: 7,
    })
    expect(x.campaigns.estimate(listId, 'safe', { dryRun: false, skipRecentDays: 14 })).toMatchObject({
      messages: 7,
      recentlyContacted: 2,
    })
    expect(x.campaigns.estimate(listId, 'safe', { dryRun: true, skipRecentDays: 7 })).toMatchObject({
      recentlyContacted: 1,
    })
    expect(x.campaigns.estimate(listId, 'safe', { dryRun: false, skipRecentDays: 0 })).toMatchObject({
      messages: 9,
      recentlyContacted: 0,
      skipRecentDays: 0,
    })
    x.ctx.settings.update({ 'campaign.skipRecentDays': 7 })
    expect(x.campaigns.estimate(listId, 'safe')).toMatchObject({ recentlyContacted: 1, skipRecentDays: 7 })
    // The campaign then queues exactly what the estimate said
    const created = await x.campaigns.create({ listId, templateId, dryRun: false, pace: 'safe' })
    expect(created.counts.queued).toBe(8)
  })
})

describe('recentDetail', () => {
  it('writes the date in the user’s time zone', () => {
    const lateEvening = '2026-12-02T23:30:00.000Z'
    expect(english(recentDetail(lateEvening, 7, 'Europe/London'))).toBe(
      'Got a Herald message on 2 Dec 2026 (within 7 days).',
    )
    expect(english(recentDetail(lateEvening, 1, 'Asia/Tokyo'))).toBe(
      'Got a Herald message on 3 Dec 2026 (within 1 day).',
    )
    expect(english(recentDetail('2026-09-10T12:00:00.000Z', 14, 'UTC'))).toBe(
      'Got a Herald message on 10 Sept 2026 (within 14 days).',
    )
  })

  it('says that day in the window’s language, whatever its time zone', () => {
    const said = recentDetail('2026-12-02T23:30:00.000Z', 7, 'Asia/Tokyo')
    expect(sayIn('es', said)).toBe('Recibió un mensaje de Herald el 3 dic 2026 (en los últimos 7 días).')
    expect(sayIn('fr', { ...said, params: { ...said.params, days: 1 } })).toBe(
      'A reçu un message de Herald le 3 déc. 2026 (dans la dernière journée).',
    )
  })
})
