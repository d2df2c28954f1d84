import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Database } from 'better-sqlite3'
import { afterEach, beforeEach } from 'vitest'
import type { MessageStatus } from '../src-shared/domain/campaigns'
import type { MessageLogRow } from '../src-shared/domain/history'
import { clockFrom } from './clock'
import { startup } from './context'
import type { AppContext, ContextOptions } from './context'
import { wireAppContext } from './context-wiring'
import type { BrowserFound } from './whatsapp/browser'

/** A fresh, empty data folder under the system temp dir; removed by the returned function. */
export function tempDataDir(prefix = 'herald-test-'): { dir: string; remove: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix))
  return { dir, remove: () => fs.rmSync(dir, { recursive: true, force: true }) }
}

/**
 * Runs `use` with the computer's time zone set to `zone` (Node applies a change of TZ at once), then
 * puts back the one the test run had: for tests of what a user in another zone sees.
 */
export async function inTimeZone<T>(zone: string, use: () => T | Promise<T>): Promise<T> {
  const before = process.env.TZ
  process.env.TZ = zone
  try {
    return await use()
  } finally {
    if (before === undefined) delete process.env.TZ
    else process.env.TZ = before
  }
}

/** Zones at both ends of the world and in between, for tests that must hold in any of them. */
export const farTimeZones = [
  'Pacific/Kiritimati',
  'Pacific/Pago_Pago',
  'America/Los_Angeles',
  'Asia/Kolkata',
  'Europe/London',
] as const

/**
 * Wednesday 3 June 2026, 13:00 UTC: inside the default sending window (09:00–20:00 in the recipient's own
 * time) in London (14:00), Madrid (15:00), New York (09:00) and Kolkata (18:30).
 */
export const testDaytime = Date.UTC(2026, 5, 3, 13, 0, 0)

/**
 * The browser a test context "finds": a path no test launches, since the WhatsApp client of a test is a
 * fake. Tests of the real finder (browser.test.ts, offline.integration.test.ts) ask the real one.
 */
export const testBrowser: BrowserFound = { ok: true, path: '/opt/herald-test/chrome', source: 'found' }

/**
 * The app context of a test, with the database handle the app's context keeps to its services: for a test
 * that seeds rows, looks at them, or builds a repository or a service of its own over them.
 */
export type TestContext = AppContext & { db: Database }

/**
 * An app context that depends on nothing of the machine it runs on: the clock starts on a weekday
 * afternoon (`testDaytime`) and runs at real speed, the browser is `testBrowser`, the locale (and the
 * languages `system` stands for) is en-US.
 * Options override any of these (a test of the night passes its own clock).
 */
export function openTestContext(
  options: Pick<ContextOptions, 'dataDir'> & Partial<ContextOptions>,
): TestContext {
  const { ctx, db } = wireAppContext({
    runtime: 'cli',
    locale: 'en-US',
    // Settings' `system` language is English here, whatever the shell running the tests speaks
    systemLanguages: () => ['en-US'],
    clock: clockFrom(testDaytime),
    findBrowser: () => testBrowser,
    // HERALD_WHATSAPP_CLIENT in the shell running the tests must not reach them
    env: {},
    ...options,
  })
  startup(ctx)
  return { ...ctx, db }
}

/** A test context over `temp` (from `tempDataDir`); `close()` shuts it down, then removes the folder. */
export function contextIn(
  temp: { dir: string; remove: () => void },
  options: Omit<Partial<ContextOptions>, 'dataDir'> = {},
): TestContext & { close(): Promise<void> } {
  const ctx = openTestContext({ ...options, dataDir: temp.dir })
  return {
    ...ctx,
    close: async () => {
      await ctx.shutdown()
      temp.remove()
    },
  }
}

/**
 * A campaign's messages in list order (all of them, or those with `status`), read as History's log reads
 * them: what a test looks at after a campaign has run.
 */
export function messagesOf(
  ctx: Pick<AppContext, 'history'>,
  campaignId: number,
  status?: MessageStatus,
): MessageLogRow[] {
  return ctx.history.messages({ campaignId, status, offset: 0, limit: 100_000 }).rows
}

/**
 * Closes what a test opened (a harness, a world, a transport) after each test, the last opened first:
 * `const closing = closeAfterEach()` in the file, then `const w = closing(open())` in a test.
 */
export function closeAfterEach(): <T extends { close(): unknown }>(opened: T) => T {
  const toClose: { close(): unknown }[] = []
  afterEach(async () => {
    for (const opened of toClose.splice(0).reverse()) await opened.close()
  })
  return (opened) => {
    toClose.push(opened)
    return opened
  }
}

/**
 * Gives each test of the file a fresh app context over its own empty data folder, closed and removed after
 * the test: `let ctx: TestContext; withFreshContext((fresh) => (ctx = fresh))`.
 */
export function withFreshContext(use: (ctx: TestContext) => void): void {
  const closing = closeAfterEach()
  beforeEach(() => use(closing(contextIn(tempDataDir()))))
}
