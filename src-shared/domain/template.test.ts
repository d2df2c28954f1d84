import { describe, expect, it } from 'vitest'
import type { Variant, VariantRule } from './campaigns'
import { seededRandom } from './random'
import { messageLength, placeholdersOf, renderBody, renderMessage, templateProblems } from './template'

const fixed = (value: number) => (): number => value
const render = (body: string, fields: Record<string, string> = {}, random = fixed(0)) =>
  renderBody(body, fields, random)

describe('renderBody placeholders', () => {
  it('fills fields and tolerates spaces and a different case inside the braces', () => {
    expect(render('Hi {{ name }} from {{City}}!', { name: 'Ana', city: 'Porto' }).text).toBe(
      'Hi Ana from Porto!',
    )
    expect(render('Hi {{First Name}}', { first_name: 'Ana' }).text).toBe('Hi Ana')
  })

  it('uses the fallback when the field is missing or blank, and an empty fallback leaves no gap', () => {
    expect(render('Hi {{name|there}}!').text).toBe('Hi there!')
    expect(render('Hi {{name|there}}!', { name: '   ' }).text).toBe('Hi there!')
    expect(render('Hi {{name|}}, welcome', { name: '' })).toEqual({ text: 'Hi, welcome', missing: [] })
  })

  it('reports fields without a value or fallback and does not leave "Hi , welcome"', () => {
    expect(render('Hi {{name}}, welcome to {{shop}} today', { name: ' ' })).toEqual({
      text: 'Hi, welcome to today',
      missing: ['name', 'shop'],
    })
    expect(render('{{name}}, your order is ready').text).toBe('your order is ready')
    expect(render('Dear {{first}} {{last}}, hello').text).toBe('Dear, hello')
    expect(render('Line one {{x}}\n{{x}} line two').text).toBe('Line one\nline two')
    expect(render('Hello {{name}} ({{city}}), hi').text).toBe('Hello, hi')
  })

  it('lets a fallback hold a choice', () => {
    expect(render('Hi {{name|{friend|there}}}!', {}, fixed(0.9)).text).toBe('Hi there!')
    expect(render('Hi {{name|{friend|there}}}!', { name: 'Ana' }, fixed(0.9)).text).toBe('Hi Ana!')
    expect(templateProblems('Hi {{name|{friend|there}}}!')).toEqual([])
  })

  it('keeps literal braces written with a backslash', () => {
    expect(render('Use code \\{SALE\\} at {{shop|the shop}}').text).toBe('Use code {SALE} at the shop')
    expect(render('a \\| b').text).toBe('a | b')
  })
})

describe('renderBody spintax', () => {
  it('chooses one option by the random number, nested choices included', () => {
    const body = '{Hi {there|friend}|Hello}, {{name}}'
    expect(render(body, { name: 'Ana' }, fixed(0)).text).toBe('Hi there, Ana')
    expect(render(body, { name: 'Ana' }, fixed(0.99)).text).toBe('Hello, Ana')
    const draws = [0.1, 0.9]
    expect(render(body, { name: 'Ana' }, () => draws.shift() ?? 0).text).toBe('Hi friend, Ana')
  })

  it('nests a choice right after the opening brace and a placeholder inside a choice', () => {
    expect(render('{{Hi|Hey} there|Yo}', {}, fixed(0)).text).toBe('Hi there')
    expect(render('{Hi {{name}}|Hello}!', { name: 'Bo' }, fixed(0)).text).toBe('Hi Bo!')
  })

  it('spreads evenly: over 3,000 seeds each of three options appears 25–42% of the time', () => {
    const counts: Record<string, number> = { a: 0, b: 0, c: 0 }
    for (let i = 0; i < 3_000; i++) counts[render('{a|b|c}', {}, seededRandom(`9:${i}`)).text]! += 1
    for (const count of Object.values(counts)) {
      expect(count / 3_000).toBeGreaterThan(0.25)
      expect(count / 3_000).toBeLessThan(0.42)
    }
  })
})

