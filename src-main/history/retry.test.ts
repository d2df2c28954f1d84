import { describe, expect, it } from 'vitest'
import type { ImportRow } from '../../src-shared/domain/contacts'
import type { MessageStatus, ErrorCategory } from '../../src-shared/domain/campaigns'
import type { TestContext } from '../context.test-support'
import { messagesOf, withFreshContext } from '../context.test-support'
import { sayIn } from '../../src-shared/i18n/wording'
import { AppError } from '../errors'
import { createHandlers } from '../ipc/handlers'
import { rejectionOf } from '../thrown.test-support'

let ctx: TestContext
withFreshContext((fresh) => (ctx = fresh))

type Fate = [phone: string, status: MessageStatus, category?: ErrorCategory]

// One contact per outcome a campaign can leave behind.
const fates: Fate[] = [
  ['+447911000001', 'sent'],
  ['+447911000002', 'replied'],
  ['+447911000003', 'failed', 'network'],
  ['+447911000004', 'failed', 'media_error'],
  ['+447911000005', 'failed', 'uncertain'],
  ['+447911000006', 'failed', 'timeout'],
  ['+447911000007', 'skipped'],
  ['+447911000008', 'skipped', 'not_on_whatsapp'],
  ['+447911000009', 'skipped', 'opted_out'],
  ['+447911000010', 'queued'],
  ['+447911000011', 'sending'],
]

function contactRow(phone: string, i: number): ImportRow {
  const shop = `Shop ${i + 1}`
  return {
    row: i + 2,
    name: shop,
    phoneRaw: phone,
    phone,
    verdict: 'valid',
    reason: null,
    duplicateOf: null,
    repaired: false,
    fields: { name: shop, website: i % 2 === 0 ? '' : `https://shop${i + 1}.example` },
  }
}

async function campaignWith(status: 'completed' | 'paused' = 'completed'): Promise<number> {
  const listId = ctx.lists.create({
    name: 'Shops',
    sourceFile: 'shops.csv',
    sheet: 'Sheet1',
    country: 'GB',
    fieldKeys: ['name', 'website'],
  })
  ctx.lists.appendChunk(
    listId,
    fates.map(([phone], i) => contactRow(phone, i)),
  )
  ctx.lists.finish(listId, {
    total: fates.length,
    valid: fates.length,
    invalid: 0,
    duplicate: 0,
    opted_out: 0,
    repaired: 0,
  })
  const template = ctx.templates.save({
    name: 'Offer',
    variants: [
      { name: 'creation', body: 'Hi {{name}}, shall we make you a website?' },
      { name: 'enhancement', body: 'Hi {{name}}, we can improve {{website}}.' },
    ],
  })
  const campaign = await ctx.campaigns.create({
    name: 'Spring',
    listId,
    templateId: template.id,
    dryRun: true,
    pace: 'none',
    variantRule: {
      kind: 'condition',
      field: 'website',
      test: 'empty',
      then: 'creation',
      otherwise: 'enhancement',
    },
  })
  const set = ctx.db.prepare(
    'UPDATE messages SET status = ?, error_category = ? WHERE campaign_id = ? AND phone_e164 = ?',
  )
  for (const [phone, s, category] of fates) set.run(s, category ?? null, campaign.id, phone)
  ctx.db.prepare('UPDATE campaigns SET status = ? WHERE id = ?').run(status, campaign.id)
  return campaign.id
}

const phonesOf = (campaignId: number): string[] =>
  messagesOf(ctx, campaignId)
    .map((m) => m.phone)
    .sort()

