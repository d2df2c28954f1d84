import { execFileSync } from 'node:child_process'
import { findInstalledBrowser } from '../whatsapp/browser'

/** What `npm test` needs besides `npm ci`, as found on this computer. */
export type TestTools = {
  /** process.versions.node */
  node: string
  /** The Chrome, Chromium or Edge the end-to-end tests drive, or null. */
  browser: string | null
  libreOffice: boolean
  platform: NodeJS.Platform
  /** In CI every tool must be there: a skipped check would go unnoticed. */
  ci: boolean
}

export type Verdict = { ok: boolean; lines: string[] }

const minimumNode = [20, 19] as const

function nodeIsRecent(version: string): boolean {
  const [major = 0, minor = 0] = version.split('.').map(Number)
  return major > minimumNode[0] || (major === minimumNode[0] && minor >= minimumNode[1])
}

const installBrowser: Partial<Record<NodeJS.Platform, string>> = {
  linux: 'sudo apt-get install chromium (Debian, Ubuntu), or install Google Chrome',
  darwin: 'install Google Chrome, or brew install --cask chromium',
  win32: 'install Google Chrome (Microsoft Edge, already on Windows, also works)',
}

const installLibreOffice: Partial<Record<NodeJS.Platform, string>> = {
  linux: 'sudo apt-get install libreoffice-calc-nogui (Debian, Ubuntu)',
  darwin: 'brew install --cask libreoffice',
  win32:
    'winget install TheDocumentFoundation.LibreOffice, then add C:\\Program Files\\LibreOffice\\program to PATH',
}

/**
 * One line for each tool `npm test` lacks, saying how to get it, before anything runs. Without a browser
 * the end-to-end tests cannot run at all, so the run stops; without LibreOffice only the check that
 * exports open in a real spreadsheet program is skipped, except in CI, where nothing may be skipped.
 */
export function judgeTestTools(tools: TestTools): Verdict {
  const lines: string[] = []
  let ok = true
  if (!nodeIsRecent(tools.node)) {
    ok = false
    lines.push(
      `Herald needs Node.js ${minimumNode.join('.')} or later; this is ${tools.node}. Install a newer Node.js.`,
    )
  }
  if (!tools.browser) {
    ok = false
    lines.push(
      `The end-to-end tests need Chromium, Google Chrome or Microsoft Edge, and none is installed: ${installBrowser[tools.platform] ?? installBrowser.linux}.`,
    )
  }
  if (!tools.libreOffice) {
    const how = installLibreOffice[tools.platform] ?? installLibreOffice.linux
    if (tools.ci) {
      ok = false
      lines.push(`LibreOffice (soffice) is missing, and CI checks every export with it: ${how}.`)
    } else {
      lines.push(
        `LibreOffice (soffice) is not installed: the tests that open exports in it are skipped (${how}).`,
      )
    }
  }
  return { ok, lines }
}

/** Whether LibreOffice answers on PATH (`soffice`). */
export function hasLibreOffice(): boolean {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'ignore', timeout: 20_000 })
    return true
  } catch {
    return false
  }
}

/** The tools of this computer. */
export function findTestTools(): TestTools {
  const browser = findInstalledBrowser('')
  return {
    node: process.versions.node,
    browser: browser.ok ? browser.path : null,
    libreOffice: hasLibreOffice(),
    platform: process.platform,
    ci: Boolean(process.env.CI),
  }
}

/**
 * The environment without faketime's preload, for the real browsers a test starts: Chromium under a faked
 * clock never finishes loading a page. The test process itself keeps the faked clock.
 */
export function withoutFakeClock(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const copy: NodeJS.ProcessEnv = { ...env }
  for (const key of Object.keys(copy)) if (key.startsWith('FAKETIME')) delete copy[key]
  const preload = (copy.LD_PRELOAD ?? '').split(/[\s:]+/).filter((lib) => lib && !lib.includes('faketime'))
  if (preload.length > 0) copy.LD_PRELOAD = preload.join(':')
  else delete copy.LD_PRELOAD
  return copy
}
