import { beforeEach, describe, expect, it, vi } from 'vitest'
import { answer, requests, resetFakeApi } from '../../state/fake-api.test-support'
import { template } from '../../state/samples.test-support'
import { createHeraldStore } from '../../state/store'

vi.mock('../../lib/api', () => import('../../state/fake-api.test-support'))

beforeEach(resetFakeApi)

const at = (day: number): string => `2026-03-0${day}T09:00:00.000Z`

describe('saved messages', () => {
  it('are listed most recently changed first', async () => {
    const store = createHeraldStore()
    const value = [template({ id: 1, updatedAt: at(1) }), template({ id: 2, updatedAt: at(3) })]
    answer('templates:list', () => ({ ok: true, value }))
    await store.getState().loadTemplates()
    expect(store.getState().templates.map((t) => t.id)).toEqual([2, 1])
  })

  it('move to the top when saved, without a second copy', async () => {
    const store = createHeraldStore()
    store.setState({
      templates: [template({ id: 2, updatedAt: at(3) }), template({ id: 1, updatedAt: at(1) })],
    })
    answer('templates:save', () => ({
      ok: true,
      value: template({ id: 1, name: 'Renamed', updatedAt: at(4) }),
    }))
    await store.getState().saveTemplate({ id: 1, name: 'Renamed', variants: [{ name: 'A', body: 'Hi' }] })
    expect(store.getState().templates.map((t) => [t.id, t.name])).toEqual([
      [1, 'Renamed'],
      [2, 'Hello'],
    ])
  })

  it('are read again on a change only once the screen has read them', async () => {
    const store = createHeraldStore()
    answer('templates:list', () => ({ ok: true, value: [] }))
    store.getState().noteTemplatesChanged()
    expect(requests).toHaveLength(0)
    await store.getState().loadTemplates()
    store.getState().noteTemplatesChanged()
    expect(requests.map((r) => r.channel)).toEqual(['templates:list', 'templates:list'])
  })
})
