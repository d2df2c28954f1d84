const storageKey = 'herald.hostToken'

export type TokenPlace = {
  location: Pick<Location, 'pathname' | 'search' | 'hash'>
  history: Pick<History, 'state' | 'replaceState'>
  storage: Pick<Storage, 'getItem' | 'setItem'>
}

/**
 * The browser run's token. It arrives in the link Herald printed; it is then kept in this tab's
 * sessionStorage (whose origin includes the port, unlike a cookie) so that a reload still works, and taken
 * out of the address bar so that it does not stay in the browser's history. Null when there is none.
 */
export function takeHostToken(place: TokenPlace): string | null {
  const params = new URLSearchParams(place.location.search)
  const given = params.get('token')
  if (!given) {
    try {
      return place.storage.getItem(storageKey)
    } catch {
      return null
    }
  }
  try {
    place.storage.setItem(storageKey, given)
  } catch {
    // Without storage, the token stays in the address bar: a reload would otherwise lose it.
    return given
  }
  params.delete('token')
  const search = params.toString()
  const { pathname, hash } = place.location
  place.history.replaceState(place.history.state, '', `${pathname}${search ? `?${search}` : ''}${hash}`)
  return given
}
