import { parse, TYPE } from '@formatjs/icu-messageformat-parser'
import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser'
import { describe, expect, it } from 'vitest'
import { locales } from '../../src-shared/i18n/locales'
import { catalogueFiles, catalogues } from './catalogues'

/** The arguments a message takes, each with its kind ("count:plural", "name:argument"), sorted. */
function argumentsOf(message: string): string[] {
  const found = new Set<string>()
  const walk = (elements: MessageFormatElement[]): void => {
    for (const element of elements) {
      if (element.type === TYPE.argument) found.add(`${element.value}:argument`)
      if (element.type === TYPE.number) found.add(`${element.value}:number`)
      if (element.type === TYPE.date || element.type === TYPE.time) found.add(`${element.value}:date`)
      if (element.type === TYPE.tag) {
        found.add(`${element.value}:tag`)
        walk(element.children)
      }
      if (element.type === TYPE.plural || element.type === TYPE.select) {
        found.add(`${element.value}:${element.type === TYPE.plural ? 'plural' : 'select'}`)
        for (const option of Object.values(element.options)) walk(option.value)
      }
    }
  }
  walk(parse(message))
  return [...found].sort()
}

describe('the catalogues', () => {
  it('give every language the same areas and keys as English, none of them empty', () => {
    const english = Object.keys(catalogues.en).sort()
    expect(english.length).toBeGreaterThan(0)
    for (const locale of locales) {
      const keys = Object.keys(catalogues[locale]).sort()
      expect({ locale, missing: english.filter((k) => !(k in catalogues[locale])) }).toEqual({
        locale,
        missing: [],
      })
      expect({ locale, extra: keys.filter((k) => !(k in catalogues.en)) }).toEqual({ locale, extra: [] })
      const empty = keys.filter((k) => (catalogues[locale][k] ?? '').trim() === '')
      expect({ locale, empty }).toEqual({ locale, empty: [] })
    }
    const areas = (locale: string): string[] =>
      catalogueFiles
        .filter((f) => f.locale === locale)
        .map((f) => f.area)
        .sort()
    for (const locale of locales) expect(areas(locale)).toEqual(areas('en'))
  })

  it('keep each key in the file of its area ("shell.nav.connect" in shell.json)', () => {
    const misplaced = catalogueFiles.flatMap(({ locale, area, messages }) =>
      Object.keys(messages)
        .filter((key) => !key.startsWith(`${area}.`))
        .map((key) => `${locale}/${area}.json: ${key}`),
    )
    expect(misplaced).toEqual([])
  })

  it('give every translation the placeholders, plurals and tags of its English message', () => {
    const wrong: string[] = []
    for (const [key, english] of Object.entries(catalogues.en)) {
      const wanted = argumentsOf(english)
      for (const locale of locales) {
        const message = catalogues[locale][key]
        if (message === undefined) continue
        let got: string[]
        try {
          got = argumentsOf(message)
        } catch (error) {
          wrong.push(`${locale} ${key}: not a valid ICU message (${String(error)})`)
          continue
        }
        if (got.join() !== wanted.join())
          wrong.push(
            `${locale} ${key}: has ${got.join(', ') || 'none'}, English has ${wanted.join(', ') || 'none'}`,
          )
      }
    }
    expect(wrong).toEqual([])
  })

  it('hold every key the screens ask for', () => {
    // Every source file of the renderer as text (tests left out)
    const sources = import.meta.glob<string>(['../**/*.{ts,tsx}', '!../**/*.test.{ts,tsx}'], {
      query: '?raw',
      import: 'default',
      eager: true,
    })
    const asked = new Set<string>()
    for (const text of Object.values(sources)) {
      for (const match of text.matchAll(/\bt\(\s*'([\w.-]+)'/g)) asked.add(match[1]!)
    }
    expect(asked.size).toBeGreaterThan(0)
    expect([...asked].filter((key) => !(key in catalogues.en))).toEqual([])
  })
})
