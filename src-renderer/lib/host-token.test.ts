import { describe, expect, it } from 'vitest'
import { takeHostToken } from './host-token'
import type { TokenPlace } from './host-token'

function page(search: string, hash = '', storageWorks = true): TokenPlace & { address: () => string } {
  const stored = new Map<string, string>()
  let address = `/${search}${hash}`
  const location = { pathname: '/', search, hash }
  return {
    location,
    history: {
      state: null,
      replaceState: (_state: unknown, _unused: string, url?: string | URL | null) => {
        address = String(url)
        const parsed = new URL(address, 'http://127.0.0.1')
        Object.assign(location, { search: parsed.search, hash: parsed.hash })
      },
    },
    storage: {
      getItem: (key) => stored.get(key) ?? null,
      setItem: (key, value) => {
        if (!storageWorks) throw new Error('SecurityError')
        stored.set(key, value)
      },
    },
    address: () => address,
  }
}

describe('takeHostToken', () => {
  it('takes the token out of the address bar, keeps the route, and still has it after a reload', () => {
    const tab = page('?token=abc-123', '#/settings')
    expect(takeHostToken(tab)).toBe('abc-123')
    expect(tab.address()).toBe('/#/settings')
    expect(tab.address()).not.toContain('abc-123')
    // A reload: same tab storage, an address without the token.
    expect(takeHostToken(tab)).toBe('abc-123')
  })

  it('keeps other query parameters and prefers a new link over an old stored token', () => {
    const tab = page('?token=old')
    takeHostToken(tab)
    Object.assign(tab.location, { search: '?lang=fr&token=new' })
    expect(takeHostToken(tab)).toBe('new')
    expect(tab.address()).toBe('/?lang=fr')
    expect(takeHostToken(tab)).toBe('new')
  })

  it('leaves the token in the address where the tab cannot store it, and has none without a link', () => {
    const tab = page('?token=abc', '', false)
    expect(takeHostToken(tab)).toBe('abc')
    expect(tab.address()).toBe('/?token=abc')
    expect(takeHostToken(page(''))).toBeNull()
  })
})
