import fs from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { AppContext } from '../context'
import { openTestContext, tempDataDir } from '../test-support'
import { browserPathFromWindow, installedBrowsers } from '../whatsapp/browser'
import { dispatch } from './dispatch'
import { createHandlers } from './handlers'

let opened: { ctx: AppContext; remove: () => void } | undefined
afterEach(() => {
  opened?.ctx.close()
  opened?.remove()
  opened = undefined
})

describe('the browser for WhatsApp, set from a window (desktop IPC or the browser run’s WebSocket)', () => {
  it('refuses a program of the caller’s choosing, such as a script, and says how to set another browser', async () => {
    const temp = tempDataDir()
    const ctx = openTestContext({ dataDir: temp.dir, runtime: 'cli' })
    opened = { ctx, remove: temp.remove }
    const script = path.join(temp.dir, 'chrome')
    fs.writeFileSync(script, '#!/bin/sh\ntouch /tmp/herald-pwned\n', { mode: 0o700 })
    const result = await dispatch(
      createHandlers(ctx),
      'settings:update',
      { values: { 'whatsapp.browserPath': script } },
      ctx.log,
    )
    expect(result).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } })
    expect(result.ok ? '' : result.error.message).toMatch(
      /^For your safety, the browser can only be chosen here among those Herald found on this computer.*herald settings set whatsapp\.browserPath "PATH"$/,
    )
    expect(ctx.settings.get()['whatsapp.browserPath']).toBe('')
    // The command line, run by the user in their own terminal, may set any browser
    ctx.settings.update({ 'whatsapp.browserPath': script })
    expect(ctx.settings.get()['whatsapp.browserPath']).toBe(script)
  })

  it('accepts an empty path, the one already set, and any browser Herald found', () => {
    const found = ['/usr/bin/chromium', '/opt/google/chrome/chrome']
    expect(browserPathFromWindow('', '/x', found, 'linux')).toBeNull()
    expect(browserPathFromWindow('/x', '/x', found, 'linux')).toBeNull()
    expect(browserPathFromWindow(' /usr/bin/chromium ', '', found, 'linux')).toBeNull()
    expect(browserPathFromWindow('/tmp/chrome', '', found, 'linux')).toMatch(/\/usr\/bin\/chromium, \/opt/)
    expect(
      browserPathFromWindow(
        '/Applications/Google Chrome.app',
        '',
        ['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'],
        'darwin',
      ),
    ).toBeNull()
    expect(Array.isArray(installedBrowsers())).toBe(true)
  })
})
