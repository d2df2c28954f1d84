import fs from 'node:fs'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { TestContext } from '../context.test-support'
import { openTestContext, tempDataDir } from '../context.test-support'
import type { IncomingReply } from '../db/repos/inbox-repo'
import { exportLeads } from './leads-export'
import { soundsLikeLead } from './inbox-service'

let temp: ReturnType<typeof tempDataDir>
let ctx: TestContext
const notices: { conversationId: number; notify: boolean }[] = []

beforeEach(() => {
  temp = tempDataDir()
  ctx = openTestContext({ dataDir: temp.dir })
  notices.length = 0
  ctx.events.subscribe((event, payload) => {
    if (event === 'inbox:reply') notices.push(payload as { conversationId: number; notify: boolean })
  })
})
afterEach(async () => {
  await ctx.shutdown()
  temp.remove()
})

const reply = (phone: string, text: string, at: string, more: Partial<IncomingReply> = {}): number =>
  ctx.inbox.recordReply({
    phone,
    name: `Shop ${phone.slice(-2)}`,
    campaignId: null,
    messageId: null,
    accountId: 1,
    text,
    media: null,
    waMessageId: null,
    at,
    rehearsal: false,
    optedOut: false,
    ...more,
  })

describe('the Inbox', () => {
  it('keeps one conversation per contact, latest first, with its replies in order and an unread count', () => {
    const ana = reply('+447911000001', 'Hello!\nSecond line', '2026-03-02T10:00:00.000Z')
    reply('+447911000002', 'How much is it?', '2026-03-02T11:00:00.000Z')
    expect(reply('+447911000001', 'Are you there? 😊', '2026-03-02T12:00:00.000Z')).toBe(ana)
    const page = ctx.inbox.list({})
    expect(page.rows.map((c) => [c.phone, c.replies, c.lastReply, c.unread])).toEqual([
      ['+447911000001', 2, 'Are you there? 😊', 2],
      ['+447911000002', 1, 'How much is it?', 1],
    ])
    expect(page).toMatchObject({ total: 2, unread: 2 })
    const opened = ctx.inbox.open(ana)
    expect(opened.messages.map((m) => m.text)).toEqual(['Hello!\nSecond line', 'Are you there? 😊'])
    expect(ctx.inbox.list({}).unread).toBe(1)
  })

  it('finds conversations by name, number or anything said, whatever the accents; filters by status and period', () => {
    reply('+447911000001', 'Quería saber el PRECIO', '2026-03-02T10:00:00.000Z', { name: 'Núñez' })
    const ben = reply('+447911000002', 'ok', '2026-03-05T10:00:00.000Z')
    const search = (text: string): string[] => ctx.inbox.list({ search: text }).rows.map((c) => c.phone)
    expect(search('precio')).toEqual(['+447911000001'])
    expect(search('nunez')).toEqual(['+447911000001'])
    expect(search('7911 000002')).toEqual(['+447911000002'])
    expect(search('100%')).toEqual([])
    ctx.inbox.mark({ conversationId: ben, status: 'lead', note: 'Call Monday' })
    expect(ctx.inbox.list({ status: 'lead' }).rows).toMatchObject([{ id: ben, note: 'Call Monday' }])
    expect(ctx.inbox.list({ since: '2026-03-03' }).rows.map((c) => c.id)).toEqual([ben])
    expect(ctx.inbox.list({ until: '2026-03-02' }).rows.map((c) => c.phone)).toEqual(['+447911000001'])
  })

  it('still finds a long conversation by its name and number, and by what was said last', () => {
    for (let i = 0; i < 60; i++)
      reply(
        '+447911000009',
        `Reply ${i}: ${'blah '.repeat(20)}`,
        `2026-03-02T10:${String(i).padStart(2, '0')}:00.000Z`,
        { name: 'Zoë' },
      )
    const found = (text: string): number => ctx.inbox.list({ search: text }).total
    expect(found('zoe')).toBe(1)
    expect(found('07911 000009'.slice(1))).toBe(1)
    expect(found('Reply 59')).toBe(1)
    expect(found('Reply 0:')).toBe(0)
  })

  it('keeps a dry run’s replies apart and hidden unless asked for', () => {
    reply('+447911000001', 'Real one', '2026-03-02T10:00:00.000Z')
    reply('+447911000001', 'Invented', '2026-03-02T11:00:00.000Z', { rehearsal: true })
    expect(ctx.inbox.list({}).rows.map((c) => c.lastReply)).toEqual(['Real one'])
    expect(ctx.inbox.list({ includeRehearsal: true }).rows.map((c) => [c.lastReply, c.rehearsal])).toEqual([
      ['Invented', true],
      ['Real one', false],
    ])
    expect(ctx.inbox.unread()).toBe(1)
    ctx.settings.update({ 'inbox.showRehearsal': 'yes' })
    expect(ctx.inbox.unread()).toBe(2)
  })

  it('opts a number out from the Inbox, and the undo takes it off the list again; a dry run’s never touches it', () => {
    const real = reply('+447911000001', 'Please stop', '2026-03-02T10:00:00.000Z')
    ctx.inbox.mark({ conversationId: real, status: 'opted_out' })
    expect(ctx.optOuts.has('+447911000001')).toBe(true)
    ctx.inbox.mark({ conversationId: real, status: 'new' })
    expect(ctx.optOuts.has('+447911000001')).toBe(false)
    const invented = reply('+447911000002', 'STOP', '2026-03-02T10:00:00.000Z', { rehearsal: true })
    ctx.inbox.mark({ conversationId: invented, status: 'opted_out' })
    expect(ctx.optOuts.has('+447911000002')).toBe(false)
    // A STOP reply marks its conversation opted out by itself
    const stop = reply('+447911000003', 'STOP', '2026-03-02T10:00:00.000Z', { optedOut: true })
    expect(ctx.inbox.summary(stop).status).toBe('opted_out')
  })

  it('notifies every reply, only likely leads, or none, as Settings say; never a STOP or a hidden rehearsal', () => {
    reply('+447911000001', 'Thanks', '2026-03-02T10:00:00.000Z')
    reply('+447911000002', 'STOP', '2026-03-02T10:00:00.000Z', { optedOut: true })
    reply('+447911000003', 'Nice', '2026-03-02T10:00:00.000Z', { rehearsal: true })
    ctx.settings.update({ 'inbox.notify': 'leads' })
    reply('+447911000004', 'ok thanks', '2026-03-02T10:00:00.000Z')
    reply('+447911000005', '¿Cuánto cuesta? Quiero el PRECIO', '2026-03-02T10:00:00.000Z')
    ctx.settings.update({ 'inbox.notify': 'off' })
    reply('+447911000006', 'How much?', '2026-03-02T10:00:00.000Z')
    expect(notices.map((n) => n.notify)).toEqual([true, false, false, false, true, false])
    expect(soundsLikeLead('Interesado, ¿PRECIO?', ['precio'])).toBe(true)
    expect(soundsLikeLead('hello', ['precio'])).toBe(false)
  })

  it('exports the filtered conversations as leads: a BOM, injection-safe cells, the note and both replies', async () => {
    const id = reply('+447911000001', '=HYPERLINK("x")', '2026-03-02T10:00:00.000Z', { name: '@Shop' })
    reply('+447911000001', 'Second', '2026-03-02T11:00:00.000Z', { name: '@Shop' })
    reply('+447911000002', 'Not a lead', '2026-03-02T10:00:00.000Z')
    ctx.inbox.mark({ conversationId: id, status: 'lead', note: 'Wants 3' })
    const file = path.join(temp.dir, 'leads.csv')
    expect(
      await exportLeads(ctx.inbox.store, { query: { status: 'lead' }, format: 'csv', file, timeZone: 'UTC' }),
    ).toBe(1)
    const text = fs.readFileSync(file, 'utf8')
    expect(text.startsWith('\uFEFF')).toBe(true)
    const [header, row] = text.slice(1).trim().split('\r\n')
    expect(header).toContain('"Name","Phone","Campaign","Replied to","First reply","Latest reply"')
    expect(row).toContain(`"'@Shop","+447911000001"`)
    expect(row).toContain(`"'=HYPERLINK(""x"")","Second",2,"Lead","Wants 3"`)
  })
})
