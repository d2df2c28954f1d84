import type { ContactsServices } from '../contacts/lists-service'
import type { Handlers } from './dispatch'

export type ListsChannels =
  | 'lists:list'
  | 'lists:get'
  | 'lists:contacts'
  | 'lists:delete'
  | 'optouts:list'
  | 'optouts:add'
  | 'optouts:remove'

/** Saved contact lists and the opt-out list. */
export function listsHandlers({ lists, optOuts }: ContactsServices): Pick<Handlers, ListsChannels> {
  return {
    'lists:list': () => lists.list(),
    'lists:get': ({ listId }) => lists.get(listId),
    'lists:contacts': ({ listId, ...query }) => lists.contacts(listId, query),
    'lists:delete': async ({ listId }) => {
      await lists.delete(listId)
      return null
    },
    'optouts:list': (query) => optOuts.list(query),
    'optouts:add': ({ phone, country, reason }) => optOuts.add(phone, { country, reason }),
    'optouts:remove': ({ phone }) => {
      optOuts.remove(phone)
      return null
    },
  }
}
