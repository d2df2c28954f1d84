import fs from 'node:fs'
import path from 'node:path'
import { phrase } from '../../src-shared/i18n/phrase'
import type { Phrase } from '../../src-shared/i18n/phrase'
import { english } from '../../src-shared/i18n/wording'
import { problems } from './errors'
import type { ConnectionProblem } from './errors'

/** Where Herald looks, and how it checks that a file is there: parameters, so every platform is testable. */
export type BrowserSearch = {
  platform: NodeJS.Platform
  env: Record<string, string | undefined>
  exists(file: string): boolean
  /** Settings → WhatsApp → Browser for WhatsApp; empty means "find one". */
  configured: string
}

export type BrowserFound =
  | { ok: true; path: string; source: 'settings' | 'environment' | 'found' }
  | { ok: false; problem: ConnectionProblem }

const chromeExe = 'chrome.exe'
const edgeExe = 'msedge.exe'

function windowsCandidates(env: BrowserSearch['env']): string[] {
  const roots = [env.PROGRAMFILES ?? env.ProgramFiles, env['PROGRAMFILES(X86)'] ?? env['ProgramFiles(x86)']]
  const local = env.LOCALAPPDATA
  const installed = (...parts: string[]): string[] =>
    [...roots, local]
      .filter((root): root is string => Boolean(root))
      .map((root) => path.win32.join(root, ...parts))
  return [
    ...installed('Google', 'Chrome', 'Application', chromeExe),
    ...installed('Microsoft', 'Edge', 'Application', edgeExe),
    ...installed('Chromium', 'Application', chromeExe),
    // Windows always has these two, whatever the environment says.
    'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
    'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
  ]
}

const macApps: [app: string, binary: string][] = [
  ['Google Chrome.app', 'Google Chrome'],
  ['Chromium.app', 'Chromium'],
  ['Microsoft Edge.app', 'Microsoft Edge'],
  ['Google Chrome Canary.app', 'Google Chrome Canary'],
]

function macCandidates(env: BrowserSearch['env']): string[] {
  const folders = ['/Applications', ...(env.HOME ? [path.posix.join(env.HOME, 'Applications')] : [])]
  return folders.flatMap((folder) =>
    macApps.map(([app, binary]) => path.posix.join(folder, app, 'Contents', 'MacOS', binary)),
  )
}

const linuxNames = [
  'google-chrome-stable',
  'google-chrome',
  'chromium',
  'chromium-browser',
  'microsoft-edge-stable',
  'microsoft-edge',
]

// Where the launchers above lead: the programs themselves, outside PATH.
const linuxPrograms = ['/opt/google/chrome/chrome', '/opt/microsoft/msedge/msedge']

function linuxCandidates(env: BrowserSearch['env']): string[] {
  const onPath = (env.PATH ?? '').split(':').filter((dir) => dir.startsWith('/'))
  const dirs = [...new Set([...onPath, '/usr/bin', '/usr/local/bin', '/snap/bin'])]
  return [...linuxNames.flatMap((name) => dirs.map((dir) => path.posix.join(dir, name))), ...linuxPrograms]
}

/** Every place a usable browser may be, most preferred first: Chrome, then Chromium, then Edge. */
export function browserCandidates(platform: NodeJS.Platform, env: BrowserSearch['env']): string[] {
  const list =
    platform === 'win32'
      ? windowsCandidates(env)
      : platform === 'darwin'
        ? macCandidates(env)
        : linuxCandidates(env)
  return [...new Set(list)]
}

/** A macOS user may give the .app itself; the program to start is inside it. */
export function programInside(configured: string, platform: NodeJS.Platform): string {
  const trimmed = configured.trim().replace(/^"(.*)"$/, '$1')
  if (platform !== 'darwin' || !/\.app\/?$/.test(trimmed)) return trimmed
  const app = trimmed.replace(/\/$/, '')
  return path.posix.join(app, 'Contents', 'MacOS', path.posix.basename(app, '.app'))
}

/**
 * The browser WhatsApp Web runs in: the one set in Settings when there is one (and a clear problem when
 * it is not there, rather than quietly using another), else puppeteer's own variable, else the first
 * Chrome, Chromium or Edge installed in the usual places. Never a downloaded one.
 */
export function findBrowser(search: BrowserSearch): BrowserFound {
  if (search.configured.trim()) {
    const program = programInside(search.configured, search.platform)
    return search.exists(program)
      ? { ok: true, path: program, source: 'settings' }
      : { ok: false, problem: problems.browserPathMissing(search.configured.trim()) }
  }
  const fromEnv = search.env.PUPPETEER_EXECUTABLE_PATH?.trim()
  if (fromEnv && search.exists(fromEnv)) return { ok: true, path: fromEnv, source: 'environment' }
  const found = browserCandidates(search.platform, search.env).find((file) => search.exists(file))
  return found ? { ok: true, path: found, source: 'found' } : { ok: false, problem: problems.noBrowser() }
}

/** Whether a file is there and is a file (a folder named like a browser is not a browser). */
export function isFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile()
  } catch {
    return false
  }
}

/** The browsers installed in the usual places on this computer, most preferred first. */
export function installedBrowsers(): string[] {
  return browserCandidates(process.platform, process.env).filter(isFile)
}

/**
 * Why a browser path set from a window (the desktop's or the browser run's) is refused, or null. A window,
 * or whoever holds the browser run's key, must not make Herald start a program of its choosing with the
 * WhatsApp login: from there the path is one of the browsers Herald found, or empty. Another browser is
 * picked in the desktop's own file dialog (checkChosenBrowser), or set from a terminal (`herald settings
 * set`), where the user is already in charge of the computer.
 */