describe('retry failed / unsent', () => {
  it('retries the failed messages that may pass, never one that was or may have been sent', async () => {
    const id = await campaignWith()
    const result = await ctx.history.retry({ campaignId: id, include: 'failed' })
    expect(phonesOf(result.campaign.id)).toEqual(['+447911000003', '+447911000004', '+447911000006'])
    expect(result).toMatchObject({ contacts: 3, skippedOptedOut: 0 })
    expect(result.campaign).toMatchObject({
      name: 'Retry of Spring',
      status: 'draft',
      dryRun: true,
      templateName: 'Offer',
    })
    expect(result.campaign.listName).toBe('Spring — retry (failed)')
    expect(result.campaign.variantRule).toMatchObject({ kind: 'condition', field: 'website' })
    expect(result.campaign.pacing.preset).toBe('none')
  })

  it('retries unsent ones of a finished campaign, and leaves out numbers opted out since', async () => {
    const id = await campaignWith()
    ctx.optOuts.add('+447911000010', {})
    const unsent = await ctx.history.retry({ campaignId: id, include: 'unsent', name: 'Second go' })
    expect(phonesOf(unsent.campaign.id)).toEqual(['+447911000007'])
    expect(unsent).toMatchObject({ contacts: 1, skippedOptedOut: 1 })
    expect(unsent.campaign.name).toBe('Second go')

    ctx.optOuts.add('+447911000004', {})
    const both = await ctx.history.retry({ campaignId: id, include: 'failed-and-unsent' })
    expect(phonesOf(both.campaign.id)).toEqual(['+447911000003', '+447911000006', '+447911000007'])
    expect(both.skippedOptedOut).toBe(2)
  })

  it("keeps the contacts' fields, so the same variants and placeholders come out", async () => {
    const id = await campaignWith()
    const { campaign } = await ctx.history.retry({ campaignId: id, include: 'failed' })
    const bodies = messagesOf(ctx, campaign.id).map((m) => [m.variant, m.body])
    expect(bodies).toEqual([
      ['creation', 'Hi Shop 3, shall we make you a website?'],
      ['enhancement', 'Hi Shop 4, we can improve https://shop4.example.'],
      ['enhancement', 'Hi Shop 6, we can improve https://shop6.example.'],
    ])
  })

  it('gives each contact the variant it got the first time, not a new draw of the split', async () => {
    const id = await campaignWith()
    ctx.db
      .prepare('UPDATE campaigns SET variant_rule = ? WHERE id = ?')
      .run(JSON.stringify({ kind: 'split', weights: { creation: 50, enhancement: 50 } }), id)
    // Every contact failed, and each got a variant the retry's own draw would not always give.
    const variantOf = ctx.db.prepare(
      'UPDATE messages SET status = ?, error_category = ?, variant = ? WHERE id = ?',
    )
    const messages = messagesOf(ctx, id)
    messages.forEach((m, i) =>
      variantOf.run('failed', 'network', i % 3 === 0 ? 'creation' : 'enhancement', m.id),
    )
    const { campaign } = await ctx.history.retry({ campaignId: id, include: 'failed' })
    const given = new Map(messagesOf(ctx, id).map((m) => [m.phone, m.variant]))
    const retried = messagesOf(ctx, campaign.id)
    expect(retried).toHaveLength(messages.length)
    for (const m of retried) expect([m.phone, m.variant]).toEqual([m.phone, given.get(m.phone)])
    expect(retried.find((m) => m.phone === '+447911000002')?.body).toBe(
      'Hi Shop 2, we can improve https://shop2.example.',
    )
  })

  it('works when the list and the template have been deleted since', async () => {
    const id = await campaignWith()
    const original = ctx.campaigns.get(id)
    await ctx.lists.delete(original.listId)
    ctx.templates.delete(original.templateId)
    const { campaign } = await ctx.history.retry({ campaignId: id, include: 'failed' })
    expect(phonesOf(campaign.id)).toHaveLength(3)
    expect(campaign.templateName).toBe('Offer (from Spring)')
  })

  it('names what it makes in the window’s language: Settings’ from the window, English from the CLI', async () => {
    const id = await campaignWith()
    ctx.settings.update({ 'app.language': 'es' })
    // The window's request, through its handler: Settings says Spanish
    const fromWindow = await createHandlers(ctx)['history:retry']({ campaignId: id, include: 'failed' })
    expect(fromWindow.campaign.name).toBe('Reintento de Spring')
    expect(fromWindow.campaign.listName).toBe('Spring — reintento (fallidos)')
    expect(ctx.lists.get(fromWindow.campaign.listId).sourceFile).toBe('Campaña «Spring»')
    // The command line asks the service itself, with no language: English whatever Settings says
    const fromCli = await ctx.history.retry({ campaignId: id, include: 'failed-and-unsent' })
    expect(fromCli.campaign.name).toBe('Retry of Spring')
    expect(fromCli.campaign.listName).toBe('Spring — retry (failed and unsent)')
    expect(ctx.lists.get(fromCli.campaign.listId).sourceFile).toBe('Campaign "Spring"')
    // A template deleted since is saved again under a name in the same language
    ctx.templates.delete(ctx.campaigns.get(id).templateId)
    const arabic = await ctx.history.retry({ campaignId: id, include: 'unsent', language: 'ar' })
    expect(arabic.campaign).toMatchObject({ name: 'إعادة Spring', templateName: 'Offer (من Spring)' })
    expect(arabic.campaign.listName).toBe('Spring — إعادة (غير المُرسلة)')
  })

  it('says why when there is nothing to retry', async () => {
    const paused = await campaignWith('paused')
    ctx.db
      .prepare("UPDATE messages SET status = 'sent' WHERE status = 'skipped' AND error_category IS NULL")
      .run()
    // Its queued message still goes when the campaign is resumed: retrying it now would send it twice.
    await expect(ctx.history.retry({ campaignId: paused, include: 'unsent' })).rejects.toThrow(
      /has not finished/,
    )
    const waiting = await rejectionOf(AppError, ctx.history.retry({ campaignId: paused, include: 'unsent' }))
    expect(waiting.message).toMatch(/^This campaign has not finished: its 1 waiting message\(s\) still go/)
    expect(sayIn('es', waiting.phrase!)).toMatch(
      /^Esta campaña no ha terminado: su mensaje en espera aún saldrá/,
    )
    ctx.db
      .prepare(
        "UPDATE messages SET status = 'sent', error_category = NULL WHERE status IN ('failed', 'skipped')",
      )
      .run()
    await expect(ctx.history.retry({ campaignId: paused, include: 'failed' })).rejects.toThrow(
      'No failed or unsent messages in this campaign: nothing to retry.',
    )
    await expect(ctx.history.retry({ campaignId: 9999, include: 'failed' })).rejects.toThrow(
      /no longer exists/,
    )
  })
})
