import { describe, expect, it } from 'vitest'
import { translator } from '../../i18n/translate.test-support'
import { addVariant, draftFrom, nextVariantName, renameProblem, saveBlocker, variantProblems } from './draft'

const en = translator('en')
const es = translator('es')

describe('a message being written', () => {
  it('starts with one variant named in the window’s language', () => {
    expect(draftFrom(null, en).variants).toEqual([{ name: 'Variant A', body: '' }])
    expect(draftFrom(null, es).variants).toEqual([{ name: 'Variante A', body: '' }])
    const two = addVariant(draftFrom(null, en), en)
    expect(two.variants.map((v) => v.name)).toEqual(['Variant A', 'Variant B'])
    expect(
      nextVariantName(
        [
          { name: 'Variant A', body: '' },
          { name: 'Variant C', body: '' },
        ],
        en,
      ),
    ).toBe('Variant B')
  })

  it('says what stops it from being saved', () => {
    const draft = { ...draftFrom(null, en), name: '' }
    expect(saveBlocker(draft, en)).toBe('Give the message a name to save it.')
    expect(saveBlocker({ ...draft, name: 'Offer' }, en)).toBe('Write the message to save it.')
    const two = addVariant({ ...draft, name: 'Offer' }, en)
    const filled = { ...two, variants: [{ ...two.variants[0]!, body: 'Hi' }, two.variants[1]!] }
    expect(saveBlocker(filled, en)).toBe('Write Variant B to save it.')
    expect(saveBlocker(filled, es)).toBe('Escribe Variant B para guardarlo.')
    expect(saveBlocker({ ...filled, variants: [filled.variants[0]!] }, en)).toBeNull()
  })

  it('words the problems of a wording and of a variant name', () => {
    expect(variantProblems(' ', en)).toEqual(['Write the message.'])
    expect(variantProblems('x'.repeat(4001), en)).toEqual([
      'The message is 4001 characters long; keep it under 4000.',
    ])
    expect(renameProblem('', [], es)).toBe('Ponle un nombre a la variante.')
    // The braces' problems, as the Compose editor shows them under the message
    expect(variantProblems('Hello {Ana, welcome', en)).toEqual([
      "A { is never closed: check the part near 'Hello {Ana, welcome'.",
    ])
    expect(variantProblems('Hello {Ana, welcome', es)).toEqual([
      "Una { nunca se cierra: revisa la parte cerca de 'Hello {Ana, welcome'.",
    ])
    expect(variantProblems('Hi {name}', es)[0]).toBe(
      "Una elección entre llaves tiene una sola opción: revisa la parte cerca de 'Hi {name}'. Para poner el campo name del contacto, escribe {{name}}.",
    )
    expect(variantProblems('Hi name}}', translator('ar'))[0]).toMatch(/^هناك }} لا يسبقه \{\{/)
    expect(renameProblem('B', [{ name: 'B', body: '' }], en)).toBe('Another variant already has this name.')
  })

  it('counts characters as each language does', () => {
    expect(en('compose.message.count', { count: 1 })).toBe('1 character')
    expect(en('compose.message.count', { count: 1200 })).toBe('1,200 characters')
    expect(translator('ar')('compose.message.count', { count: 2 })).toBe('حرفان')
  })
})
