import { spawn } from 'node:child_process'
import type { ChildProcessByStdio } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Readable } from 'node:stream'
import { test as base } from '@playwright/test'
import { withoutFakeClock } from '../src-main/launch/test-tools'

const root = path.resolve(__dirname, '..')

/** A browser run of Herald: the built host on a free port, over a data folder of the test's own. */
export type HeraldHost = { url: string; dataDir: string; restart(): Promise<string>; stop(): Promise<void> }

function launch(
  dataDir: string,
  realClock: boolean,
): Promise<{ url: string; child: ChildProcessByStdio<null, Readable, Readable> }> {
  const host = path.join(root, 'out', 'main', 'host.js')
  if (!fs.existsSync(host))
    throw new Error('Build Herald first (npm run build): out/main/host.js is missing.')
  const child = spawn(process.execPath, [host, '--data-dir', dataDir, '--port', '0', '--no-open'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    // Rehearsed sends take 150–250 ms instead of up to 1.5 s, so a 50-message dry run lasts ~10 s.
    // Three of the fifty sample shops (6, 13 and 38) always fail, so failures show in every screen.
    env: {
      ...(realClock ? withoutFakeClock(process.env) : process.env),
      HERALD_DRY_RUN_LATENCY_MS: '150,250',
      HERALD_DRY_RUN_FAILURES: 'unknown:0.08',
    },
  })
  return new Promise((resolve, reject) => {
    let output = ''
    const onData = (chunk: Buffer): void => {
      output += chunk.toString()
      const url = /http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+/.exec(output)?.[0]
      if (url) resolve({ url, child })
    }
    child.stdout.on('data', onData)
    child.stderr.on('data', onData)
    child.on('exit', (code) =>
      reject(new Error(`The host stopped (exit ${code}) before printing its URL:\n${output}`)),
    )
  })
}

function stopChild(child: ChildProcessByStdio<null, Readable, Readable>): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve()
  return new Promise((resolve) => {
    child.once('exit', () => resolve())
    child.kill('SIGTERM')
  })
}

export const test = base.extend<{ herald: HeraldHost; realClock: boolean }>({
  /**
   * A host that starts a real Chromium for WhatsApp runs on the real clock: under faketime (a run of the
   * suite at another hour) that browser would never finish loading.
   */
  realClock: [false, { option: true }],
  herald: async ({ realClock }, use) => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'herald-e2e-'))
    let running = await launch(dataDir, realClock)
    const herald: HeraldHost = {
      url: running.url,
      dataDir,
      restart: async () => {
        await stopChild(running.child)
        running = await launch(dataDir, realClock)
        herald.url = running.url
        return running.url
      },
      stop: () => stopChild(running.child),
    }
    await use(herald)
    await herald.stop()
    fs.rmSync(dataDir, { recursive: true, force: true })
  },
})

export { expect } from '@playwright/test'
