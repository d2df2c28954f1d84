import { useEffect } from 'react'
import type { LoadView } from '../lib/load-view'
import { useStore } from './store'
import type { Store } from './store'
import { wholeLists } from './whole-lists'
import type { WholeList } from './whole-lists'

/**
 * One of the lists the store reads whole, as <LoadState> shows it: the rows once read, or why not. It is
 * read again when the screen opens, so that it shows what Herald has now.
 */
export function useLoaded<K extends WholeList>(kind: K): LoadView<Store[K]> {
  const keys = wholeLists[kind]
  useLoadOnOpen(keys.load)
  const data = useStore((state) => state[kind])
  const status = useStore((state) => state[keys.status])
  const error = useStore((state) => state[keys.error])
  const load = useStore((state) => state[keys.load])
  return {
    data: status === 'loaded' ? data : null,
    error: status === 'failed' ? { message: error } : null,
    refetch: () => void load(),
  }
}

/** The store's reads that take nothing: loadCampaigns, loadLists, loadSettings… */
type StoreRead = { [K in keyof Store]: Store[K] extends () => Promise<void> ? K : never }[keyof Store]

/** Runs those reads when a screen opens, so that it shows what Herald has now. */
export function useLoadOnOpen(...reads: StoreRead[]): void {
  const asked = reads.join(' ')
  useEffect(() => {
    const store = useStore.getState()
    for (const read of asked.split(' ') as StoreRead[]) void store[read]()
  }, [asked])
}
