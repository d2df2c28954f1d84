import fs from 'node:fs'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { tempDataDir } from '../context.test-support'
import { browserCandidates, checkChosenBrowser, findBrowser, snapCannotOpen } from './browser'
import type { BrowserSearch } from './browser'

const search = (
  platform: NodeJS.Platform,
  present: string[],
  more: Partial<BrowserSearch> = {},
): BrowserSearch => ({
  platform,
  env: {},
  exists: (file) => present.includes(file),
  configured: '',
  ...more,
})

const windowsEnv = {
  PROGRAMFILES: 'C:\\Program Files',
  'PROGRAMFILES(X86)': 'C:\\Program Files (x86)',
  LOCALAPPDATA: 'C:\\Users\\rosa\\AppData\\Local',
}

describe('findBrowser on Windows', () => {
  it('finds Chrome installed for everyone', () => {
    const chrome = 'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe'
    expect(findBrowser(search('win32', [chrome], { env: windowsEnv }))).toEqual({
      ok: true,
      path: chrome,
      source: 'found',
    })
  })

  it('finds Chrome installed for one user, under LocalAppData', () => {
    const chrome = 'C:\\Users\\rosa\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe'
    expect(findBrowser(search('win32', [chrome], { env: windowsEnv }))).toMatchObject({ path: chrome })
  })

  it('falls back to Edge, which every Windows has, even without the environment', () => {
    const edge = 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe'
    expect(findBrowser(search('win32', [edge], { env: windowsEnv }))).toMatchObject({ path: edge })
    expect(findBrowser(search('win32', [edge]))).toMatchObject({ path: edge })
  })

  it('prefers Chrome over Edge when both are there', () => {
    const edge = 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe'
    const chrome = 'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe'
    expect(findBrowser(search('win32', [edge, chrome], { env: windowsEnv }))).toMatchObject({ path: chrome })
  })
})

describe('findBrowser on macOS', () => {
  it('finds Google Chrome in /Applications', () => {
    const chrome = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'
    expect(findBrowser(search('darwin', [chrome]))).toMatchObject({ ok: true, path: chrome })
  })

  it('finds Edge or Chromium in the user’s own Applications folder', () => {
    const edge = '/Users/rosa/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge'
    const chromium = '/Applications/Chromium.app/Contents/MacOS/Chromium'
    expect(findBrowser(search('darwin', [edge], { env: { HOME: '/Users/rosa' } }))).toMatchObject({
      path: edge,
    })
    expect(findBrowser(search('darwin', [chromium]))).toMatchObject({ path: chromium })
  })

  it('accepts the .app itself in Settings and starts the program inside it', () => {
    const chrome = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'
    const found = findBrowser(search('darwin', [chrome], { configured: '/Applications/Google Chrome.app' }))
    expect(found).toEqual({ ok: true, path: chrome, source: 'settings' })
  })
})

describe('findBrowser on Linux', () => {
  it('finds google-chrome on the PATH before chromium in /usr/bin', () => {
    const found = findBrowser(
      search('linux', ['/home/rosa/bin/google-chrome', '/usr/bin/chromium'], {
        env: { PATH: '/home/rosa/bin:/usr/bin' },
      }),
    )
    expect(found).toMatchObject({ path: '/home/rosa/bin/google-chrome' })
  })

  it('finds chromium-browser, the snap, Chrome in /opt and Edge', () => {
    for (const file of [
      '/usr/bin/chromium-browser',
      '/snap/bin/chromium',
      '/opt/google/chrome/chrome',
      '/usr/bin/microsoft-edge',
    ]) {
      expect(findBrowser(search('linux', [file]))).toMatchObject({ ok: true, path: file })
    }
  })

  it('honours PUPPETEER_EXECUTABLE_PATH when nothing is set in Settings', () => {
    const found = findBrowser(
      search('linux', ['/custom/chrome', '/usr/bin/chromium'], {
        env: { PUPPETEER_EXECUTABLE_PATH: '/custom/chrome' },
      }),
    )
    expect(found).toEqual({ ok: true, path: '/custom/chrome', source: 'environment' })
  })

  it('lists no relative PATH entries (a folder named "." is not a place to run programs from)', () => {
    expect(browserCandidates('linux', { PATH: '.:bin:/usr/bin' }).every((file) => file.startsWith('/'))).toBe(
      true,
    )
  })
})

