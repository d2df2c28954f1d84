import { afterEach, describe, expect, it } from 'vitest'
import { phrase } from '../../src-shared/i18n/phrase'
import { english } from '../../src-shared/i18n/wording'
import { sayPhrase, setPhraseLocale } from '../i18n/phrases'
import { translator } from '../i18n/translate.test-support'
import { problemWords } from './problem-words'

afterEach(() => setPhraseLocale('en'))

describe('why a message failed or was skipped, in the message log', () => {
  // As the engine skips a number on the opt-out list (src-main/campaign/engine.ts)
  const said = phrase('sending.detail.optedOut')
  const skipped = { category: 'opted_out' as const, detail: english(said), errorDetailPhrase: said }

  it('says Herald’s detail in the window’s language', () => {
    setPhraseLocale('es')
    expect(problemWords(translator('es'), sayPhrase, skipped)).toEqual({
      label: 'Se dio de baja',
      detail: 'Este número está en la lista de bajas.',
      title: 'Este número está en la lista de bajas.',
    })
    setPhraseLocale('en')
    expect(problemWords(translator('en'), sayPhrase, skipped)).toEqual({
      label: 'Opted out',
      detail: 'This number is on the opt-out list.',
      title: 'This number is on the opt-out list.',
    })
  })

  it('keeps WhatsApp’s words and older English details as they are, and advises when there is no detail', () => {
    setPhraseLocale('ar')
    const older = { category: 'network' as const, detail: 'net::ERR_INTERNET_DISCONNECTED' }
    expect(problemWords(translator('ar'), sayPhrase, older)?.detail).toBe('net::ERR_INTERNET_DISCONNECTED')
    const bare = problemWords(translator('ar'), sayPhrase, { category: 'duplicate', detail: null })
    expect(bare).toEqual({
      label: 'مكرر',
      detail: null,
      title: translator('ar')('campaigns.errorCategory.duplicate.advice'),
    })
    expect(bare?.title).not.toMatch(/[a-z]{4}/)
    expect(problemWords(translator('ar'), sayPhrase, { category: null, detail: null })).toBeNull()
  })
})
