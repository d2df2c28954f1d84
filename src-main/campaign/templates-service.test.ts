import { describe, expect, it } from 'vitest'
import { sayIn } from '../../src-shared/i18n/wording'
import { closeAfterEach } from '../context.test-support'
import { AppError } from '../errors'
import { thrownBy } from '../thrown.test-support'
import { harness, saveList } from './fixtures.test-support'

const closing = closeAfterEach()

const code = (run: () => unknown): string => thrownBy(AppError, run).code

describe('templates service', () => {
  it('saves, renames, lists by name and deletes, telling every window', () => {
    const h = closing(harness())
    const changed: unknown[] = []
    h.ctx.events.subscribe((event, payload) => {
      if (event === 'templates:changed') changed.push(payload)
    })
    const b = h.templates.save({ name: 'b offer', variants: [{ name: 'A', body: 'Hi {{name|there}}' }] })
    const a = h.templates.save({ name: 'A offer', variants: [{ name: 'A', body: 'Hello' }] })
    expect(h.templates.list().map((t) => t.name)).toEqual(['A offer', 'b offer'])
    const renamed = h.templates.save({ id: b.id, name: 'Spring', variants: b.variants })
    expect(renamed).toMatchObject({ id: b.id, name: 'Spring', createdAt: b.createdAt })
    expect(h.templates.byName('spring').id).toBe(b.id)
    h.templates.delete(a.id)
    expect(h.templates.list().map((t) => t.id)).toEqual([b.id])
    expect(changed).toEqual([
      { templateId: b.id },
      { templateId: a.id },
      { templateId: b.id },
      { templateId: a.id },
    ])
  })

  it('refuses broken placeholders, twin variant names, a taken name and unknown ids', () => {
    const x = closing(harness())
    x.templates.save({ name: 'Taken', variants: [{ name: 'A', body: 'Hi' }] })
    expect(code(() => x.templates.save({ name: 'New', variants: [{ name: 'A', body: 'Hi {{name' }] }))).toBe(
      'BAD_INPUT',
    )
    expect(
      code(() =>
        x.templates.save({
          name: 'New',
          variants: [
            { name: 'A', body: 'Hi' },
            { name: 'a', body: 'Yo' },
          ],
        }),
      ),
    ).toBe('BAD_INPUT')
    expect(code(() => x.templates.save({ name: 'TAKEN', variants: [{ name: 'A', body: 'Hi' }] }))).toBe(
      'CONFLICT',
    )
    expect(
      code(() => x.templates.save({ id: 99, name: 'Other', variants: [{ name: 'A', body: 'Hi' }] })),
    ).toBe('NOT_FOUND')
    expect(code(() => x.templates.delete(99))).toBe('NOT_FOUND')
    expect(x.templates.list()).toHaveLength(1)
  })

  it('previews real rows of a list, with what each row cannot fill', () => {
    const h = closing(harness())
    const listId = saveList(h.ctx, 5)
    const preview = h.templates.preview({
      listId,
      variants: [{ name: 'A', body: 'Hi {{name}}, see {{website}}' }],
      offset: 1,
      limit: 2,
    })
    expect(preview.total).toBe(5)
    expect(preview.rows.map((r) => [r.row, r.text, r.missing])).toEqual([
      [3, 'Hi Shop 1, see', ['website']],
      [4, 'Hi Shop 2, see shop2.example', []],
    ])
    expect(
      code(() =>
        h.templates.preview({ listId, variants: [{ name: 'A', body: '{a|b' }], offset: 0, limit: 5 }),
      ),
    ).toBe('BAD_INPUT')
  })

  it('says what is wrong in English for the CLI, and as phrases the window words in its language', () => {
    const x = closing(harness())
    x.templates.save({ name: 'Taken', variants: [{ name: 'A', body: 'Hi' }] })
    const taken = thrownBy(AppError, () =>
      x.templates.save({ name: 'Taken', variants: [{ name: 'A', body: 'Hi' }] }),
    )
    expect(taken.message).toBe('A message template is already called "Taken": choose another name.')
    expect(sayIn('es', taken.phrase!)).toBe('Ya hay una plantilla llamada «Taken»: elige otro nombre.')
    expect(sayIn('es', taken.fieldPhrases!.name!)).toBe('Este nombre ya está en uso.')

    // Two problems in the second wording: the CLI reads both, the window the first one, in its language
    const broken = thrownBy(AppError, () =>
      x.templates.save({
        name: 'New',
        variants: [
          { name: 'A', body: 'Hi' },
          { name: 'B', body: 'Hi {x} and }' },
        ],
      }),
    )
    expect(broken.message).toBe(
      'Variant "B": A choice in braces has only one option: check the part near \'Hi {x} and }\'. ' +
        "To put in the contact's x, write {{x}}. A } has no { before it: check the part near 'Hi {x} and }'. " +
        'To show a brace in the message, write \\} instead.',
    )
    expect(broken.fields?.variants).toBe(broken.message.replace('Variant "B": ', ''))
    expect(sayIn('es', broken.phrase!)).toBe(
      "Una elección entre llaves tiene una sola opción: revisa la parte cerca de 'Hi {x} and }'. " +
        'Para poner el campo x del contacto, escribe {{x}}.',
    )
    expect(broken.fieldPhrases?.variants).toEqual(broken.phrase)
  })
})
