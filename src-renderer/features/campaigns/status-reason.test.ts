import { afterEach, describe, expect, it } from 'vitest'
import { phrase } from '../../../src-shared/i18n/phrase'
import { english } from '../../../src-shared/i18n/wording'
import { sayPhrase, setPhraseLocale } from '../../i18n/phrases'
import { translator } from '../../i18n/translate.test-support'
import { statusReasonWords } from './status-reason'

afterEach(() => setPhraseLocale('en'))

describe('why a campaign stands where it does, on its page', () => {
  // As the engine pauses a campaign after three failed attachments (src-main/campaign/breaker.ts)
  const said = phrase('sending.pause.inARow', { count: 3, category: 'media_error' })
  const paused = { status: 'paused' as const, statusReason: english(said), statusReasonPhrase: said }

  it('says Herald’s reason in the window’s language', () => {
    setPhraseLocale('es')
    expect(statusReasonWords(translator('es'), sayPhrase, paused)).toMatch(
      /^No se pudieron enviar 3 mensajes seguidos \(el último: Problema con el adjunto\)\. Herald pausó la campaña para proteger tu número de WhatsApp\. Comprueba que el adjunto/,
    )
    setPhraseLocale('ar')
    expect(statusReasonWords(translator('ar'), sayPhrase, paused)).toMatch(
      /^تعذّر إرسال 3 رسائل متتالية \(آخرها: مشكلة في المرفق\)/,
    )
    setPhraseLocale('en')
    expect(statusReasonWords(translator('en'), sayPhrase, paused)).toBe(paused.statusReason)
  })

  it('keeps the English of a campaign paused before reasons were phrases, and words a bare status', () => {
    setPhraseLocale('es')
    const older = { status: 'paused' as const, statusReason: 'WhatsApp disconnected.' }
    expect(statusReasonWords(translator('es'), sayPhrase, older)).toBe('WhatsApp disconnected.')
    const mine = { status: 'paused' as const, statusReason: null }
    expect(statusReasonWords(translator('es'), sayPhrase, mine)).toBe(
      translator('es')('campaigns.live.reason.paused'),
    )
    expect(statusReasonWords(translator('es'), sayPhrase, { ...mine, status: 'running' })).toBeNull()
  })
})
