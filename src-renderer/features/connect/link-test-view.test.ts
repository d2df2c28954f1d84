import { describe, expect, it } from 'vitest'
import { linkTestSteps, stepLabels } from '../../../src-shared/domain/link-test'
import type { LinkTest, LinkTestStep } from '../../../src-shared/domain/link-test'
import { translator } from '../../i18n/translate.test-support'
import { formatStepTime, lastTestLine, linkTestView } from './link-test-view'

const en = translator('en')

type Outcome = LinkTestStep['outcome']

/** A test whose four steps ended as given, in order, each 250 ms after the one before. */
function test(status: LinkTest['status'], outcomes: Outcome[], patch: Partial<LinkTest> = {}): LinkTest {
  return {
    status,
    to: '+447911123456',
    toSelf: true,
    startedAt: '2026-11-23T10:00:00.000Z',
    steps: linkTestSteps.map((step, index) => {
      const outcome = outcomes[index] ?? 'not_reached'
      return { step, outcome, text: stepLabels[step], ms: outcome === 'done' ? 250 * (index + 1) : null }
    }),
    summary: `Summary while ${status}`,
    advice: status === 'failed' ? 'What to do next.' : null,
    ...patch,
  }
}

const marks = (t: LinkTest): string[] => linkTestView(en, t).steps.map((step) => step.mark)

describe('linkTestView', () => {
  it('ticks the steps done, with their time, and shows the one under way as waiting', () => {
    const view = linkTestView(en, test('running', ['done', 'done', 'waiting']))
    expect(view).toMatchObject({ running: true, tone: 'busy', advice: null })
    expect(view.steps.map((s) => [s.label, s.mark, s.time, s.note])).toEqual([
      ['WhatsApp connected', 'done', '0.3 s', null],
      ['Number found on WhatsApp', 'done', '0.5 s', null],
      ['Sent: WhatsApp took the message', 'waiting', null, 'Waiting…'],
      ['Delivered to the phone', 'not_reached', null, null],
    ])
  })

  it('is calm and green once the phone has the message', () => {
    const view = linkTestView(en, test('succeeded', ['done', 'done', 'done', 'done']))
    expect(view).toMatchObject({ running: false, tone: 'ok', summary: 'Summary while succeeded' })
    expect(view.steps.every((step) => step.time !== null)).toBe(true)
  })

  it('says delivery is not confirmed yet when the message went out but no receipt came', () => {
    const t = test('succeeded', ['done', 'done', 'done', 'waiting'])
    expect(marks(t)).toEqual(['done', 'done', 'done', 'unconfirmed'])
    expect(linkTestView(en, t).tone).toBe('warn')
    expect(linkTestView(en, t).steps[3]?.note).toBe('Not confirmed yet')
  })

  it('crosses the step that failed, greys the rest and gives the advice', () => {
    const t = test('failed', ['done', 'failed'])
    expect(marks(t)).toEqual(['done', 'failed', 'not_reached', 'not_reached'])
    expect(linkTestView(en, t).steps[1]?.note).toBe('Failed')
    expect(linkTestView(en, t)).toMatchObject({ tone: 'bad', advice: 'What to do next.' })
  })

  it('spaces the number in the summary as the rest of the screen does', () => {
    const summary = '+447911200000 has no WhatsApp account, so no test message was sent.'
    const t = test('failed', ['done', 'failed'], { to: '+447911200000', toSelf: false, summary })
    expect(linkTestView(en, t).summary).toBe(
      '+44 7911 200000 has no WhatsApp account, so no test message was sent.',
    )
  })

  it('names the recipient: the user themself, or the number typed', () => {
    expect(linkTestView(en, test('running', [])).recipient).toBe('To your own number, +44 7911 123456')
    const other = test('running', [], { to: '+14155550000', toSelf: false })
    expect(linkTestView(en, other).recipient).toBe('To +1 415 555 0000')
  })
})

describe('a test message in the window’s language', () => {
  const es = translator('es')

  it('says its steps, how it went and what to do in that language', () => {
    const noAccount = test('failed', ['done', 'failed'], {
      to: '+447911200000',
      toSelf: false,
      summary: '+447911200000 has no WhatsApp account, so no test message was sent.',
      summaryPhrase: { key: 'whatsapp.test.noAccount', params: { phone: '+447911200000' } },
      advice: 'Check the number, with its country code, or leave it empty to message yourself.',
      advicePhrase: { key: 'whatsapp.test.checkNumber' },
    })
    const view = linkTestView(es, noAccount)
    expect(view.steps.map((s) => s.label)).toEqual([
      'WhatsApp conectado',
      'Número encontrado en WhatsApp',
      'Enviado: WhatsApp recibió el mensaje',
      'Entregado en el teléfono',
    ])
    expect(view.summary).toBe(
      '+44 7911 200000 no tiene cuenta de WhatsApp, así que no se envió ningún mensaje de prueba.',
    )
    expect(view.advice).toMatch(/^Revisa el número, con su código de país/)
  })

  it('writes the time as the language does, and advises a failed send by its kind', () => {
    const delivered = test('succeeded', ['done', 'done', 'done', 'done'], {
      summaryPhrase: { key: 'whatsapp.test.reachedYourPhone', params: { seconds: 1.5 } },
    })
    expect(linkTestView(translator('fr'), delivered).summary).toBe(
      'Le message d’essai est parti et a atteint votre téléphone en 1,5 s.',
    )
    const uncertain = test('failed', ['done', 'done', 'failed'], {
      advice: 'Herald could not tell whether this one went out.',
      category: 'uncertain',
    })
    expect(linkTestView(es, uncertain).advice).toBe(es('analytics.errorCategory.uncertain.advice'))
    expect(linkTestView(es, uncertain).advice).not.toMatch(/Herald could not tell/)
  })
})

describe('formatStepTime', () => {
  it('writes seconds as the summary does, and a blink as under a tenth', () => {
    expect(formatStepTime(en, 1)).toBe('< 0.1 s')
    expect(formatStepTime(en, 507)).toBe('0.5 s')
    expect(formatStepTime(en, 12_340)).toBe('12.3 s')
    expect(formatStepTime(translator('fr'), 12_340)).toBe('12,3 s')
  })
})

describe('lastTestLine', () => {
  it('gives the date of a test before this run, only while no test of this run is shown', () => {
    // In the computer's own language and time zone, like "Connected since" beside it
    expect(lastTestLine(en, '2026-11-20T09:30:00.000Z', null)).toMatch(
      /^Last test message sent on .*2026.*\.$/,
    )
    expect(lastTestLine(en, '2026-11-20T09:30:00.000Z', test('succeeded', ['done']))).toBeNull()
    expect(lastTestLine(en, null, null)).toBeNull()
    expect(lastTestLine(en, 'not a date', null)).toBeNull()
  })
})
