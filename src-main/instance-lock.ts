import fs from 'node:fs'
import path from 'node:path'

/** Which Herald holds a data folder: the Electron app or the browser run. The CLI never takes the lock. */
export type InstanceKind = 'desktop' | 'browser'

/** What the lock file says: `<data>/herald.lock`. */
export type LockHolder = { pid: number; kind: InstanceKind; url?: string; startedAt: string }

/** The data folder's lock, held by this process until `release`. */
export type InstanceLock = {
  readonly file: string
  /** The browser run's address, once it listens, so a second start can name it. */
  setUrl(url: string): void
  release(): void
}

/** Another live Herald holds the folder. `holder` is null while that one is still writing the lock file. */
export class AlreadyRunningError extends Error {
  constructor(
    readonly dataDir: string,
    readonly holder: LockHolder | null,
  ) {
    super(`Herald is already running on ${dataDir} (${runningWhere(holder)})`)
    this.name = 'AlreadyRunningError'
  }
}

/** Where the other Herald is, for the messages of both the browser run and the desktop app. */
export function runningWhere(holder: LockHolder | null): string {
  if (!holder) return 'another Herald that is starting right now'
  if (holder.kind === 'desktop') return `the desktop app, process ${holder.pid}`
  return holder.url
    ? `the browser run at ${holder.url}`
    : `a browser run that is still starting, process ${holder.pid}`
}

/** Where the other Herald is, as the values of a phrase's `{where, select, …}` (runningWhere's cases). */
export function whereParams(holder: LockHolder | null): { where: string; pid: number; url: string } {
  const pid = holder?.pid ?? 0
  if (!holder) return { where: 'starting', pid, url: '' }
  if (holder.kind === 'desktop') return { where: 'desktop', pid, url: '' }
  return holder.url ? { where: 'browser', pid, url: holder.url } : { where: 'browserStarting', pid, url: '' }
}

export type LockOptions = {
  /** Whether a process is alive; the real check except in tests. */
  alive?: (pid: number) => boolean
  now?: () => Date
}

// A lock file is created empty and written a moment later; only one that stays unreadable is left over.
const unreadableGraceMs = 10_000

// Files this process holds: a lock naming our own pid but not in here was left by an earlier process that
// had the same pid (containers restart with the same small pids), so it is stale.
const heldHere = new Set<string>()

export function lockFile(dataDir: string): string {
  return path.join(dataDir, 'herald.lock')
}

/** Whether a process with this id is alive (one of another user still counts as alive). */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

function parse(raw: string): LockHolder | null {
  try {
    const value = JSON.parse(raw) as Partial<LockHolder>
    const kindOk = value.kind === 'desktop' || value.kind === 'browser'
    if (!Number.isInteger(value.pid) || (value.pid ?? 0) <= 0 || !kindOk) return null
    if (typeof value.startedAt !== 'string') return null
    return value as LockHolder
  } catch {
    return null
  }
}

type Found = { raw: string; holder: LockHolder | null; ageMs: number }

function read(file: string, now: Date): Found | null {
  try {
    const raw = fs.readFileSync(file, 'utf8')
    const ageMs = now.getTime() - fs.statSync(file).mtimeMs
    return { raw, holder: parse(raw), ageMs }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
}

function isLive(found: Found, file: string, alive: (pid: number) => boolean): boolean {
  const { holder } = found
  if (!holder) return found.ageMs < unreadableGraceMs
  if (holder.pid === process.pid) return heldHere.has(file)
  return alive(holder.pid)
}

function create(file: string, holder: LockHolder): boolean {
  try {
    // 'wx' fails if the file exists: of two Heralds starting at once, exactly one creates it.
    fs.writeFileSync(file, JSON.stringify(holder), { flag: 'wx' })
    return true
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false
    throw error
  }
}

// Removes a stale lock only if it still says what was judged stale: another start may have replaced it since.
function removeIfUnchanged(file: string, raw: string): void {
  try {
    if (fs.readFileSync(file, 'utf8') === raw) fs.rmSync(file, { force: true })
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
  }
}

function holding(file: string, mine: LockHolder): InstanceLock {
  const stillMine = (): boolean => {
    const found = parse(readOrEmpty(file))
    return found?.pid === mine.pid && found.startedAt === mine.startedAt
  }
  return {
    file,
    setUrl(url) {
      if (!heldHere.has(file) || !stillMine()) return
      // Written beside it and renamed over it, so a reader never sees half a file.
      const next = `${file}.${process.pid}.tmp`
      fs.writeFileSync(next, JSON.stringify({ ...mine, url }))
      fs.renameSync(next, file)
    },
    release() {
      if (!heldHere.delete(file)) return
      if (stillMine()) fs.rmSync(file, { force: true })
    },
  }
}

function readOrEmpty(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8')
  } catch {
    return ''
  }
}

/**
 * Takes the data folder for this process, so that one engine sends from it. A lock left by a process that
 * is gone (a crash, a kill) is taken over. Throws AlreadyRunningError when a live Herald holds it.
 */
export function acquireInstanceLock(
  dataDir: string,
  kind: InstanceKind,
  options: LockOptions = {},
): InstanceLock {
  const alive = options.alive ?? processAlive
  const now = options.now ?? ((): Date => new Date())
  const file = path.resolve(lockFile(dataDir))
  fs.mkdirSync(path.dirname(file), { recursive: true })
  const mine: LockHolder = { pid: process.pid, kind, startedAt: now().toISOString() }
  let last: Found | null = null
  // A few rounds: each either takes the lock, finds it live, or clears a stale one and tries again.
  for (let round = 0; round < 3; round++) {
    if (create(file, mine)) {
      heldHere.add(file)
      return holding(file, mine)
    }
    last = read(file, now())
    if (!last) continue
    if (isLive(last, file, alive)) break
    removeIfUnchanged(file, last.raw)
  }
  throw new AlreadyRunningError(dataDir, last?.holder ?? null)
}
