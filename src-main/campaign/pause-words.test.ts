import { describe, expect, it } from 'vitest'
import { CampaignProgressSchema, CampaignSchema, errorCategories } from '../../src-shared/domain/campaigns'
import { adviceWhilePaused, categoryInfo } from '../../src-shared/domain/error-categories'
import { phrase } from '../../src-shared/i18n/phrase'
import { english, sayIn } from '../../src-shared/i18n/wording'
import { closeAfterEach } from '../context.test-support'
import { CircuitBreaker } from './breaker'
import { harness, newCampaign, ScriptedTransport } from './fixtures.test-support'

const closing = closeAfterEach()

describe('why a campaign paused itself', () => {
  it('reaches the window as a phrase it words in Spanish or Arabic, and the CLI in English', async () => {
    const transport = new ScriptedTransport(() => 'media_error')
    const h = closing(harness({ transport: () => transport }))
    const id = await newCampaign(h, 10)
    h.campaigns.start(id)
    expect(await h.campaigns.whenDone(id)).toBe('paused')

    const campaign = CampaignSchema.parse(h.campaigns.get(id))
    expect(campaign.statusReason).toMatch(
      /^3 messages in a row could not be sent \(last: Attachment problem\)/,
    )
    const said = campaign.statusReasonPhrase!
    expect(english(said)).toBe(campaign.statusReason)
    expect(sayIn('es', said)).toMatch(
      /^No se pudieron enviar 3 mensajes seguidos \(el último: Problema con el adjunto\)\. Herald pausó la campaña/,
    )
    expect(sayIn('ar', said)).toMatch(/\(آخرها: مشكلة في المرفق\)/)
    // The live view carries the same phrase; resuming clears it with the reason
    expect(CampaignProgressSchema.parse(h.campaigns.progress(id)).statusReasonPhrase).toEqual(said)
    h.campaigns.resume(id)
    expect(h.campaigns.get(id)).toMatchObject({ status: 'running', statusReason: null })
    expect(h.campaigns.get(id).statusReasonPhrase).toBeUndefined()
  })

  it('keeps the words it had in English for each failure the breaker trips on', () => {
    for (const category of errorCategories) {
      const breaker = new CircuitBreaker(() => [])
      for (let i = 0; i < 3; i += 1) breaker.failure(category)
      expect(breaker.verdict(0)).toBe(
        `3 messages in a row could not be sent (last: ${categoryInfo[category].label}). Herald paused the ` +
          `campaign to protect your WhatsApp number. ${adviceWhilePaused(category)}`,
      )
    }
  })

  it('says a lost connection as its category does, in English', () => {
    const words = (category: 'disconnected' | 'session_lost' | 'rate_limited'): string =>
      `${categoryInfo[category].label}. ${categoryInfo[category].recommendation}`
    expect(english(phrase('sending.pause.disconnected'))).toBe(words('disconnected'))
    expect(english(phrase('sending.pause.sessionLost'))).toBe(words('session_lost'))
    expect(english(phrase('sending.pause.rateLimited'))).toBe(words('rate_limited'))
  })

  it('pauses every sending campaign after a stray error, with the problem in the window’s language', async () => {
    const transport = ScriptedTransport.delivering()
    const h = closing(harness({ transport: () => transport }))
    const id = await newCampaign(h, 20, 'safe')
    h.campaigns.start(id)
    await h.clock.sleep(100_000)
    expect(await h.campaigns.pauseSending(phrase('sending.pause.strayError', { problem: 'boom' }))).toBe(1)
    const paused = h.campaigns.get(id)
    expect(paused.statusReason).toBe(
      'Herald met an unexpected problem (boom) and paused the campaign. Resume it when you are ready.',
    )
    expect(sayIn('fr', paused.statusReasonPhrase!)).toBe(
      'Herald a rencontré un problème inattendu (boom) et a mis la campagne en pause. Reprenez-la quand vous serez prêt.',
    )
  })
})
