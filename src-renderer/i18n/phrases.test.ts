import { describe, expect, it } from 'vitest'
import { durationPhrase } from '../../src-shared/i18n/measures'
import { phrase } from '../../src-shared/i18n/phrase'
import { english } from '../../src-shared/i18n/wording'
import type { AppFailure } from '../../src-shared/ipc/result'
import { sayPhrase, setPhraseLocale, wordFailure } from './phrases'
import { translator } from './translate.test-support'

describe('a failure Herald answers with', () => {
  // As src-main/errors.ts sends it: the English words and the phrase they were worded from
  const said = (key: string, params?: Record<string, string>) => {
    const p = phrase(key, params)
    return { message: english(p), phrase: p }
  }
  const internal: AppFailure = { code: 'INTERNAL', ...said('system.failure.internal') }

  it('reaches the window in its language, and in English for the CLI', () => {
    expect(internal.message).toMatch(/^Something went wrong inside Herald/)
    setPhraseLocale('es')
    expect(wordFailure(internal).message).toMatch(/^Algo salió mal dentro de Herald/)
    setPhraseLocale('ar')
    expect(wordFailure(internal).message).toMatch(/Herald/)
    expect(wordFailure(internal).message).not.toBe(internal.message)
    setPhraseLocale('en')
    expect(wordFailure(internal).message).toBe(internal.message)
  })

  it('words each field the main process phrased, and keeps the others as they came', () => {
    const name = said('system.failure.invalidRequest', { reason: 'name' })
    const failure: AppFailure = {
      code: 'BAD_INPUT',
      ...said('system.failure.invalidRequest', { reason: 'x' }),
      fields: { name: name.message, phone: 'Enter a phone number.' },
      fieldPhrases: { name: name.phrase },
    }
    setPhraseLocale('fr')
    const worded = wordFailure(failure)
    expect(worded.message).toBe('Cette demande n’était pas valide : x')
    expect(worded.fields).toEqual({
      name: 'Cette demande n’était pas valide : name',
      phone: 'Enter a phone number.',
    })
    setPhraseLocale('en')
  })

  it('keeps the English it came with when the window does not know the phrase', () => {
    setPhraseLocale('es')
    expect(sayPhrase(phrase('system.noSuchKey'), 'As it came.')).toBe('As it came.')
    expect(wordFailure({ code: 'NOT_FOUND', message: 'Plain.' }).message).toBe('Plain.')
    setPhraseLocale('en')
  })

  it('words the phrases inside a phrase in the window’s language too', () => {
    const label = phrase('settings.field.pacing.dailyCap.label')
    const refused = phrase('system.settings.refused', {
      setting: label,
      problem: phrase('system.settings.problem.tooSmall.pacing.dailyCap', { min: 1 }),
    })
    const failure: AppFailure = { code: 'BAD_INPUT', message: english(refused), phrase: refused }
    expect(failure.message).toBe('At most per day: Allow at least one message a day (at least 1).')
    setPhraseLocale('es')
    expect(wordFailure(failure).message).toBe(
      `${translator('es')('settings.field.pacing.dailyCap.label')}: Permite al menos un mensaje al día (al menos 1).`,
    )
    const retry = phrase('whatsapp.detail.retryIn', { wait: durationPhrase(30), attempt: 2 })
    expect(sayPhrase(retry, english(retry))).toBe('Nuevo intento en 30 s (intento 2)…')
    // A screen's own t words them as well
    expect(translator('fr')('whatsapp.detail.retryIn', { wait: durationPhrase(120), attempt: 2 })).toBe(
      'Nouvel essai dans 2 min (tentative 2)…',
    )
    setPhraseLocale('en')
  })

  it('keeps the whole English it came with when the window does not know a phrase inside it', () => {
    const newer = phrase('whatsapp.detail.retryIn', {
      wait: phrase('format.duration.fortnights'),
      attempt: 2,
    })
    setPhraseLocale('es')
    expect(sayPhrase(newer, 'Trying again in 1 fortnight (attempt 2)…')).toBe(
      'Trying again in 1 fortnight (attempt 2)…',
    )
    setPhraseLocale('en')
  })
})