describe('placeholdersOf', () => {
  it('lists every placeholder once, from every choice, with its fallback', () => {
    expect(
      placeholdersOf('Hi {{name|there}} {in {{city}}|at {{ website }}} {{name|there}} {{name}}'),
    ).toEqual([
      { key: 'name', fallback: 'there' },
      { key: 'city', fallback: null },
      { key: 'website', fallback: null },
      { key: 'name', fallback: null },
    ])
  })
})

describe('templateProblems', () => {
  it('accepts a correct template', () => {
    expect(templateProblems('{Hi|Hello} {{name|there}}, see \\{this\\}')).toEqual([])
  })

  it('explains an unclosed brace and points to the place', () => {
    expect(templateProblems('Hello {Ana, welcome')).toEqual([
      "A { is never closed: check the part near 'Hello {Ana, welcome'.",
    ])
  })

  it('explains a stray closing brace and unbalanced double braces', () => {
    expect(templateProblems('Hello Ana} welcome')[0]).toMatch(/A } has no \{ before it.*'Hello Ana} welcome'/)
    expect(templateProblems('Hi {{name}, welcome')).toEqual([
      "A {{ is never closed: check the part near 'Hi {{name},'. A placeholder is written {{name}}.",
    ])
    expect(templateProblems('Hi name}}')[0]).toMatch(/A }} has no \{\{ before it/)
  })

  it('explains empty options, single options and empty placeholders', () => {
    expect(templateProblems('{Hi||Hello} there')[0]).toMatch(/empty option.*'\{Hi\|\|Hello\} there'/)
    expect(templateProblems('Hi {name}')[0]).toMatch(/only one option.*write \{\{name\}\}/)
    expect(templateProblems('Hi {{ }}')[0]).toMatch(/no field name/)
  })

  it('still renders a broken template with the braces shown', () => {
    expect(render('Hello {Ana').text).toBe('Hello {Ana')
  })
})

describe('renderMessage', () => {
  const variants: Variant[] = [
    { name: 'creation', body: '{Hi|Hello} {{name|there}}, want a website?' },
    { name: 'enhancement', body: 'Hi {{name|there}}, I saw {{website}}.' },
  ]

  it('gives the same text for the same seed, and varies across seeds', () => {
    const rule: VariantRule = { kind: 'split', weights: { creation: 50, enhancement: 50 } }
    const fields = { name: 'Ana', website: 'ana.pt' }
    expect(renderMessage(variants, rule, fields, '3:17')).toEqual(
      renderMessage(variants, rule, fields, '3:17'),
    )
    const texts = new Set(
      Array.from({ length: 50 }, (_, i) => renderMessage(variants, rule, fields, `3:${i}`).text),
    )
    expect(texts.size).toBe(3)
  })

  it('splits contacts by the percentages', () => {
    const rule: VariantRule = { kind: 'split', weights: { creation: 30, enhancement: 70 } }
    let creation = 0
    for (let i = 0; i < 4_000; i++) {
      if (renderMessage(variants, rule, {}, `5:${i}`).variant === 'creation') creation++
    }
    expect(creation / 4_000).toBeGreaterThan(0.27)
    expect(creation / 4_000).toBeLessThan(0.33)
  })

  it('picks by condition and reports what was missing', () => {
    const rule: VariantRule = {
      kind: 'condition',
      field: 'website',
      test: 'empty',
      then: 'creation',
      otherwise: 'enhancement',
    }
    expect(renderMessage(variants, rule, { name: 'Ana', website: 'ana.pt' }, '1:1')).toEqual({
      variant: 'enhancement',
      text: 'Hi Ana, I saw ana.pt.',
      missing: [],
    })
    expect(renderMessage(variants, rule, { website: '' }, '1:2').variant).toBe('creation')
  })
})

describe('messageLength', () => {
  it('counts what a person sees', () => {
    expect(messageLength('Olá 👋🏽')).toBe(5)
    expect(messageLength('👨‍👩‍👧')).toBe(1)
    expect(messageLength('')).toBe(0)
  })
})
