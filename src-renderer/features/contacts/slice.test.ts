import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { ImportAnalysis, ImportOpened } from '../../../src-shared/domain/contacts'
import type { Result } from '../../../src-shared/ipc/result'
import { answer, held, requests, resetFakeApi, settled } from '../../state/fake-api.test-support'
import { analysis, opened } from '../../state/samples.test-support'
import { createHeraldStore } from '../../state/store'

vi.mock('../../lib/api', () => import('../../state/fake-api.test-support'))

beforeEach(resetFakeApi)

describe('the import wizard', () => {
  it('shows only the answer to the latest choice, whatever order the answers come in', async () => {
    const store = createHeraldStore()
    store.setState({ importOpened: opened('s1') })
    const gb = held<Result<ImportAnalysis>>()
    const fr = held<Result<ImportAnalysis>>()
    answer('import:analyze', (input) => (input.country === 'GB' ? gb : fr).promise)
    const first = store.getState().analyzeImport({ country: 'GB' })
    const second = store.getState().analyzeImport({ country: 'FR' })
    expect(store.getState().importChoice).toEqual({ country: 'FR' })
    fr.settle({ ok: true, value: analysis('s1', 'FR') })
    gb.settle({ ok: true, value: analysis('s1', 'GB') })
    expect(await first).toBeNull()
    expect(await second).toMatchObject({ ok: true })
    expect(store.getState()).toMatchObject({ importBusy: null, importAnalysis: { country: 'FR' } })
  })

  it('closes a file that finishes opening after the user left the wizard', async () => {
    const store = createHeraldStore()
    const reply = held<Result<ImportOpened>>()
    answer('import:open-sample', () => reply.promise)
    answer('import:close', () => ({ ok: true, value: null }))
    const opening = store.getState().openImport('sample')
    store.getState().closeImport()
    reply.settle({ ok: true, value: opened('late') })
    await opening
    await settled()
    expect(store.getState().importOpened).toBeNull()
    expect(requests.at(-1)).toEqual({ channel: 'import:close', input: { sessionId: 'late' } })
  })

  it('takes progress for its own file only, and on trust while the file is opening', () => {
    const store = createHeraldStore()
    const step = (sessionId: string) => ({ sessionId, phase: 'reading', percent: 40, message: '' }) as const
    store.setState({ importBusy: 'opening' })
    store.getState().setImportProgress(step('new'))
    expect(store.getState().importProgress?.sessionId).toBe('new')
    store.setState({ importBusy: null, importOpened: opened('s1'), importProgress: null })
    store.getState().setImportProgress(step('other'))
    expect(store.getState().importProgress).toBeNull()
    store.getState().setImportProgress(step('s1'))
    expect(store.getState().importProgress?.sessionId).toBe('s1')
  })

  it('keeps the file, the step and the choices until the user cancels the import', async () => {
    const store = createHeraldStore()
    answer('import:open-sample', () => ({ ok: true, value: opened('s1') }))
    answer('import:analyze', (input) => ({ ok: true, value: analysis('s1', input.country ?? 'US') }))
    answer('import:close', () => ({ ok: true, value: null }))
    await store.getState().openImport('sample')
    expect(store.getState().importStep).toBe(2)
    await store.getState().analyzeImport({ sheet: 'Sheet1', country: 'GB' })
    store.getState().setImportStep(3)
    // Nothing closes the file on its own: leaving the wizard and coming back finds it as it was.
    expect(requests.map((r) => r.channel)).not.toContain('import:close')
    expect(store.getState()).toMatchObject({
      importStep: 3,
      importOpened: { sessionId: 's1' },
      importChoice: { sheet: 'Sheet1', country: 'GB' },
    })
    store.getState().closeImport()
    expect(store.getState()).toMatchObject({ importStep: 1, importOpened: null, importChoice: {} })
  })

  it('starts afresh once the list is saved', async () => {
    const store = createHeraldStore()
    store.setState({ importOpened: opened('s1'), importStep: 4, importAnalysis: analysis('s1', 'GB') })
    answer('import:save', () => ({ ok: true, value: { id: 5, name: 'Shops' } as never }))
    await store.getState().saveImport('Shops')
    expect(store.getState()).toMatchObject({ importStep: 1, importOpened: null, importAnalysis: null })
    expect(store.getState().lists.map((l) => l.id)).toEqual([5])
  })

  it("moves a task's bar only forward, and starts the next task's bar afresh", () => {
    const store = createHeraldStore()
    const at = (phase: 'parsing' | 'done' | 'analysing', percent: number) =>
      ({ sessionId: 's1', phase, percent, message: '' }) as const
    store.setState({ importOpened: opened('s1') })
    store.getState().setImportProgress(at('done', 100))
    store.getState().setImportProgress(at('parsing', 10))
    expect(store.getState().importProgress?.percent).toBe(100)
    answer('import:analyze', () => held<Result<ImportAnalysis>>().promise)
    void store.getState().analyzeImport({ country: 'GB' })
    expect(store.getState().importProgress).toBeNull()
    store.getState().setImportProgress(at('analysing', 60))
    expect(store.getState().importProgress?.percent).toBe(60)
  })

  it('on coming back, lets go of a file Herald closed after 30 idle minutes, and says so', async () => {
    const store = createHeraldStore()
    store.setState({ importOpened: opened('s1'), importStep: 3, importAnalysis: analysis('s1', 'GB') })
    answer('import:rows', () => ({ ok: true, value: { total: 3, rows: [] } }))
    await store.getState().checkImport()
    expect(store.getState()).toMatchObject({ importStep: 3, importLost: null })
    answer('import:rows', () => ({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'This import is no longer open.' },
    }))
    await store.getState().checkImport()
    expect(store.getState()).toMatchObject({ importStep: 1, importOpened: null, importAnalysis: null })
    expect(store.getState().importLost).toBe('shops.xlsx')
  })

  it('says the file is gone when there is nothing open to analyse', async () => {
    const store = createHeraldStore()
    const result = await store.getState().analyzeImport({ country: 'GB' })
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect(requests).toHaveLength(0)
  })
})

describe('list changes', () => {
  it('count up for one list or for all, so an open list page reads its list again', () => {
    const store = createHeraldStore()
    store.getState().noteListsChanged(7)
    store.getState().noteListsChanged(7)
    store.getState().noteListsChanged(null)
    expect(store.getState()).toMatchObject({ listsRevision: 1, listRevisions: { 7: 2 } })
  })
})
