import { spawn } from 'node:child_process'
import type { ChildProcessByStdio } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Readable } from 'node:stream'
import { test as base } from '@playwright/test'
import { withoutFakeClock } from '../src-main/launch/test-tools'
import { clientOverrideVariable } from '../src-main/whatsapp/client-override'

const root = path.resolve(__dirname, '..')

/**
 * The WhatsApp the host talks to: whatsapp-web.js in a real Chromium, or the rehearsal client (a phone at
 * hand that scans the QR code by itself; see src-main/whatsapp/rehearsal-client.ts).
 */
export type WhatsAppClient = 'real' | 'rehearsal'

const rehearsalClient = path.join(root, 'src-main', 'whatsapp', 'rehearsal-client.ts')

/** More of the host's environment, for one spec: HERALD_DRY_RUN_REPLY_RATE for a rehearsal with many replies. */
export type HostEnv = Record<string, string>

type LaunchOptions = { realClock: boolean; whatsappClient: WhatsAppClient; hostEnv: HostEnv }

/** A browser run of Herald: the built host on a free port, over a data folder of the test's own. */
export type HeraldHost = { url: string; dataDir: string; restart(): Promise<string>; stop(): Promise<void> }

function launch(
  dataDir: string,
  { realClock, whatsappClient, hostEnv }: LaunchOptions,
): Promise<{ url: string; child: ChildProcessByStdio<null, Readable, Readable> }> {
  const host = path.join(root, 'out', 'main', 'host.js')
  if (!fs.existsSync(host))
    throw new Error('Build Herald first (npm run build): out/main/host.js is missing.')
  const env = { ...(realClock ? withoutFakeClock(process.env) : process.env) }
  // 'real' means whatsapp-web.js, whatever the shell running the tests has set
  delete env[clientOverrideVariable]
  if (whatsappClient === 'rehearsal') env[clientOverrideVariable] = rehearsalClient
  const child = spawn(process.execPath, [host, '--data-dir', dataDir, '--port', '0', '--no-open'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    // Rehearsed sends take 150–250 ms instead of up to 1.5 s, so a 50-message dry run lasts ~10 s.
    // Three of the fifty sample shops (6, 13 and 38) always fail, so failures show in every screen.
    env: {
      ...env,
      // What the host words itself in Settings' "system" language (a retry's name, scheduled files) is
      // English, whatever this machine's language
      LC_ALL: 'C.UTF-8',
      HERALD_DRY_RUN_LATENCY_MS: '150,250',
      HERALD_DRY_RUN_FAILURES: 'unknown:0.08',
      ...hostEnv,
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

export const test = base.extend<{
  herald: HeraldHost
  realClock: boolean
  whatsappClient: WhatsAppClient
  hostEnv: HostEnv
}>({
  /**
   * A host that starts a real Chromium for WhatsApp runs on the real clock: under faketime (a run of the
   * suite at another hour) that browser would never finish loading.
   */
  realClock: [false, { option: true }],
  whatsappClient: ['real', { option: true }],
  hostEnv: [{}, { option: true }],
  herald: async ({ realClock, whatsappClient, hostEnv }, use) => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'herald-e2e-'))
    const options = { realClock, whatsappClient, hostEnv }
    let running = await launch(dataDir, options)
    const herald: HeraldHost = {
      url: running.url,
      dataDir,
      restart: async () => {
        await stopChild(running.child)
        running = await launch(dataDir, options)
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
