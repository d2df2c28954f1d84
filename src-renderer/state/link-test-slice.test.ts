import { beforeEach, describe, expect, it, vi } from 'vitest'
import { linkTestSteps, stepLabels } from '../../src-shared/domain/link-test'
import type { LinkTest } from '../../src-shared/domain/link-test'
import type { Output } from '../../src-shared/ipc/contract'
import type { Result } from '../../src-shared/ipc/result'
import { answer, held, resetFakeApi, settled } from './fake-api.test-support'
import { createHeraldStore } from './store'

vi.mock('../lib/api', () => import('./fake-api.test-support'))

beforeEach(resetFakeApi)

/** A test that started at `startedAt`: WhatsApp took the message 2 s later, delivery not yet confirmed. */
function sentTest(startedAt: string): LinkTest {
  return {
    status: 'running',
    to: '+447911123456',
    toSelf: true,
    startedAt,
    steps: linkTestSteps.map((step) => ({
      step,
      outcome: step === 'delivered' ? 'waiting' : 'done',
      text: stepLabels[step],
      ms: step === 'delivered' ? null : 2000,
    })),
    summary: '',
    advice: null,
  }
}

describe('the test message', () => {
  it('keeps a pushed step over a status read that left before it, and the later date of both', async () => {
    const store = createHeraldStore()
    const reply = held<Result<Output<'whatsapp:test-status'>>>()
    answer('whatsapp:test-status', () => reply.promise)
    const reading = store.getState().loadLinkTestStatus()
    await settled()
    const pushed = sentTest('2026-11-23T10:00:00.000Z')
    store.getState().setLinkTest(pushed)
    reply.settle({ ok: true, value: { latest: null, lastSuccessAt: '2026-11-20T08:00:00.000Z' } })
    await reading
    expect(store.getState()).toMatchObject({
      linkTest: pushed,
      linkTestLastSuccessAt: '2026-11-23T10:00:02.000Z',
      linkTestStatus: 'loaded',
    })
  })

  it('takes the read whole when nothing was pushed meanwhile: the login may have changed', async () => {
    const store = createHeraldStore()
    store.setState({ linkTestLastSuccessAt: '2026-11-23T10:00:00.000Z' })
    answer('whatsapp:test-status', () => ({ ok: true, value: { latest: null, lastSuccessAt: null } }))
    await store.getState().loadLinkTestStatus()
    expect(store.getState()).toMatchObject({ linkTest: null, linkTestLastSuccessAt: null })
  })
})
