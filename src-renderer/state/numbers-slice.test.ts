import { beforeEach, describe, expect, it, vi } from 'vitest'
import { notConnected } from '../../src-shared/domain/whatsapp'
import type { LinkTest } from '../../src-shared/domain/link-test'
import { answer, requests, resetFakeApi } from './fake-api.test-support'
import { createHeraldStore } from './store'

vi.mock('../lib/api', () => import('./fake-api.test-support'))

beforeEach(resetFakeApi)

const test = { status: 'running', to: '+447700900001', toSelf: true, steps: [] } as unknown as LinkTest

describe('the later numbers in the store', () => {
  it('keeps each later number’s pushed state and test; the first number’s stay where they always were', () => {
    const store = createHeraldStore()
    const scanning = { ...notConnected, status: 'waiting_for_scan' as const, qr: 'code' }
    store.getState().setNumberState(2, scanning)
    store.getState().setNumberState(1, scanning)
    store.getState().setNumberTest(2, test)
    store.getState().setNumberTest(1, test)
    expect(store.getState().numberStates).toEqual({ 2: scanning })
    expect(store.getState().numberTests).toEqual({ 2: test })
  })

  it('sends a test from the first number on its own channel, and from a later one by its id', async () => {
    const store = createHeraldStore()
    answer('whatsapp:send-test', () => ({ ok: true, value: test }))
    answer('accounts:send-test', () => ({ ok: true, value: test }))
    await store.getState().sendNumberTest(1, '')
    await store.getState().sendNumberTest(3, ' +44 7911 123456 ')
    expect(requests).toEqual([
      { channel: 'whatsapp:send-test', input: {} },
      { channel: 'accounts:send-test', input: { accountId: 3, to: '+44 7911 123456' } },
    ])
    expect(store.getState().linkTest).toEqual(test)
    expect(store.getState().numberTests[3]).toEqual(test)
  })
})
