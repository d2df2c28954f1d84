import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { AppError } from './errors'
import { locales } from '../src-shared/i18n/locales'
import { phrase } from '../src-shared/i18n/phrase'
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
