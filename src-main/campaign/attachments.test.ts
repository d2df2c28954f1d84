import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Attachment } from '../../src-shared/domain/attachments'
import type { Template } from '../../src-shared/domain/campaigns'
import { categoryInfo } from '../../src-shared/domain/error-categories'
import { sayIn } from '../../src-shared/i18n/wording'
import { closeAfterEach, messagesOf } from '../context.test-support'
import { AppError } from '../errors'
import { thrownBy } from '../thrown.test-support'
import { RetryService } from '../history/retry'
import { hugePng, samples } from './attachment-samples.test-support'
import { attachmentsDirOf } from './attachments'
import { harness, saveList } from './fixtures.test-support'
import type { Harness } from './fixtures.test-support'

const closing = closeAfterEach()

function refusal(run: () => unknown): string {
  const error = thrownBy(AppError, run)
  expect(error.code).toBe('BAD_INPUT')
  return error.message
}

const rule = 'WhatsApp sends images (JPEG, PNG, WebP) and PDF files up to 16 MB; this file is'
const variants = [{ name: 'A', body: 'Hi {{name}}, here is our price list.' }]

describe('attaching an image or PDF', () => {
  it('accepts JPEG, PNG, WebP and PDF by their content, whatever the file is called', () => {
    const h = closing(harness())
    const jpeg = h.templates.attach('shop front.png', samples.jpeg)
    const png = h.templates.attach('C:\\Users\\Ana\\offer', samples.png)
    const webp = h.templates.attach('sticker.webp', samples.webp)
    const pdf = h.templates.attach('prices', samples.pdf)
    expect([jpeg, png, webp, pdf].map((a) => [a.name, a.mime, a.bytes])).toEqual([
      ['shop front.png', 'image/jpeg', samples.jpeg.length],
      ['offer', 'image/png', samples.png.length],
      ['sticker.webp', 'image/webp', samples.webp.length],
      ['prices.pdf', 'application/pdf', samples.pdf.length],
    ])
    expect(jpeg.file).toMatch(/^[0-9a-f]{64}\.jpg$/)
    const dir = attachmentsDirOf(h.dir)
    expect(fs.readFileSync(path.join(dir, pdf.file))).toEqual(samples.pdf)
    // The same bytes again: the same file, kept once.
    expect(h.templates.attach('copy.pdf', samples.pdf).file).toBe(pdf.file)
    expect(fs.readdirSync(dir).sort()).toEqual([jpeg.file, png.file, webp.file, pdf.file].sort())
  })

  it('refuses a .png that is really text, a GIF and a file over 16 MB, saying what each is', () => {
    const h = closing(harness())
    const harnessed = h
    expect(refusal(() => harnessed.templates.attach('logo.png', samples.text))).toBe(
      `${rule} text, not a picture or a PDF.`,
    )
    expect(refusal(() => harnessed.templates.attach('wave.gif', samples.gif))).toBe(
      `${rule} a GIF animation.`,
    )
    expect(refusal(() => harnessed.templates.attach('poster.png', hugePng()))).toBe(`${rule} 16.0 MB.`)
    expect(fs.existsSync(attachmentsDirOf(h.dir))).toBe(false)
    // The window words the refusal in its language
    const gif = thrownBy(AppError, () => harnessed.templates.attach('wave.gif', samples.gif))
    expect(sayIn('es', gif.phrase!)).toBe(
      'WhatsApp envía imágenes (JPEG, PNG, WebP) y archivos PDF de hasta 16 MB; este archivo es una animación GIF.',
    )
    expect(sayIn('es', gif.fieldPhrases!.attachment!)).toBe('No se envió.')
  })

  it('saves a template with it, keeps it when a caller leaves it out, and removes it on null', () => {
    const h = closing(harness())
    const attachment = h.templates.attach('offer.png', samples.png)
    const saved = h.templates.save({ name: 'Offer', variants, attachment })
    expect(saved.attachment).toEqual(attachment)
    const renamed = h.templates.save({ id: saved.id, name: 'Spring offer', variants })
    expect(renamed.attachment).toEqual(attachment)
    expect(
      h.templates.save({ id: saved.id, name: 'Spring offer', variants, attachment: null }).attachment,
    ).toBeNull()
    expect(h.templates.save({ name: 'Plain', variants }).attachment).toBeNull()
  })

  it('refuses to save a template with an attachment whose file is gone', () => {
    const h = closing(harness())
    const attachment = h.templates.attach('offer.png', samples.png)
    fs.rmSync(path.join(attachmentsDirOf(h.dir), attachment.file))
    const harnessed = h
    expect(refusal(() => harnessed.templates.save({ name: 'Offer', variants, attachment }))).toMatch(
      /“offer.png” is no longer in Herald's data folder: attach it again/,
    )
  })
})

