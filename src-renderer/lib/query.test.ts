import { onlineManager, QueryObserver } from '@tanstack/react-query'
import type { QueryClient } from '@tanstack/react-query'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { ContactList } from '../../src-shared/domain/contacts'
import type { EventChannel } from '../../src-shared/ipc/contract'
import type { Result } from '../../src-shared/ipc/result'
import { answer, held, requests, resetFakeApi, settled } from '../state/fake-api.test-support'
import { createInvalidator, createQueryClient, queryView, readQuery } from './query'
import type { Query } from './query'

vi.mock('./api', () => import('../state/fake-api.test-support'))

const list = (id: number, name = `List ${id}`): ContactList => ({
  id,
  name,
  sourceFile: 'shops.xlsx',
  sheet: 'Sheet1',
  country: 'PT',
  createdAt: '2026-03-02T10:00:00.000Z',
  counts: { total: 2, valid: 2, invalid: 0, duplicate: 0, opted_out: 0, repaired: 0 },
  fieldKeys: [],
  fieldHeaders: {},
})

/** A component reading one list, as the hook does: the same observer and options, without React. */
function reader(client: QueryClient, listId: number | null, invalidateOn: EventChannel[] = []) {
  const options = (id: number | null) =>
    readQuery('lists:get', id === null ? null : { listId: id }, invalidateOn)
  const observer = new QueryObserver(client, options(listId))
  let asking = listId !== null
  const stop = observer.subscribe(() => undefined)
  return {
    result: () => observer.getCurrentResult(),
    view: (): Query<ContactList> => queryView(observer.getCurrentResult(), asking),
    ask: (id: number): void => {
      asking = true
      observer.setOptions(options(id))
    },
    stop,
  }
}

let client: QueryClient

beforeEach(() => {
  resetFakeApi()
  client = createQueryClient()
})

afterEach(() => {
  client.clear()
  vi.useRealTimers()
})

describe('reading', () => {
  it('asks nothing for a null input, and says it is not loading', async () => {
    const { view } = reader(client, null)
    await settled()
    expect(requests).toEqual([])
    expect(view()).toMatchObject({ data: undefined, loading: false, error: null, current: false })
  })

  it('reads even when the browser believes it is offline: Herald is on this computer', async () => {
    onlineManager.setOnline(false)
    try {
      answer('lists:get', ({ listId }) => ({ ok: true, value: list(listId) }))
      const { view } = reader(client, 1)
      await settled()
      expect(view().data).toEqual(list(1))
    } finally {
      onlineManager.setOnline(true)
    }
  })

  it('asks once for components that ask at the same time', async () => {
    const answered = held<Result<ContactList>>()
    answer('lists:get', () => answered.promise)
    const first = reader(client, 1)
    const second = reader(client, 1)
    expect(first.view().loading).toBe(true)
    answered.settle({ ok: true, value: list(1) })
    await settled()
    expect(requests).toHaveLength(1)
    expect(first.view().data).toEqual(list(1))
    expect(second.view()).toMatchObject({ data: list(1), loading: false, current: true })
  })

  it('shows what it read before at once, reads it again, and keeps inputs apart', async () => {
    answer('lists:get', ({ listId }) => ({ ok: true, value: list(listId) }))
    reader(client, 1).stop()
    await settled()
    answer('lists:get', ({ listId }) => ({ ok: true, value: list(listId, 'Renamed') }))
    const again = reader(client, 1)
    expect(again.view()).toMatchObject({ data: list(1), loading: false })
    const other = reader(client, 2)
    expect(other.view()).toMatchObject({ data: undefined, loading: true })
    await settled()
    expect(again.view().data?.name).toBe('Renamed')
    expect(other.view().data).toEqual(list(2, 'Renamed'))
    expect(requests.map((r) => r.input)).toEqual([{ listId: 1 }, { listId: 1 }, { listId: 2 }])
  })
})

describe('failures', () => {
  it('says why a read failed, and whether what was asked for is gone', async () => {
    answer('lists:get', () => ({ ok: false, error: { code: 'NOT_FOUND', message: 'No such list.' } }))
    const { view } = reader(client, 1)
    await settled()
    expect(view()).toMatchObject({
      data: undefined,
      loading: false,
      error: { code: 'NOT_FOUND', message: 'No such list.', missing: true },
    })
  })

  it('keeps what it read when reading it again fails, and reads again on refetch', async () => {
    answer('lists:get', () => ({ ok: true, value: list(1) }))
    const { view } = reader(client, 1)
    await settled()
    answer('lists:get', () => ({ ok: false, error: { code: 'UNAVAILABLE', message: 'Herald is busy.' } }))
    view().refetch()
    await settled()
    expect(view()).toMatchObject({ data: list(1), current: true, error: { missing: false } })
    answer('lists:get', () => ({ ok: true, value: list(1, 'Back') }))
    view().refetch()
    await settled()
    expect(view()).toMatchObject({ data: list(1, 'Back'), error: null })
  })
})

describe('a changed input', () => {
  it('never shows a late answer for the input asked before', async () => {
    const [first, second] = [held<Result<ContactList>>(), held<Result<ContactList>>()]
    answer('lists:get', ({ listId }) => (listId === 1 ? first.promise : second.promise))
    const { view, ask } = reader(client, 1)
    ask(2)
    second.settle({ ok: true, value: list(2) })
    await settled()
    first.settle({ ok: true, value: list(1) })
    await settled()
    expect(view()).toMatchObject({ data: list(2), current: true })
  })

  it('shows no answer for the new input until it comes, unless the screen keeps the last one', async () => {
    const late = held<Result<ContactList>>()
    answer('lists:get', ({ listId }) => (listId === 1 ? { ok: true, value: list(1) } : late.promise))
    const { view, ask, result } = reader(client, 1)
    await settled()
    ask(2)
    expect(view()).toMatchObject({ data: undefined, loading: true, current: false })
    expect(queryView(result(), true, list(1))).toMatchObject({ data: list(1), loading: true, current: false })
  })
})

describe('push events', () => {
  it('read again what named the event, and nothing else', async () => {
    answer('lists:get', ({ listId }) => ({ ok: true, value: list(listId) }))
    const listed = reader(client, 1, ['lists:changed'])
    reader(client, 2, ['settings:changed'])
    await settled()
    answer('lists:get', ({ listId }) => ({ ok: true, value: list(listId, 'Saved again') }))
    const before = requests.length
    createInvalidator(client)('lists:changed')
    await settled()
    expect(requests.slice(before).map((r) => r.input)).toEqual([{ listId: 1 }])
    expect(listed.view().data?.name).toBe('Saved again')
  })

  it('follow progress at most once per cool-down, with a last read after a burst', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    answer('lists:get', ({ listId }) => ({ ok: true, value: list(listId) }))
    reader(client, 1, ['campaign:progress'])
    await vi.advanceTimersByTimeAsync(0)
    const reads = (): number => requests.length - 1
    const stale = createInvalidator(client)
    stale('campaign:progress')
    await vi.advanceTimersByTimeAsync(0)
    expect(reads()).toBe(1)
    stale('campaign:progress')
    stale('campaign:progress')
    await vi.advanceTimersByTimeAsync(1999)
    expect(reads()).toBe(1)
    await vi.advanceTimersByTimeAsync(1)
    expect(reads()).toBe(2)
    await vi.advanceTimersByTimeAsync(4000)
    expect(reads()).toBe(2)
    stale('campaign:progress')
    await vi.advanceTimersByTimeAsync(0)
    expect(reads()).toBe(3)
  })
})
