import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { AppError } from './errors'
import { locales } from '../src-shared/i18n/locales'
import { durationPhrase, sizePhrase } from '../src-shared/i18n/measures'
import { maxPhraseNesting, phrase, PhraseSchema } from '../src-shared/i18n/phrase'
import type { Phrase } from '../src-shared/i18n/phrase'
import { spokenAreas, spokenCatalogues } from '../src-shared/i18n/spoken-catalogues'
import { english, sayIn } from '../src-shared/i18n/wording'

const root = path.resolve(__dirname, '..')

/** Every source file (tests left out) under `folder`, as [path, text]. */
function sources(folder: string): [string, string][] {
  return readdirSync(path.join(root, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.tsx?$/.test(file) && !/\.test(-support)?\.tsx?$/.test(file))
    .map((file) => [path.join(folder, file), readFileSync(path.join(root, folder, file), 'utf8')])
}

describe('the words of the main process', () => {
  it('are read from every area file it names, in every language', () => {
    const files = readdirSync(path.join(root, 'src-shared/i18n/messages/en'))
    for (const area of spokenAreas) expect(files).toContain(`${area}.json`)
    for (const locale of locales)
      expect(Object.keys(spokenCatalogues[locale]).sort()).toEqual(Object.keys(spokenCatalogues.en).sort())
  })

  it('hold every phrase the code says, in an area the main process reads', () => {
    const said = new Set<string>()
    for (const [, text] of [...sources('src-main'), ...sources('src-shared')])
      for (const match of text.matchAll(/\bphrase\(\s*'([\w.-]+)'/g)) said.add(match[1]!)
    expect(said.size).toBeGreaterThan(0)
    expect([...said].filter((key) => !(key in spokenCatalogues.en))).toEqual([])
  })

  it('word a phrase in each language, and in English for the CLI', () => {
    const internal = phrase('system.failure.internal')
    expect(english(internal)).toMatch(/^Something went wrong inside Herald/)
    expect(sayIn('es', internal)).not.toEqual(english(internal))
    expect(sayIn('ar', internal)).not.toEqual(english(internal))
  })

  it('reach the window as phrases and the CLI as English when a service refuses', () => {
    const reason = phrase('system.failure.invalidRequest', { reason: 'too long' })
    const failure = new AppError('BAD_INPUT', reason, { name: reason, phone: 'Enter a number.' }).toFailure()
    expect(failure).toEqual({
      code: 'BAD_INPUT',
      message: 'This request was not valid: too long',
      fields: { name: 'This request was not valid: too long', phone: 'Enter a number.' },
      phrase: reason,
      fieldPhrases: { name: reason },
    })
    expect(sayIn('pt-BR', failure.phrase!)).toBe('Esta solicitação não era válida: too long')
  })

  it('word the phrases inside a phrase in the same language: a setting’s name, its problem, a wait', () => {
    const refused = phrase('system.settings.refused', {
      setting: phrase('settings.field.pacing.batchSize.label'),
      problem: phrase('system.settings.problem.wholeNumber.pacing.batchSize'),
    })
    expect(english(refused)).toBe('Messages per batch: Enter the batch size as a whole number.')
    expect(sayIn('es', refused)).toBe(
      `${sayIn('es', phrase('settings.field.pacing.batchSize.label'))}: ${sayIn('es', phrase('system.settings.problem.wholeNumber.pacing.batchSize'))}`,
    )
    expect(sayIn('es', refused)).not.toMatch(/Messages|Enter/)
    const retry = phrase('whatsapp.detail.retryIn', { wait: durationPhrase(90 * 60), attempt: 3 })
    expect(english(retry)).toBe('Trying again in 1 h 30 min (attempt 3)…')
    expect(sayIn('es', retry)).toBe('Nuevo intento en 1 h 30 min (intento 3)…')
    expect(sayIn('id', retry)).toBe('Mencoba lagi dalam 1 jam 30 mnt (percobaan ke-3)…')
  })

  it('say durations and sizes by one rule, each reader in its language', () => {
    const waits = [0.4, 8, 119, 3600, 3900, 2 * 86_400, 86_400 + 4 * 3600]
    expect(waits.map((seconds) => english(durationPhrase(seconds)))).toEqual([
      'under 1 s',
      '8 s',
      '2 min',
      '1 h',
      '1 h 5 min',
      '2 days',
      '1 day 4 h',
    ])
    expect(sayIn('pt-BR', durationPhrase(2 * 86_400))).toBe('2 dias')
    const sizes = [900, 340 * 1024, 1.25 * 1024 * 1024, 1000 * 1024 * 1024]
    expect(sizes.map((bytes) => english(sizePhrase(bytes)))).toEqual([
      '900 bytes',
      '340 KB',
      '1.3 MB',
      '1000.0 MB',
    ])
    expect(sayIn('es', sizePhrase(1.25 * 1024 * 1024))).toBe('1,3 MB')
  })

  it('carry phrases inside phrases three deep at most', () => {
    const nest = (depth: number): Phrase =>
      depth === 0
        ? phrase('format.duration.seconds', { seconds: 8 })
        : phrase('system.x', { inner: nest(depth - 1) })
    expect(PhraseSchema.safeParse(nest(maxPhraseNesting)).success).toBe(true)
    expect(PhraseSchema.safeParse(nest(maxPhraseNesting + 1)).success).toBe(false)
    expect(PhraseSchema.safeParse({ key: 'system.x', params: { inner: { words: 'no key' } } }).success).toBe(
      false,
    )
    expect(PhraseSchema.safeParse({ key: 'system.x', params: { inner: null } }).success).toBe(false)
  })

  it('leave no failure of the services in English words only (the CLI’s own may be)', () => {
    const english = sources('src-main')
      .filter(([file]) => !file.startsWith('src-main/cli/'))
      .flatMap(([file, text]) =>
        [...text.matchAll(/new AppError\(\s*'[A-Z_]+',\s*[`'"]/g)].map(
          (match) => `${file}:${text.slice(0, match.index).split('\n').length}`,
        ),
      )
    expect(english).toEqual([])
  })
})
