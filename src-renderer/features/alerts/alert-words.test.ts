import { describe, expect, it } from 'vitest'
import type { AlertDelivery } from '../../../src-shared/domain/alerts'
import { phrase } from '../../../src-shared/i18n/phrase'
import {
  deliveryError,
  deliveryOutcome,
  draftOf,
  draftProblems,
  inputOf,
  makeSecret,
  ruleTargets,
  ruleWhen,
  testWords,
} from './alert-words'
import { translator } from '../../i18n/translate.test-support'
import type { Say } from '../../i18n/use-t'

const t = translator('en')

const attempt = (change: Partial<AlertDelivery>): AlertDelivery => ({
  id: 1,
  deliveryId: 'd-1',
  ruleId: 1,
  event: 'finished',
  test: true,
  channel: 'webhook',
  attempt: 1,
  status: 'delivered',
  httpStatus: 200,
  error: null,
  nextAttemptAt: null,
  title: 'Test alert from Herald',
  createdAt: '2026-03-02T10:00:00.000Z',
  finishedAt: '2026-03-02T10:00:00.000Z',
  ...change,
})

describe('alert words', () => {
  it('say what a rule watches for and where its alert goes', () => {
    expect(ruleWhen(t, { event: 'opt-out-rate', threshold: 7.5 })).toBe('Opt-out rate reaches 7.5%')
    expect(ruleWhen(t, { event: 'finished', threshold: null })).toBe('A campaign finished')
    expect(ruleTargets(t, { notify: true, webhookUrl: 'https://hooks.example.com/a?b' })).toBe(
      'Desktop notification and webhook',
    )
    expect(ruleTargets(t, { notify: false, webhookUrl: 'http://127.0.0.1:8080/x' })).toBe('Webhook')
    expect(ruleTargets(t, { notify: true, webhookUrl: null })).toBe('Desktop notification')
  })

  it('say what became of each attempt, and of a test', () => {
    expect(deliveryOutcome(t, attempt({}))).toEqual({ label: 'Delivered (200)', tone: 'done' })
    expect(deliveryOutcome(t, attempt({ channel: 'notification', httpStatus: null }))).toEqual({
      label: 'Shown',
      tone: 'done',
    })
    expect(deliveryOutcome(t, attempt({ status: 'pending', httpStatus: null }))).toMatchObject({
      tone: 'waiting',
    })
    expect(deliveryOutcome(t, attempt({ status: 'failed', httpStatus: 503 }))).toEqual({
      label: 'Failed (503)',
      tone: 'failed',
    })
    expect(
      testWords(t, [
        attempt({ channel: 'notification', httpStatus: null }),
        attempt({
          status: 'failed',
          httpStatus: null,
          error: 'Could not reach hooks.example.com (ENOTFOUND).',
        }),
      ]),
    ).toBe(
      'Test sent: the desktop notification was shown; the webhook failed: Could not reach hooks.example.com (ENOTFOUND).',
    )
  })

  it('say why an attempt failed in the window’s language, and in English when it came without a phrase', () => {
    const es = translator('es')
    const say: Say = (said, english) => (said ? es(said.key, said.params) : english)
    const unreachable = attempt({
      status: 'failed',
      httpStatus: null,
      error:
        'Could not reach hooks.example.com (ENOTFOUND). Check the address, and that the service is up. Herald tries again in 2 minutes.',
      errorPhrase: phrase('reporting.alertDelivery.unreachable', {
        host: 'hooks.example.com',
        code: 'ENOTFOUND',
        again: 'minutes',
        wait: 2,
      }),
    })
    expect(deliveryError(say, unreachable)).toBe(
      'No se pudo contactar con hooks.example.com (ENOTFOUND). Revisa la dirección y que el servicio esté funcionando. Herald lo intentará de nuevo en 2 minutos.',
    )
    expect(testWords(es, [attempt({ channel: 'notification', httpStatus: null }), unreachable], say)).toMatch(
      /el webhook falló: No se pudo contactar con hooks\.example\.com \(ENOTFOUND\)\..* 2 minutos\.$/,
    )
    expect(deliveryError(say, attempt({ status: 'failed', error: 'Old words.' }))).toBe('Old words.')
    expect(deliveryError(say, attempt({}))).toBeNull()
  })

  it('check the form as the service does, and keep a secret that is left empty', () => {
    const draft = { ...draftOf(), notify: false, webhook: true, webhookUrl: 'http://hooks.example.com/x' }
    const problems = draftProblems(t, draft, false)
    expect(problems.webhookUrl).toMatch(/only to https:\/\//)
    expect(problems.secret).toMatch(/Make one/)
    expect(draftProblems(t, { ...draft, webhook: false }, false).notify).toMatch(/Choose where/)
    expect(
      draftProblems(t, { ...draftOf(), event: 'opt-out-rate', threshold: '0' }, false).threshold,
    ).toMatch(/0\.1 to 100/)
    const kept = { ...draft, webhookUrl: 'https://hooks.example.com/x' }
    expect(draftProblems(t, kept, true)).toEqual({})
    expect(inputOf(kept, 4)).toEqual({
      id: 4,
      event: 'finished',
      threshold: null,
      notify: false,
      webhookUrl: 'https://hooks.example.com/x',
      includeText: false,
      enabled: true,
    })
    expect(inputOf({ ...kept, secret: 'abcdefgh12' })).toMatchObject({ secret: 'abcdefgh12' })
  })

  it("say it in the window's language", () => {
    expect(ruleWhen(translator('fr'), { event: 'opt-out-rate', threshold: 7.5 })).toBe(
      'Le taux de désinscription atteint 7,5\u00a0%',
    )
    expect(deliveryOutcome(translator('es'), attempt({ status: 'failed', httpStatus: 503 })).label).toBe(
      'Falló (503)',
    )
    expect(draftProblems(translator('ar'), { ...draftOf(), notify: false }, false).notify).not.toMatch(
      /Choose/,
    )
  })

  it('make a secret of 32 hexadecimal characters', () => {
    expect(makeSecret((bytes) => bytes.fill(171))).toBe('ab'.repeat(16))
    expect(makeSecret()).toMatch(/^[0-9a-f]{32}$/)
  })
})