describe('the Settings override', () => {
  it('wins over every browser found, quotes and spaces removed', () => {
    const found = findBrowser(
      search('linux', ['/usr/bin/chromium', '/opt/my chrome/chrome'], {
        configured: ' "/opt/my chrome/chrome" ',
      }),
    )
    expect(found).toEqual({ ok: true, path: '/opt/my chrome/chrome', source: 'settings' })
  })

  it('that points nowhere is a clear problem, never a quiet fallback to another browser', () => {
    const found = findBrowser(
      search('win32', ['C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe'], {
        configured: 'D:\\Apps\\chrome.exe',
      }),
    )
    expect(found.ok).toBe(false)
    if (found.ok) return
    expect(found.problem.kind).toBe('no_browser')
    expect(found.problem.message).toContain('D:\\Apps\\chrome.exe')
    expect(found.problem.advice).toMatch(/Settings → WhatsApp/)
  })
})

it('says where to set the path when no browser is installed', () => {
  const found = findBrowser(search('linux', []))
  expect(found).toMatchObject({ ok: false, problem: { kind: 'no_browser' } })
  if (!found.ok) expect(found.problem.advice).toMatch(/Install Google Chrome.*Settings → WhatsApp/)
})

describe('Chromium from Snap and a hidden data folder', () => {
  const links: Record<string, string> = {
    '/snap/bin/chromium': '/usr/bin/snap',
    '/usr/bin/chromium': '/usr/lib/chromium/chromium',
  }
  const realpath = (file: string): string => links[file] ?? file
  const home = '/home/rosa'

  it('is found out when the data folder is inside a hidden folder of the home folder', () => {
    expect(snapCannotOpen('/snap/bin/chromium', '/home/rosa/.config/Herald/whatsapp', home, realpath)).toBe(
      true,
    )
    expect(
      snapCannotOpen(
        '/snap/chromium/3235/usr/lib/chromium-browser/chrome',
        '/home/rosa/.config/Herald',
        home,
        realpath,
      ),
    ).toBe(true)
  })

  it('is no problem for a visible data folder, a folder outside home, or a browser not from Snap', () => {
    expect(snapCannotOpen('/snap/bin/chromium', '/home/rosa/Herald', home, realpath)).toBe(false)
    expect(snapCannotOpen('/snap/bin/chromium', '/tmp/.herald', home, realpath)).toBe(false)
    expect(snapCannotOpen('/usr/bin/chromium', '/home/rosa/.config/Herald', home, realpath)).toBe(false)
    expect(snapCannotOpen('/opt/google/chrome/chrome', '/home/rosa/.config/Herald', home, realpath)).toBe(
      false,
    )
  })
})

