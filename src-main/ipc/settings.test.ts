import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { english } from '../../src-shared/i18n/wording'
import type { AppContext } from '../context'
import type { Desktop } from '../desktop'
import { createBrowserDesktop } from '../host/desktop-browser'
import { closeAfterEach, contextIn, tempDataDir } from '../context.test-support'
import { browserPathFromWindow, installedBrowsers } from '../whatsapp/browser'
import { dispatch } from './dispatch'
import { createHandlers } from './handlers'

const closing = closeAfterEach()

describe('the browser for WhatsApp, set from a window (desktop IPC or the browser run’s WebSocket)', () => {
  it('refuses a program of the caller’s choosing, such as a script, and says how to set another browser', async () => {
    const temp = tempDataDir()
    const ctx = closing(contextIn(temp, { runtime: 'cli' }))
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

/** The desktop app's context, whose file dialog answers `picked` (null: the user cancelled). */
function desktopContext(picked: (dir: string) => string | null): {
  ctx: AppContext
  dir: string
  chooseOpenFile: ReturnType<typeof vi.fn<Desktop['chooseOpenFile']>>
} {
  const temp = tempDataDir()
  const chooseOpenFile = vi.fn<Desktop['chooseOpenFile']>(() => Promise.resolve(picked(temp.dir)))
  const desktop: Desktop = { ...createBrowserDesktop(), chooseOpenFile }
  const ctx = closing(contextIn(temp, { runtime: 'electron', desktop }))
  return { ctx, dir: temp.dir, chooseOpenFile }
}

function program(dir: string, name: string, mode = 0o755): string {
  const file = path.join(dir, name)
  fs.writeFileSync(file, '#!/bin/sh\nexit 0\n', { mode })
  return file
}

const choose = (ctx: AppContext, input: unknown = {}): ReturnType<typeof dispatch> =>
  dispatch(createHandlers(ctx), 'settings:choose-browser', input, ctx.log)

describe.skipIf(process.platform === 'win32')(
  'Browse… for the browser, in the desktop app’s own file dialog',
  () => {
    it('saves a browser installed elsewhere, picked in the dialog, and records it', async () => {
      const { ctx, chooseOpenFile } = desktopContext((dir) => program(dir, 'chromium'))
      const result = await choose(ctx)
      const chosen = ctx.settings.get()['whatsapp.browserPath']
      expect(chosen).toMatch(/chromium$/)
      expect(result).toEqual({ ok: true, value: ctx.settings.get() })
      expect(chooseOpenFile).toHaveBeenCalledTimes(1)
      expect(english(chooseOpenFile.mock.calls[0]![0].title)).toMatch(/Chrome, Chromium or Edge/)
      expect(ctx.appEvents.recent(5).map((event) => event.kind)).toContain('browser_chosen')
      // Once saved, saving the form again with the same path is not refused
      const again = await dispatch(
        createHandlers(ctx),
        'settings:update',
        { values: { 'whatsapp.browserPath': chosen, 'pacing.dailyCap': 40 } },
        ctx.log,
      )
      expect(again.ok).toBe(true)
    })

    it.each([
      [
        'a script with another name',
        (dir: string) => program(dir, 'evil.sh'),
        /^That file is not Chrome, Chromium or Edge\. Choose the browser program itself, e\.g\. /,
      ],
      [
        'a file named chromium that cannot be run',
        (dir: string) => program(dir, 'chromium', 0o644),
        /^That file is not marked as a program that can be run\. Choose the browser program itself/,
      ],
      [
        'a folder',
        (dir: string) => dir,
        /^That is a folder, not a program\. Choose the browser program itself/,
      ],
    ])(
      'refuses %s, says what to pick under the field, and changes nothing',
      async (_name, picked, message) => {
        const { ctx } = desktopContext(picked)
        const result = await choose(ctx)
        expect(result).toMatchObject({
          ok: false,
          error: { code: 'BAD_INPUT', message: expect.stringMatching(message) },
        })
        if (!result.ok) expect(result.error.fields).toEqual({ 'whatsapp.browserPath': result.error.message })
        expect(ctx.settings.get()['whatsapp.browserPath']).toBe('')
        expect(ctx.appEvents.recent(5).map((event) => event.kind)).not.toContain('settings_changed')
      },
    )

    it('answers null and changes nothing when the dialog is cancelled', async () => {
      const { ctx } = desktopContext(() => null)
      ctx.settings.update({ 'whatsapp.browserPath': '/opt/herald-test/chrome' })
      expect(await choose(ctx)).toEqual({ ok: true, value: null })
      expect(ctx.settings.get()['whatsapp.browserPath']).toBe('/opt/herald-test/chrome')
    })

    it('takes no path from the page: the dialog is the only source', async () => {
      const { ctx, chooseOpenFile } = desktopContext((dir) => program(dir, 'chromium'))
      const result = await choose(ctx, { file: '/tmp/chrome' })
      expect(result).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } })
      expect(chooseOpenFile).not.toHaveBeenCalled()
      expect(ctx.settings.get()['whatsapp.browserPath']).toBe('')
    })
  },
)

describe('Browse… for the browser, asked of the browser run', () => {
  it('says the file dialog is the desktop app’s, and how to set the browser from here', async () => {
    const temp = tempDataDir()
    const chooseOpenFile = vi.fn<Desktop['chooseOpenFile']>(() => Promise.resolve('/usr/bin/chromium'))
    const desktop: Desktop = { ...createBrowserDesktop(), chooseOpenFile }
    const ctx = closing(contextIn(temp, { runtime: 'browser', desktop }))
    const result = await choose(ctx)
    expect(result).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE' } })
    expect(result.ok ? '' : result.error.message).toMatch(
      /^Choosing the browser’s file works in the Herald desktop app\. Here, enter one of the browsers Herald found on this computer.*herald settings set whatsapp\.browserPath "PATH"$/,
    )
    expect(chooseOpenFile).not.toHaveBeenCalled()
    expect(ctx.settings.get()['whatsapp.browserPath']).toBe('')
  })
})
