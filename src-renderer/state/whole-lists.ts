import type { StoreApi } from 'zustand'
import type { Result } from '../../src-shared/ipc/result'
import type { Store } from './store'

/** The lists the store reads whole, each with its status, error and load action beside it. */
export const wholeLists = {
  campaigns: { status: 'campaignsStatus', error: 'campaignsError', load: 'loadCampaigns' },
  lists: { status: 'listsStatus', error: 'listsError', load: 'loadLists' },
  templates: { status: 'templatesStatus', error: 'templatesError', load: 'loadTemplates' },
} as const

export type WholeList = keyof typeof wholeLists

/**
 * Reads one of those lists into the store. Rows already on screen stay there while they are read again,
 * and when that read fails, so a list never blinks; only a first read that fails says why.
 */
export async function loadWhole<K extends WholeList>(
  set: StoreApi<Store>['setState'],
  kind: K,
  read: () => Promise<Result<Store[K]>>,
): Promise<void> {
  const { status, error } = wholeLists[kind]
  const shown = (state: Store): boolean => state[status] === 'loaded'
  set((state) => (shown(state) ? {} : { [status]: 'loading', [error]: null }))
  const result = await read()
  if (result.ok) set({ [kind]: result.value, [status]: 'loaded', [error]: null } as Partial<Store>)
  else set((state) => (shown(state) ? {} : { [status]: 'failed', [error]: result.error.message }))
}