describe.skipIf(process.platform === 'win32')('a browser picked in the desktop’s file dialog', () => {
  let dir: string
  let remove: () => void
  beforeEach(() => ({ dir, remove } = tempDataDir('herald-chosen-')))
  afterEach(() => remove())

  const program = (name: string, mode = 0o755): string => {
    const file = path.join(dir, name)
    fs.mkdirSync(path.dirname(file), { recursive: true })
    fs.writeFileSync(file, '#!/bin/sh\nexit 0\n', { mode })
    return file
  }

  it('accepts a program named like Chromium, Chrome, Edge or Brave, and keeps its path', () => {
    for (const name of ['chromium', 'google-chrome-stable', 'chrome', 'msedge', 'brave-browser']) {
      const file = program(name)
      expect(checkChosenBrowser(file, 'linux')).toEqual({ ok: true, path: file })
    }
  })

  /** The refusal of a program that is no browser, with the example of the platform. */
  const notABrowser = (example: string): { ok: false; reason: string } => ({
    ok: false,
    reason: `That file is not Chrome, Chromium or Edge. Choose the browser program itself, e.g. ${example}.`,
  })

  it('refuses a program with another name, and says what to pick', () => {
    expect(checkChosenBrowser(program('evil.sh'), 'linux')).toEqual(
      notABrowser('/usr/bin/google-chrome-stable or /usr/bin/chromium'),
    )
    expect(checkChosenBrowser(program('chromium.sh'), 'linux')).toMatchObject({ ok: false })
  })

  it('refuses a file named chromium that is not marked as a program', () => {
    expect(checkChosenBrowser(program('chromium', 0o644), 'linux')).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/^That file is not marked as a program that can be run\. Choose/),
    })
  })

  it('refuses a folder named chromium, and a file that is not there', () => {
    fs.mkdirSync(path.join(dir, 'chromium'))
    expect(checkChosenBrowser(path.join(dir, 'chromium'), 'linux')).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/^That is a folder, not a program\. Choose the browser program itself/),
    })
    expect(checkChosenBrowser(path.join(dir, 'gone', 'chrome'), 'linux')).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/^Herald cannot open .*gone\/chrome\. Choose/),
    })
  })

  it('follows a link: by the link’s name or by the name of the program it leads to', () => {
    const real = program('opt/google/chrome/chrome')
    fs.symlinkSync(real, path.join(dir, 'google-chrome'))
    fs.symlinkSync(real, path.join(dir, 'my-browser'))
    expect(checkChosenBrowser(path.join(dir, 'google-chrome'), 'linux')).toMatchObject({ ok: true })
    expect(checkChosenBrowser(path.join(dir, 'my-browser'), 'linux')).toEqual({
      ok: true,
      path: path.join(dir, 'my-browser'),
    })
    // A link named like a browser is judged by what it leads to: here a folder
    fs.mkdirSync(path.join(dir, 'somewhere'))
    fs.symlinkSync(path.join(dir, 'somewhere'), path.join(dir, 'chromium'))
    expect(checkChosenBrowser(path.join(dir, 'chromium'), 'linux')).toMatchObject({ ok: false })
    const script = program('evil.sh')
    fs.symlinkSync(script, path.join(dir, 'innocent'))
    expect(checkChosenBrowser(path.join(dir, 'innocent'), 'linux')).toMatchObject({ ok: false })
  })

  it('on macOS takes the .app picked for the program inside it, only for Chrome, Chromium, Edge or Brave', () => {
    const chrome = program('Google Chrome.app/Contents/MacOS/Google Chrome')
    expect(checkChosenBrowser(path.join(dir, 'Google Chrome.app'), 'darwin')).toEqual({
      ok: true,
      path: chrome,
    })
    expect(checkChosenBrowser(chrome, 'darwin')).toEqual({ ok: true, path: chrome })
    const brave = program('Brave Browser.app/Contents/MacOS/Brave Browser')
    expect(checkChosenBrowser(path.join(dir, 'Brave Browser.app/'), 'darwin')).toEqual({
      ok: true,
      path: brave,
    })
    program('Terminal.app/Contents/MacOS/Terminal')
    expect(checkChosenBrowser(path.join(dir, 'Terminal.app'), 'darwin')).toEqual(
      notABrowser('/Applications/Google Chrome.app'),
    )
    // A program called like a Linux browser is not how a Mac browser is installed
    expect(checkChosenBrowser(program('chromium'), 'darwin')).toMatchObject({ ok: false })
  })

  it('on Windows wants chrome.exe, msedge.exe or brave.exe, whatever the case', () => {
    expect(checkChosenBrowser(program('Chrome.EXE', 0o644), 'win32')).toMatchObject({ ok: true })
    expect(checkChosenBrowser(program('brave.exe', 0o644), 'win32')).toMatchObject({ ok: true })
    expect(checkChosenBrowser(program('chrome', 0o755), 'win32')).toMatchObject({
      ok: false,
      reason: expect.stringContaining('e.g. C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe.'),
    })
    expect(checkChosenBrowser(program('chrome.bat', 0o755), 'win32')).toMatchObject({ ok: false })
    // Named chrome.exe, but what it leads to is not a program Windows runs as such
    fs.symlinkSync(program('run.bat', 0o755), path.join(dir, 'chrome.exe'))
    expect(checkChosenBrowser(path.join(dir, 'chrome.exe'), 'win32')).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/^That file is not marked as a program/),
    })
  })
})
