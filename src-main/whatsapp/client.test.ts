import { describe, expect, it } from 'vitest'
import { browserArgs, sandboxArgs } from './client'

describe("Chromium's sandbox", () => {
  it('stays on for an ordinary user on Linux, macOS and Windows', () => {
    expect(sandboxArgs({ platform: 'linux', uid: 1000, inContainer: false })).toEqual({
      args: [],
      reason: null,
    })
    expect(sandboxArgs({ platform: 'darwin', uid: 501, inContainer: false }).args).toEqual([])
    expect(sandboxArgs({ platform: 'win32', uid: null, inContainer: false }).args).toEqual([])
    expect(browserArgs).not.toContain('--no-sandbox')
  })

  it('is turned off only as root or in a container on Linux, where it cannot start, with the reason', () => {
    expect(sandboxArgs({ platform: 'linux', uid: 0, inContainer: false })).toEqual({
      args: ['--no-sandbox', '--disable-setuid-sandbox'],
      reason: 'Herald runs as root',
    })
    expect(sandboxArgs({ platform: 'linux', uid: 1000, inContainer: true }).reason).toBe(
      'Herald runs in a container',
    )
  })
})