export function browserPathFromWindow(
  wanted: string,
  current: string,
  installed: readonly string[],
  platform: NodeJS.Platform = process.platform,
): string | null {
  const refused = browserPathRefusal(wanted, current, installed, platform)
  return refused && english(refused)
}

/** browserPathFromWindow's refusal as a phrase, for the window's language. */
export function browserPathRefusal(
  wanted: string,
  current: string,
  installed: readonly string[],
  platform: NodeJS.Platform = process.platform,
): Phrase | null {
  const program = programInside(wanted, platform)
  if (program === '' || program === programInside(current, platform) || installed.includes(program))
    return null
  return installed.length > 0
    ? phrase('whatsapp.browser.onlyFound', { found: installed.join(', ') })
    : phrase('whatsapp.browser.onlyEmpty')
}

// Browsers Herald does not look for, yet runs WhatsApp Web in as well, when the user picks one.
const alsoChosen = {
  windows: ['brave.exe'],
  mac: [['Brave Browser.app', 'Brave Browser']] as [app: string, binary: string][],
  linux: ['google-chrome-beta', 'brave-browser'],
}

/** Whether a program's path is Chrome, Chromium, Edge or Brave's, by the names the finder above knows. */
function namedLikeBrowser(file: string, platform: NodeJS.Platform): boolean {
  if (platform === 'win32') {
    const name = path.win32.basename(file).toLowerCase()
    return [chromeExe, edgeExe, ...alsoChosen.windows].includes(name)
  }
  if (platform === 'darwin') {
    // A Mac disk ignores case by default: "google chrome.app" is the same program
    const lower = file.toLowerCase()
    return [...macApps, ...alsoChosen.mac].some(([app, binary]) =>
      lower.endsWith(`/${app}/Contents/MacOS/${binary}`.toLowerCase()),
    )
  }
  const names = [...linuxNames, ...linuxPrograms.map((program) => path.posix.basename(program))]
  return [...names, ...alsoChosen.linux].includes(path.posix.basename(file))
}

function canRun(file: string, platform: NodeJS.Platform): boolean {
  if (platform === 'win32') return path.win32.extname(file).toLowerCase() === '.exe'
  try {
    fs.accessSync(file, fs.constants.X_OK)
    return true
  } catch {
    return false
  }
}

/** What to pick, in the folders of this platform: the values of the refusals' "e.g." */
function browserProgramExample(platform: NodeJS.Platform): { example: string; alternative: string } {
  if (platform === 'win32')
    return { example: 'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe', alternative: 'none' }
  if (platform === 'darwin') return { example: '/Applications/Google Chrome.app', alternative: 'none' }
  return { example: '/usr/bin/google-chrome-stable', alternative: '/usr/bin/chromium' }
}

export type ChosenBrowser = { ok: true; path: string } | { ok: false; reason: string }
export type ChosenBrowserSaid = { ok: true; path: string } | { ok: false; reason: Phrase }

/** checkChosenBrowser with its refusal in English, as the CLI and the log say it. */
export function checkChosenBrowser(
  file: string,
  platform: NodeJS.Platform = process.platform,
): ChosenBrowser {
  const chosen = chosenBrowser(file, platform)
  return chosen.ok ? chosen : { ok: false, reason: english(chosen.reason) }
}

/**
 * Whether a file the user picked in the desktop's own file dialog is a browser Herald may run WhatsApp Web
 * in: a program (a regular file, links followed, that can be run; an .exe on Windows) named like Chrome,
 * Chromium, Edge or Brave, by its own name or the name of the file it links to. A macOS .app stands for the
 * program inside it, and that program is what is kept. A refusal is a phrase, for the window's language.
 */
export function chosenBrowser(file: string, platform: NodeJS.Platform = process.platform): ChosenBrowserSaid {
  const program = programInside(file, platform)
  const pick = browserProgramExample(platform)
  const refused = (reason: Phrase): ChosenBrowserSaid => ({ ok: false, reason })
  let real: string
  let stat: fs.Stats
  try {
    real = fs.realpathSync(program)
    stat = fs.statSync(real)
  } catch {
    return refused(phrase('whatsapp.browser.cannotOpen', { program, ...pick }))
  }
  if (!stat.isFile())
    return refused(
      stat.isDirectory()
        ? phrase('whatsapp.browser.folder', pick)
        : phrase('whatsapp.browser.notProgram', pick),
    )
  if (!namedLikeBrowser(program, platform) && !namedLikeBrowser(real, platform))
    return refused(phrase('whatsapp.browser.notBrowser', pick))
  if (!canRun(real, platform)) return refused(phrase('whatsapp.browser.notRunnable', pick))
  return { ok: true, path: program }
}

/** findBrowser on this computer. */
export function findInstalledBrowser(configured: string): BrowserFound {
  return findBrowser({ platform: process.platform, env: process.env, exists: isFile, configured })
}

/**
 * Chromium installed from Snap (Ubuntu's own) cannot open folders whose name starts with a dot in the home
 * folder, and Herald's data folder is `~/.config/Herald` by default: the browser would start and fail at
 * once. True when `browser` is a Snap program (under /snap/, or a link to the snap launcher) and the
 * data folder is inside a hidden folder of `home`.
 */
export function snapCannotOpen(
  browser: string,
  dataDir: string,
  home: string | undefined,
  realpath: (file: string) => string,
): boolean {
  let real = browser
  try {
    real = realpath(browser)
  } catch {
    // A browser that cannot be resolved is judged by its own path
  }
  const snap =
    browser.startsWith('/snap/') || real.startsWith('/snap/') || path.posix.basename(real) === 'snap'
  if (!snap || !home) return false
  const inside = path.posix.relative(home, dataDir)
  if (inside.startsWith('..') || path.posix.isAbsolute(inside)) return false
  return inside.split('/').some((part) => part.startsWith('.'))
}
