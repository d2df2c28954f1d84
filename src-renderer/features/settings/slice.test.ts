import { beforeEach, describe, expect, it, vi } from 'vitest'
import { settingDefaults } from '../../../src-shared/domain/settings'
import { answer, resetFakeApi } from '../../state/fake-api.test-support'
import { createHeraldStore } from '../../state/store'

vi.mock('../../lib/api', () => import('../../state/fake-api.test-support'))

beforeEach(resetFakeApi)

const refused = { ok: false, error: { code: 'UNAVAILABLE', message: 'Herald is busy.' } } as const

describe('the settings', () => {
  it('say why when they cannot be read at all', async () => {
    const store = createHeraldStore()
    answer('settings:get', () => refused)
    await store.getState().loadSettings()
    expect(store.getState()).toMatchObject({
      settings: null,
      settingsStatus: 'failed',
      settingsError: 'Herald is busy.',
    })
  })

  it('stay on screen, with the form, when a later read fails', async () => {
    const store = createHeraldStore()
    answer('settings:get', () => ({ ok: true, value: settingDefaults }))
    await store.getState().loadSettings()
    answer('settings:get', () => refused)
    await store.getState().loadSettings()
    expect(store.getState()).toMatchObject({ settings: settingDefaults, settingsStatus: 'loaded' })
  })
})
