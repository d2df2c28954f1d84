import { afterEach, describe, expect, it, vi } from 'vitest'
import type { AlertNotice, WebhookBody } from '../../src-shared/domain/alerts'
import { phoneOf, saveList, start } from '../campaign/fixtures.test-support'
import { SimulatedClock } from '../clock'
import { contextIn, tempDataDir } from '../context.test-support'
import type { TestContext } from '../context.test-support'
import { hookServer } from './hook-server.test-support'

const closers: (() => Promise<void>)[] = []
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close()
})

/** A browser run's services (so notifications are shown) on simulated time, over a folder of its own. */
function herald(): TestContext & { notices: AlertNotice[] } {
  const ctx = contextIn(tempDataDir(), { runtime: 'browser', clock: new SimulatedClock(start) })
  closers.push(() => ctx.close())
  const notices: AlertNotice[] = []
  ctx.events.subscribe((event, payload) => {
    if (event === 'alerts:notify') notices.push(payload as AlertNotice)
  })
  return Object.assign(ctx, { notices })
}

async function dryRunOf(ctx: TestContext, count: number): Promise<number> {
  const listId = saveList(ctx, count)
  const template = ctx.templates.save({
    name: 'Spring offer',
    variants: [{ name: 'A', body: 'Hi {{name}}, our spring offer: 20% off this week only' }],
  })
  const campaign = await ctx.campaigns.create({ listId, templateId: template.id, dryRun: true, pace: 'none' })
  ctx.campaigns.start(campaign.id)
  await ctx.campaigns.whenDone(campaign.id)
  return campaign.id
}

describe('alerts in a running Herald', () => {
  it('a dry run that finishes: a notification to the window and a webhook without a word of the messages', async () => {
    const hook = await hookServer([200])
    closers.push(hook.close)
    const ctx = herald()
    ctx.alerts.save({ event: 'finished', notify: true, webhookUrl: hook.url, secret: 'k2-shop-secret' })
    const campaignId = await dryRunOf(ctx, 6)

    await vi.waitFor(() => expect(hook.received).toHaveLength(1))
    expect(ctx.notices).toEqual([
      expect.objectContaining({
        event: 'finished',
        dryRun: true,
        campaignId,
        title: `Campaign finished: ${ctx.campaigns.get(campaignId).name} (dry run)`,
      }),
    ])
    const raw = hook.received[0]?.body ?? ''
    const body = JSON.parse(raw) as WebhookBody
    expect(body).toMatchObject({
      event: 'finished',
      dryRun: true,
      workspace: 'default',
      campaign: { id: campaignId },
    })
    expect(body.figures?.total).toBe(6)
    expect(raw).not.toMatch(/spring offer|20% off|Shop \d|\+?447911/)
    await vi.waitFor(() =>
      expect(ctx.alerts.deliveries().map((d) => [d.channel, d.status])).toEqual([
        ['webhook', 'delivered'],
        ['notification', 'delivered'],
      ]),
    )
  })

  it('a pause Herald made, with its words only where the rule allows them', async () => {
    const hook = await hookServer([200])
    closers.push(hook.close)
    const ctx = herald()
    ctx.alerts.save({ event: 'paused', notify: false, webhookUrl: hook.url, secret: 'k2-shop-secret' })
    const listId = saveList(ctx, 3)
    const template = ctx.templates.save({ name: 'Hello', variants: [{ name: 'A', body: 'Hello {{name}}' }] })
    const campaign = await ctx.campaigns.create({
      listId,
      templateId: template.id,
      dryRun: true,
      pace: 'safe',
    })
    ctx.campaigns.start(campaign.id)
    await ctx.campaigns.pause(campaign.id, { cause: 'user', reason: null })
    ctx.campaigns.resume(campaign.id)
    await ctx.campaigns.pause(campaign.id, {
      cause: 'safety',
      reason: '+447911100001 replied “who is this?”: they may not know you.',
    })
    await vi.waitFor(() => expect(hook.received).toHaveLength(1))
    const raw = hook.received[0]?.body ?? ''
    expect(JSON.parse(raw)).toMatchObject({ event: 'paused', cause: 'safety', campaign: { id: campaign.id } })
    expect(raw).not.toMatch(/who is this|447911/)
    // The user's own pause before it was no alert
    expect(ctx.alerts.deliveries().map((d) => d.title)).toEqual([
      `Campaign paused: ${campaign.name} (dry run)`,
    ])
  })

  it('the share of people who asked to stop, once enough went out, once per campaign', async () => {
    const ctx = herald()
    const rule = ctx.alerts.save({ event: 'opt-out-rate', threshold: 5, notify: true })
    const listId = saveList(ctx, 30)
    const template = ctx.templates.save({ name: 'Offer', variants: [{ name: 'A', body: 'Hi {{name}}' }] })
    const campaign = await ctx.campaigns.create({
      listId,
      templateId: template.id,
      dryRun: true,
      pace: 'none',
    })
    // Two people of this campaign said STOP (a rehearsal's replies count for its alerts too)
    for (const phone of [phoneOf(3), phoneOf(4)])
      ctx.inbox.recordReply({
        phone,
        name: null,
        campaignId: campaign.id,
        messageId: null,
        accountId: 1,
        text: 'STOP',
        media: null,
        waMessageId: null,
        at: new Date(start).toISOString(),
        rehearsal: true,
        optedOut: true,
      })
    ctx.campaigns.start(campaign.id)
    await ctx.campaigns.whenDone(campaign.id)
    await vi.waitFor(() => expect(ctx.notices.map((n) => n.event)).toContain('opt-out-rate'))
    const alerts = ctx.notices.filter((n) => n.event === 'opt-out-rate')
    expect(alerts).toHaveLength(1)
    expect(alerts[0]).toMatchObject({
      ruleId: rule.id,
      title: `Many people ask to stop: ${campaign.name} (dry run)`,
    })
    // The rehearsal's own invented replies may add a STOP or two
    const [, stopped, sent] = /^(\d+) of (\d+) people/.exec(alerts[0]?.body ?? '') ?? []
    expect(Number(stopped)).toBeGreaterThanOrEqual(2)
    expect(Number(sent)).toBeGreaterThanOrEqual(20)
  })
})
