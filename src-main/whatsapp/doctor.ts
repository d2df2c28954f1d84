import { execFile } from 'node:child_process'
import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import type { ErrorCategory } from '../../src-shared/domain/campaigns'
import { categoryInfo } from '../../src-shared/domain/error-categories'
import type { WhatsAppStatus } from '../../src-shared/domain/whatsapp'
import type { AppEvent } from '../db/repos/app-events-repo'
import type { BrowserFound } from './browser'
import type { WaClient } from './client'

/**
 * What a user pastes into a support request about WhatsApp: versions, the browser, the login, and the
 * latest problems with their categories. Never a message's text and never a contact's number: numbers
 * in error texts are replaced and quoted texts cut.
 */
export type DoctorReport = {
  herald: { version: string; runtime: string; platform: string; node: string }
  browser: { path: string | null; source: string | null; version: string | null; problem: string | null }
  whatsappWebJs: string | null
  whatsappWeb: { saved: string | null; loaded: string | null }
  login: {
    saved: boolean
    /** Only when the doctor connected with the saved login (--connect). */
    status: WhatsAppStatus | null
    problem: string | null
  }
  testMessage: { lastSuccessAt: string | null }
  recentProblems: { at: string; level: string; kind: string; message: string }[]
  failedMessages: { category: ErrorCategory; label: string; count: number }[]
}

export type DoctorDeps = {
  info: () => { version: string; runtime: string; platform: string }
  browser: () => BrowserFound
  browserVersion?: (executable: string) => Promise<string | null>
  savedWebVersion: () => string | null
  hasSavedSession: () => boolean
  testedAt: () => string | null
  recentEvents: (limit: number) => AppEvent[]
  failuresSince: (sinceIso: string) => { category: ErrorCategory; count: number }[]
  now: () => number
}

const problemKinds = /^(whatsapp_|wa_|campaign_|inbound_|opt_out)/

/** A text with every phone-number-like run of digits and every quoted text taken out. */
export function scrub(text: string): string {
  return text
    .replace(/“[^”]*”|"[^"]*"/g, '“…”')
    .replace(/\+?\d[\d\s().-]{5,}\d/g, '[number]')
    .replace(/\d{6,}@(c\.us|lid|s\.whatsapp\.net)/g, '[chat]')
}

export async function diagnose(
  deps: DoctorDeps,
  connected?: { status: WhatsAppStatus; problem: string | null; client: WaClient | null },
): Promise<DoctorReport> {
  const found = deps.browser()
  const version = found.ok ? await (deps.browserVersion ?? readBrowserVersion)(found.path) : null
  const loaded = connected?.client?.getWWebVersion
    ? await connected.client.getWWebVersion().catch(() => null)
    : null
  const monthAgo = new Date(deps.now() - 30 * 86_400_000).toISOString()
  return {
    herald: ((info) => ({
      version: info.version,
      runtime: info.runtime,
      platform: info.platform,
      node: process.versions.node,
    }))(deps.info()),
    browser: found.ok
      ? { path: found.path, source: found.source, version, problem: null }
      : {
          path: null,
          source: null,
          version: null,
          problem: `${found.problem.message} ${found.problem.advice}`,
        },
    whatsappWebJs: libraryVersion(),
    whatsappWeb: { saved: deps.savedWebVersion(), loaded },
    login: {
      saved: deps.hasSavedSession(),
      status: connected?.status ?? null,
      problem: connected?.problem ?? null,
    },
    testMessage: { lastSuccessAt: deps.testedAt() },
    recentProblems: deps
      .recentEvents(500)
      .filter((e) => (e.level === 'warn' || e.level === 'error') && problemKinds.test(e.kind))
      .slice(0, 10)
      .map((e) => ({ at: e.at, level: e.level, kind: e.kind, message: scrub(e.message) })),
    failedMessages: deps
      .failuresSince(monthAgo)
      .map((f) => ({ ...f, label: categoryInfo[f.category].label }))
      .sort((a, b) => b.count - a.count),
  }
}

/** `chrome --version` ("Chromium 131.0.6778.85 built on Debian…"): null when it does not say. */
function readBrowserVersion(executable: string): Promise<string | null> {
  return new Promise((resolve) => {
    execFile(executable, ['--version'], { timeout: 5000, windowsHide: true }, (error, stdout) => {
      const line = String(stdout).trim().split('\n')[0] ?? ''
      resolve(error || !line ? null : line)
    })
  })
}

/** The installed whatsapp-web.js's version, read from its package.json next to its entry point. */
function libraryVersion(): string | null {
  try {
    const entry = createRequire(__filename).resolve('whatsapp-web.js')
    for (let dir = path.dirname(entry); dir !== path.dirname(dir); dir = path.dirname(dir)) {
      const file = path.join(dir, 'package.json')
      if (!fs.existsSync(file)) continue
      const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as { name?: string; version?: string }
      if (parsed.name === 'whatsapp-web.js') return parsed.version ?? null
    }
  } catch {
    // not installed: said as "unknown"
  }
  return null
}
