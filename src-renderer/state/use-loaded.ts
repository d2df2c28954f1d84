import { storeLoad } from '../lib/load-view'
import type { LoadView } from '../lib/load-view'
import { useStore } from './store'
import type { Store } from './store'

/** The lists the store reads whole, each with its status, error and load action. */
const lists = {
  campaigns: { status: 'campaignsStatus', error: 'campaignsError', load: 'loadCampaigns' },
  lists: { status: 'listsStatus', error: 'listsError', load: 'loadLists' },
  templates: { status: 'templatesStatus', error: 'templatesError', load: 'loadTemplates' },
} as const

/** One of those lists as <LoadState> shows it: the rows once read, or why not, with a retry. */
export function useLoaded<K extends keyof typeof lists>(kind: K): LoadView<Store[K]> {
  const keys = lists[kind]
  const data = useStore((state) => state[kind])
  const status = useStore((state) => state[keys.status])
  const error = useStore((state) => state[keys.error])
  const load = useStore((state) => state[keys.load])
  return storeLoad(status, error, data, load)
}