/** A dry run of `contacts` messages with a PDF attached, started after the PDF was deleted from the disk. */
async function startedWithoutItsFile(
  contacts: number,
): Promise<{ h: Harness; attachment: Attachment; template: Template; id: number }> {
  const h = closing(harness())
  const attachment = h.templates.attach('prices.pdf', samples.pdf)
  const template = h.templates.save({ name: 'Prices', variants, attachment })
  const listId = saveList(h.ctx, contacts)
  const { id } = await h.campaigns.create({ listId, templateId: template.id, dryRun: true, pace: 'none' })
  fs.rmSync(path.join(attachmentsDirOf(h.dir), attachment.file))
  h.campaigns.start(id)
  return { h, attachment, template, id }
}

describe('a campaign with an attachment', () => {
  it('keeps the file its template had when it was created, whatever the template gets later', async () => {
    const h = closing(harness())
    const first = h.templates.attach('offer.png', samples.png)
    const template = h.templates.save({ name: 'Offer', variants, attachment: first })
    const listId = saveList(h.ctx, 3)
    const campaign = await h.campaigns.create({ listId, templateId: template.id, dryRun: true, pace: 'none' })
    expect(campaign.attachment).toEqual(first)
    h.templates.save({
      id: template.id,
      name: 'Offer',
      variants,
      attachment: h.templates.attach('p', samples.pdf),
    })
    expect(h.campaigns.get(campaign.id).attachment).toEqual(first)
    const plain = h.templates.save({ name: 'Plain', variants })
    const without = await h.campaigns.create({ listId, templateId: plain.id, dryRun: true, pace: 'none' })
    expect(without.attachment).toBeNull()
  })

  it('rehearsed with the file deleted: messages fail as an attachment problem, none goes, it pauses', async () => {
    const { h, id } = await startedWithoutItsFile(4)
    // Three failures in a row pause the campaign, with what to do about them.
    expect(await h.campaigns.whenDone(id)).toBe('paused')
    const campaign = h.campaigns.get(id)
    expect(campaign.statusReason).toContain(categoryInfo.media_error.recommendation)
    expect(campaign.counts).toMatchObject({ failed: 3, queued: 1, sent: 0 })
    const failed = messagesOf(h.ctx, id, 'failed')
    expect(failed.map((m) => m.category)).toEqual(['media_error', 'media_error', 'media_error'])
    expect(failed[0]?.detail).toMatch(/“prices.pdf” is no longer at .*choose it again/)
  })

  it('attached again after it went missing, the same file brings it back for a retry of the failed ones', async () => {
    const { h, attachment, template, id } = await startedWithoutItsFile(2)
    expect(await h.campaigns.whenDone(id)).toBe('completed')
    expect(h.campaigns.get(id).counts).toMatchObject({ failed: 2, sent: 0 })
    // Meanwhile the message got another file; the retry still sends the one the campaign had.
    h.templates.save({
      id: template.id,
      name: 'Prices',
      variants,
      attachment: h.templates.attach('new', samples.png),
    })
    expect(h.templates.attach('prices again.pdf', samples.pdf).file).toBe(attachment.file)
    const retry = new RetryService(h.ctx.db, {
      campaigns: h.campaigns,
      templates: h.templates,
      lists: h.ctx.lists,
      optOuts: h.ctx.optOuts,
      settings: h.ctx.settings,
      record: () => undefined,
    })
    const { campaign } = await retry.retry({ campaignId: id, include: 'failed' })
    expect(campaign.attachment).toEqual(attachment)
    h.campaigns.start(campaign.id)
    expect(await h.campaigns.whenDone(campaign.id)).toBe('completed')
    expect(h.campaigns.get(campaign.id).counts).toMatchObject({ failed: 0, queued: 0 })
    expect(h.campaigns.get(campaign.id).total).toBe(2)
  })
})
