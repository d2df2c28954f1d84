import { describe, expect, it } from 'vitest'
import { phrase } from '../../src-shared/i18n/phrase'
import { english } from '../../src-shared/i18n/wording'
import type { AppFailure } from '../../src-shared/ipc/result'
import { sayPhrase, setPhraseLocale, wordFailure } from './phrases'

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
})
