import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { CampaignProgressSchema } from '../../src-shared/domain/campaigns'
import { MessageLogRowSchema } from '../../src-shared/domain/history'
import type { Locale } from '../../src-shared/i18n/locales'
import { sayIn } from '../../src-shared/i18n/wording'
import { closeAfterEach, tempDataDir } from '../context.test-support'
import type { Detail } from '../db/repos/messages-repo'
import { checkAttachmentFile } from '../transport/attachment-file'
import { TransportError } from '../transport/transport'
import { withinTime } from '../whatsapp/call-limit'
import { dryRun, harness, newCampaign, phoneOf } from './fixtures.test-support'
import { detailThen, failureDetail } from './message-details'

const closing = closeAfterEach()

/** The failure a call throws, as the engine meets it. */
async function failureOf(work: () => unknown): Promise<TransportError> {
  try {
    await work()
  } catch (error) {
    if (error instanceof TransportError) return error
    throw error
  }
  throw new Error('It did not fail')
}

const instant = { now: () => 0, sleep: () => Promise.resolve() }
/** A detail as a reader in `locale` sees it. */
const read = (detail: Detail, locale: Locale = 'en'): string =>
  typeof detail === 'string' ? detail : sayIn(locale, detail)
const neverAnswers = new Promise<never>(() => undefined)

describe('the details Herald writes of a message', () => {
  it('reach History as phrases, in the window’s language, with their English for the command line', async () => {
    const h = closing(harness())
    h.ctx.optOuts.add(phoneOf(2), { source: 'manual' })
    const campaignId = await newCampaign(h, 3)
    await h.campaigns.stop(campaignId)

    const rows = h.ctx.history.messages({ campaignId }).rows.map((row) => MessageLogRowSchema.parse(row))
    const optedOut = rows.find((row) => row.phone === phoneOf(2))
    expect(optedOut).toMatchObject({
      status: 'skipped',
      detail: 'This number is on the opt-out list.',
      errorDetailPhrase: { key: 'sending.detail.optedOut' },
    })
    expect(sayIn('es', optedOut!.errorDetailPhrase!)).toBe('Este número está en la lista de bajas.')
    const stopped = rows.find((row) => row.phone === phoneOf(1))
    expect(stopped?.detail).toBe('The campaign was stopped before this message was sent.')
    expect(sayIn('fr', stopped!.errorDetailPhrase!)).toBe(
      'La campagne a été arrêtée avant l’envoi de ce message.',
    )
    // The campaign's activity words the same details
    const recent = CampaignProgressSchema.parse(h.campaigns.progress(campaignId)).recent
    expect(recent.map((entry) => entry.detailPhrase?.key)).toEqual([
      'sending.detail.stoppedBeforeSending',
      'sending.detail.stoppedBeforeSending',
    ])
  })

  it('keep the English sentences the transports always wrote', async () => {
    const { dir, remove } = tempDataDir()
    try {
      const photo = path.join(dir, 'shelf.gif')
      expect((await failureOf(() => checkAttachmentFile(photo, 'shelf.gif'))).message).toBe(
        'The attachment “shelf.gif” is not an image (JPG, PNG, WebP) or a PDF, so it cannot be sent.',
      )
      const gone = await failureOf(() => checkAttachmentFile(path.join(dir, 'menu.pdf'), 'menu.pdf'))
      expect(gone.message).toBe(
        `The attachment “menu.pdf” is no longer at ${dir}: choose it again (the same file brings it back), then retry the failed messages.`,
      )
      const big = path.join(dir, 'poster.png')
      fs.writeFileSync(big, '')
      fs.truncateSync(big, 17_196_646)
      const tooBig = await failureOf(() => checkAttachmentFile(big, 'poster.png'))
      expect(tooBig.message).toBe('The attachment “poster.png” is 16.4 MB; WhatsApp takes up to 16 MB.')
      expect(sayIn('es', tooBig.phrase!)).toBe(
        'El adjunto «poster.png» pesa 16,4 MB; WhatsApp admite hasta 16 MB.',
      )
    } finally {
      remove()
    }
    const late = await failureOf(() => withinTime(instant, neverAnswers, 'checkingNumber', 30_000))
    expect(late.message).toBe('WhatsApp Web did not answer within 30 s while checking the number.')
    const rehearsal = dryRun(instant, { failureRates: { timeout: 1 } })
    const simulated = await failureOf(() =>
      rehearsal.send({ messageId: 1, campaignId: 1, phone: phoneOf(1), body: 'Hi', typingSeconds: 0 }),
    )
    rehearsal.close()
    expect(simulated.message).toBe('Simulated failure (dry run): Timed out.')
    expect(read(detailThen(failureDetail(simulated), 'gaveUp', 3), 'hi')).toBe(
      'नकली विफलता (ड्राई रन): समय खत्म। 3 कोशिशों के बाद Herald ने कोशिश छोड़ दी।',
    )
  })

  it('say what Herald did next in the same language as the failure, and quote WhatsApp’s own words', async () => {
    const late = failureDetail(
      await failureOf(() => withinTime(instant, neverAnswers, 'sendingMessage', 30_000)),
    )
    const gaveUp = detailThen(late, 'gaveUp', 3)
    expect(read(gaveUp)).toBe(
      'WhatsApp Web did not answer within 30 s while sending the message. Gave up after 3 attempts.',
    )
    expect(read(gaveUp, 'es')).toBe(
      'WhatsApp Web no respondió en 30 s al enviar el mensaje. Herald dejó de intentarlo tras 3 intentos.',
    )
    const unsure = detailThen(late, 'uncertain', 2)
    expect(read(unsure)).toBe(
      'WhatsApp Web did not answer within 30 s while sending the message. Herald could not check whether it went out.',
    )

    const theirs = failureDetail(new TransportError('network', 'net::ERR_INTERNET_DISCONNECTED'))
    expect(theirs).toBe('net::ERR_INTERNET_DISCONNECTED')
    const quoted = detailThen(theirs, 'gaveUp', 3)
    expect(read(quoted)).toBe('net::ERR_INTERNET_DISCONNECTED Gave up after 3 attempts.')
    expect(read(quoted, 'pt-BR')).toBe(
      'net::ERR_INTERNET_DISCONNECTED O Herald desistiu depois de 3 tentativas.',
    )
  })
})
