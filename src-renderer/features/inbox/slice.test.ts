import { beforeEach, describe, expect, it, vi } from 'vitest'
import { answer, requests, resetFakeApi } from '../../state/fake-api.test-support'
import { createHeraldStore } from '../../state/store'
import { inboxQuery, isFiltered, noInboxFilters, periodStart } from './slice'

vi.mock('../../lib/api', () => import('../../state/fake-api.test-support'))

beforeEach(resetFakeApi)

// A Tuesday afternoon, in whatever zone the tests run: the periods count from this computer's midnight
const now = new Date(2026, 2, 10, 15, 30)
const utcDayOf = (year: number, month: number, day: number): string =>
  new Date(year, month, day).toISOString().slice(0, 10)

describe('the Inbox filters', () => {
  it('ask for every conversation, rehearsals only when shown', () => {
    expect(inboxQuery(noInboxFilters, false, now)).toEqual({ includeRehearsal: false })
    expect(inboxQuery(noInboxFilters, true, now)).toEqual({ includeRehearsal: true })
    expect(isFiltered(noInboxFilters)).toBe(false)
  })

  it('pass on each filter chosen, the search without its outer spaces', () => {
    const filters = {
      status: 'lead',
      campaignId: 4,
      accountId: 2,
      period: 'week',
      search: '  how much ',
    } as const
    expect(inboxQuery(filters, false, now)).toEqual({
      includeRehearsal: false,
      status: 'lead',
      campaignId: 4,
      accountId: 2,
      since: utcDayOf(2026, 2, 4),
      search: 'how much',
    })
    expect(isFiltered(filters)).toBe(true)
    expect(isFiltered({ ...noInboxFilters, search: '   ' })).toBe(false)
  })

  it('start a period on the UTC day of this computer’s midnight, so that no reply of it is left out', () => {
    expect(periodStart('any', now)).toBeUndefined()
    expect(periodStart('today', now)).toBe(utcDayOf(2026, 2, 10))
    expect(periodStart('week', now)).toBe(utcDayOf(2026, 2, 4))
    expect(periodStart('month', now)).toBe(utcDayOf(2026, 1, 9))
  })
})

describe('the unread count', () => {
  it('is read with the smallest page of the list', async () => {
    const store = createHeraldStore()
    answer('inbox:list', () => ({ ok: true, value: { rows: [], total: 12, unread: 3, answered: 0 } }))
    await store.getState().loadInboxUnread()
    expect(store.getState().inboxUnread).toBe(3)
    expect(requests).toEqual([{ channel: 'inbox:list', input: { limit: 1 } }])
  })

  it('stays as it was when Herald cannot say', async () => {
    const store = createHeraldStore()
    store.getState().setInboxUnread(5)
    await store.getState().loadInboxUnread()
    expect(store.getState().inboxUnread).toBe(5)
  })

  it('follows each change Herald pushes, and the list learns it should read its rows again', () => {
    const store = createHeraldStore()
    expect(store.getState()).toMatchObject({ inboxUnread: null, inboxRevision: 0 })
    store.getState().noteInboxChanged(2)
    store.getState().noteInboxChanged(1)
    expect(store.getState()).toMatchObject({ inboxUnread: 1, inboxRevision: 2 })
  })
})
