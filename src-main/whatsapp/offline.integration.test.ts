import { execFileSync, spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { withoutFakeClock } from '../launch/test-tools'
import { tempDataDir } from '../context.test-support'
import { findInstalledBrowser } from './browser'

/**
 * The real whatsapp-web.js, started by the real `herald` command with the browser installed here, on a
 * machine without internet: it must say "unreachable" in one line, long before its timeout, and leave no
 * browser behind. Skipped only where no browser is installed, and never in CI, where one always is.
 */
const browser = findInstalledBrowser('')
const skipReason = browser.ok ? null : 'no Chrome, Chromium or Edge is installed on this machine'
if (skipReason && process.env.CI)
  throw new Error(`The WhatsApp integration test must run in CI, but ${skipReason}.`)

const cli = path.join(__dirname, '..', 'cli', 'main.ts')
const temps: ReturnType<typeof tempDataDir>[] = []

type Outcome = { status: number | null; stdout: string; stderr: string; seconds: number; dataDir: string }

function runHerald(...args: string[]): Promise<Outcome> {
  const temp = tempDataDir('herald-wa-offline-')
  temps.push(temp)
  const started = Date.now()
  const child = spawn(process.execPath, ['--import', 'tsx', cli, '--data-dir', temp.dir, ...args], {
    // Chromium under faketime's preload never finishes loading: the real browser keeps the real clock
    env: { ...withoutFakeClock(process.env), HERALD_DATA_DIR: '' },
  })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  return new Promise((resolve) => {
    child.on('close', (status) =>
      resolve({ status, stdout, stderr, seconds: (Date.now() - started) / 1000, dataDir: temp.dir }),
    )
  })
}

/** Command lines of the processes still running that mention the folder. */
function processesUsing(folder: string): string[] {
  const list = execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' })
  return list.split('\n').filter((line) => line.includes(folder))
}

/** Files and folders (not symlinks: Chromium's Singleton* links are always 0777) others can read. */
function openToOthers(folder: string): string[] {
  const found = execFileSync('find', [folder, '!', '-type', 'l', '-perm', '/o+r,g+r'], { encoding: 'utf8' })
  return found.split('\n').filter(Boolean)
}

/** The browser really started: it wrote its profile into LocalAuth's session folder. */
function browserProfileWritten(dataDir: string): boolean {
  const session = path.join(dataDir, 'whatsapp', 'session-herald-1')
  return fs.existsSync(session) && fs.readdirSync(session).length > 0
}

afterAll(() => {
  for (const temp of temps) temp.remove()
})

describe.skipIf(skipReason !== null || process.platform === 'win32')(
  `real whatsapp-web.js, offline (${skipReason ?? `browser: ${browser.ok ? browser.path : ''}`})`,
  () => {
    it('herald wa status: exit 1 with one clear "unreachable" line, well within the timeout, no browser left', async () => {
      const run = await runHerald('wa', 'status', '--timeout', '60')
      expect(run.status).toBe(1)
      expect(run.stdout).toBe('')
      const lines = run.stderr.trim().split('\n')
      expect(lines).toEqual([
        'herald: WhatsApp Web could not be reached. Check the internet connection, or whether a firewall or proxy blocks web.whatsapp.com, then try again.',
      ])
      expect(run.seconds).toBeLessThan(30)
      expect(browserProfileWritten(run.dataDir)).toBe(true)
      // DevTools over a pipe: Chromium opened no debugging port another account could use
      const session = path.join(run.dataDir, 'whatsapp', 'session-herald-1')
      expect(fs.existsSync(path.join(session, 'DevToolsActivePort'))).toBe(false)
      // Chromium's profile (cookies, the logged-in session) is as private as Herald's own files
      expect(openToOthers(run.dataDir)).toEqual([])
      expect(processesUsing(run.dataDir)).toEqual([])
    }, 90_000)

    it('herald wa status --json: one object that says why', async () => {
      const run = await runHerald('wa', 'status', '--timeout', '60', '--json')
      expect(run.status).toBe(1)
      const lines = run.stdout.trim().split('\n')
      expect(lines).toHaveLength(1)
      const answer = JSON.parse(lines[0] ?? '') as { ready: boolean; seconds: number; state: unknown }
      expect(answer).toMatchObject({
        ready: false,
        state: { status: 'not_connected', problem: { kind: 'unreachable' } },
      })
      expect(answer.seconds).toBeLessThan(30)
      expect(processesUsing(run.dataDir)).toEqual([])
    }, 90_000)
  },
)
