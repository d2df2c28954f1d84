import fs from 'node:fs'
import path from 'node:path'
import type { Settings, WebVersionCacheMode } from '../../src-shared/domain/settings'
import type { WaClientOptions, WaWebVersionCache } from './client'

/**
 * A file in LocalAuth's session folder that says WhatsApp accepted this login once. LocalAuth creates the
 * folder at every start, even one that never got past the QR code, so the folder alone proves nothing;
 * logging out deletes the folder, and the file with it.
 */
const linkedMarker = '.herald-linked'

/** Writes nothing where LocalAuth keeps no folder (the fake client). */
export function markLinked(sessionDir: string): void {
  if (fs.existsSync(sessionDir))
    fs.writeFileSync(path.join(sessionDir, linkedMarker), new Date().toISOString())
}

export const wasLinked = (sessionDir: string): boolean => fs.existsSync(path.join(sessionDir, linkedMarker))

/**
 * The WhatsApp files in the data folder: `<data>/whatsapp/` holds LocalAuth's session folders
 * (`session-herald-<n>`, one per linked account), `account.json` naming the current one, and
 * `web-cache/`, the saved copies of WhatsApp Web.
 */
export class SessionFiles {
  readonly root: string

  /** The first number's files are where they always were; a later number's in `whatsapp/number-<id>/`. */
  constructor(dataDir: string, accountId = 1) {
    const base = path.join(dataDir, 'whatsapp')
    this.root = accountId === 1 ? base : path.join(base, `number-${accountId}`)
  }

  get webCacheDir(): string {
    return path.join(this.root, 'web-cache')
  }

  private get accountFile(): string {
    return path.join(this.root, 'account.json')
  }

  /** LocalAuth's clientId for the account linked now; a new number after each logout. */
  clientId(): string {
    return `herald-${this.accountNumber()}`
  }

  /** Where LocalAuth keeps this account's browser profile (and so the login). */
  sessionDir(): string {
    return path.join(this.root, `session-${this.clientId()}`)
  }

  /** Whether WhatsApp accepted this account's login once (and it was not logged out since). */
  hasSavedSession(): boolean {
    return wasLinked(this.sessionDir())
  }

  private get testedFile(): string {
    return path.join(this.root, `tested-${this.clientId()}`)
  }

  /** A test message went out on this login (at, ISO): Start stops offering one. */
  markTested(at: string): void {
    fs.mkdirSync(this.root, { recursive: true })
    fs.writeFileSync(this.testedFile, at)
  }

  /** When a test message last went out on the login linked now, or null. */
  testedAt(): string | null {
    try {
      const at = fs.readFileSync(this.testedFile, 'utf8').trim()
      return Number.isNaN(Date.parse(at)) ? null : at
    } catch {
      return null
    }
  }

  private accountNumber(): number {
    try {
      const parsed: unknown = JSON.parse(fs.readFileSync(this.accountFile, 'utf8'))
      const n = (parsed as { account?: unknown }).account
      return typeof n === 'number' && Number.isInteger(n) && n > 0 ? n : 1
    } catch {
      return 1
    }
  }

  /**
   * Deletes the saved login and moves on to a new clientId, so that a folder Windows still holds open
   * can never bring the old account back.
   */
  async forgetSession(): Promise<void> {
    const dir = this.sessionDir()
    fs.rmSync(this.testedFile, { force: true })
    fs.mkdirSync(this.root, { recursive: true })
    fs.writeFileSync(this.accountFile, JSON.stringify({ account: this.accountNumber() + 1 }))
    await fs.promises.rm(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 })
  }

  async clearWebCache(): Promise<void> {
    await fs.promises.rm(this.webCacheDir, { recursive: true, force: true, maxRetries: 3 })
  }

  /**
   * The newest copy of WhatsApp Web saved in the cache ("2.3000.1031234567"), or null. whatsapp-web.js
   * reads its local cache only for the version it is asked for, and saves each copy under the version that
   * loaded: without this, every start would load WhatsApp Web afresh and the cache would never be used.
   */
  cachedWebVersion(): string | null {
    let names: string[]
    try {
      names = fs.readdirSync(this.webCacheDir)
    } catch {
      return null
    }
    const versions = names
      .map((name) => /^(\d+(?:\.\d+)+)\.html$/.exec(name)?.[1])
      .filter((version): version is string => version !== undefined)
    const parts = (version: string): number[] => version.split('.').map(Number)
    const newer = (a: string, b: string): number => {
      const [x, y] = [parts(a), parts(b)]
      for (let i = 0; i < Math.max(x.length, y.length); i++) {
        const d = (x[i] ?? 0) - (y[i] ?? 0)
        if (d !== 0) return d
      }
      return 0
    }
    return versions.sort(newer).at(-1) ?? null
  }

  /** whatsapp-web.js's options for this account, the browser found and the WhatsApp Web copy in Settings. */
  clientOptions(settings: Settings, executablePath: string): WaClientOptions {
    const mode = settings['whatsapp.webVersionCache']
    const cached = mode === 'local' ? this.cachedWebVersion() : null
    return {
      clientId: this.clientId(),
      dataPath: this.root,
      executablePath,
      webVersionCache: this.webVersionCache(mode),
      ...(cached ? { webVersion: cached } : {}),
    }
  }

  /** whatsapp-web.js's `webVersionCache` option for the mode chosen in Settings. */
  webVersionCache(mode: WebVersionCacheMode): WaWebVersionCache {
    if (mode === 'none') return { type: 'none' }
    return { type: 'local', path: this.webCacheDir }
  }
}
