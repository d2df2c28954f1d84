import { describe, expect, it } from 'vitest'
import { landingPath } from './landing-path'

describe('landingPath', () => {
  it('waits until Herald has said whether any campaign exists', () => {
    expect(landingPath({ status: 'idle', count: 0 })).toBeNull()
    expect(landingPath({ status: 'loading', count: 0 })).toBeNull()
  })

  it('sends a new user to Connect, and a returning one to the Dashboard', () => {
    expect(landingPath({ status: 'loaded', count: 0 })).toBe('/connect')
    expect(landingPath({ status: 'loaded', count: 2 })).toBe('/dashboard')
  })

  it('falls back to Connect when the campaigns cannot be read', () => {
    expect(landingPath({ status: 'failed', count: 0 })).toBe('/connect')
  })
})
