import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Attachment } from '../../src-shared/domain/attachments'
import { categoryInfo } from '../../src-shared/domain/error-categories'
import { samples } from '../campaign/attachment-samples.test-support'
import { attachmentsDirOf } from '../campaign/attachments'
import { phoneOf, saveList } from '../campaign/fixtures.test-support'
import { chatOf, connectedPerTest, rows } from './live-world.test-support'
import type { World } from './live-world.test-support'

const connected = connectedPerTest()

const body = 'Hi {{name}}, this week’s offer is attached.'

async function campaignWith(w: World, attachment: Attachment, count: number): Promise<number> {
  const template = w.templates.save({
    name: `Offer ${Math.random()}`,
    variants: [{ name: 'A', body }],
    attachment,
  })
  const listId = saveList(w.ctx, count, `List ${Math.random()}`)
  return (await w.campaigns.create({ listId, templateId: template.id, dryRun: false, pace: 'fast' })).id
}

const dataDirOf = (w: World): string => w.ctx.paths.dataDir

describe('a live campaign with an attachment', () => {
  it('hands whatsapp-web.js a MessageMedia with the file, its type and its own name, the text as caption', async () => {
    const { w, fake } = await connected()
    const { default: wwebjs } = await import('whatsapp-web.js')
    const image = w.templates.attach('spring offer.png', samples.png)
    const pdf = w.templates.attach('price list.pdf', samples.pdf)
    for (const attachment of [image, pdf]) {
      const id = await campaignWith(w, attachment, 2)
      w.campaigns.start(id)
      expect(await w.campaigns.whenDone(id)).toBe('completed')
    }
    expect(fake.sent.map((s) => s.chatId)).toEqual([0, 1, 0, 1].map((i) => chatOf(phoneOf(i))))
    for (const sent of fake.sent) expect(sent.content).toBeInstanceOf(wwebjs.MessageMedia)
    const media = (content: unknown): unknown => {
      const { mimetype, filename, data } = content as { mimetype: string; filename: string; data: string }
      return { mimetype, filename, data }
    }
    // To shops 0 and 1: the image as an image, then the PDF as a document, the text as its caption
    const sentTwice = (
      mimetype: string,
      filename: string,
      file: Buffer,
      sendMediaAsDocument: boolean,
    ): unknown[] =>
      [0, 1].map((i) => [
        { mimetype, filename, data: file.toString('base64') },
        {
          caption: `Hi Shop ${i}, this week’s offer is attached.`,
          sendMediaAsDocument,
          sendSeen: false,
          linkPreview: false,
          waitUntilMsgSent: true,
        },
      ])
    expect(fake.sent.map((s) => [media(s.content), s.options])).toEqual([
      ...sentTwice('image/png', 'spring offer.png', samples.png, false),
      ...sentTwice('application/pdf', 'price list.pdf', samples.pdf, true),
    ])
  })

  it('with its file deleted before sending: fails each message as an attachment problem and sends nothing', async () => {
    const { w, fake } = await connected()
    const attachment = w.templates.attach('spring offer.png', samples.png)
    const id = await campaignWith(w, attachment, 2)
    fs.rmSync(path.join(attachmentsDirOf(dataDirOf(w)), attachment.file))
    w.campaigns.start(id)
    expect(await w.campaigns.whenDone(id)).toBe('completed')
    expect(fake.sendCalls).toBe(0)
    const failed = rows(w, id)
    expect(failed.map((m) => [m.status, m.category])).toEqual([
      ['failed', 'media_error'],
      ['failed', 'media_error'],
    ])
    expect(failed[0]?.detail).toMatch(/“spring offer.png” is no longer at .*choose it again/)
    // What the user reads next to the failure, in the live view and the error report.
    expect(categoryInfo.media_error.recommendation).toMatch(/image or PDF under 16 MB.*still exists/)
  })
})
