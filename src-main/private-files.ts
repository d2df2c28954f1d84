import fs from 'node:fs'
import path from 'node:path'

// The data folder holds phone numbers, reply text and a logged-in WhatsApp session: only its owner reads it.
// POSIX modes only. On Windows the folder sits under the user's own profile, whose ACLs already keep other
// users out; changing ACLs is out of scope, so both functions do nothing there.

const ownerOnly = 0o700
const groupOrOther = 0o077
/** Beyond this many entries the rest is left for the next start rather than slowing this one. */
const defaultMaxEntries = 100_000

export type TightenReport = {
  /** Files and folders whose group/other bits were removed. */
  tightened: number
  /** Paths that could not be changed (owned by someone else, read-only file system …). */
  failed: string[]
  /** The walk stopped at maxEntries. */
  truncated: boolean
}

/**
 * Makes everything this process creates readable by its owner only (folders 0700, files 0600). Called first
 * thing by each entry point (desktop, browser run, CLI, npm start), never by library code: the umask is
 * process-wide, and the children (Electron, the WhatsApp Web browser) inherit it.
 */
export function privateUmask(platform: NodeJS.Platform = process.platform): void {
  if (platform !== 'win32') process.umask(groupOrOther)
}

const vanished = (error: unknown): boolean => (error as NodeJS.ErrnoException).code === 'ENOENT'

function tighten(file: string, mode: number, report: TightenReport): void {
  if ((mode & groupOrOther) === 0) return
  try {
    // Only the owner could swap an entry for a symlink between lstat and chmod: the folders were never
    // writable by others, so following a link here cannot be turned against the owner.
    fs.chmodSync(file, mode & 0o7700)
    report.tightened += 1
  } catch (error) {
    if (!vanished(error)) report.failed.push(file)
  }
}

function entriesOf(dir: string, report: TightenReport): fs.Dirent[] {
  try {
    return fs.readdirSync(dir, { withFileTypes: true })
  } catch (error) {
    if (!vanished(error)) report.failed.push(dir)
    return []
  }
}

/**
 * Creates the data folder if it is missing, sets it to 0700 and removes group/other bits from every file
 * and folder inside it, for folders left open by an older Herald. Symlinks are neither followed nor
 * changed. Never throws: what could not be changed is in the report.
 */
export function tightenDataFolder(
  dataDir: string,
  options: { platform?: NodeJS.Platform; maxEntries?: number } = {},
): TightenReport {
  const report: TightenReport = { tightened: 0, failed: [], truncated: false }
  if ((options.platform ?? process.platform) === 'win32') return report
  const maxEntries = options.maxEntries ?? defaultMaxEntries
  try {
    fs.mkdirSync(dataDir, { recursive: true, mode: ownerOnly })
    if ((fs.statSync(dataDir).mode & 0o777) !== ownerOnly) {
      fs.chmodSync(dataDir, ownerOnly)
      report.tightened += 1
    }
  } catch {
    // The log and the database report a folder that cannot be made or opened, in words the user can act on.
    report.failed.push(dataDir)
    return report
  }
  const pending = [dataDir]
  let seen = 0
  while (pending.length > 0) {
    const dir = pending.pop() as string
    for (const entry of entriesOf(dir, report)) {
      if (entry.isSymbolicLink()) continue
      if (++seen > maxEntries) {
        report.truncated = true
        return report
      }
      const file = path.join(dir, entry.name)
      let stat: fs.Stats
      try {
        stat = fs.lstatSync(file)
      } catch (error) {
        if (!vanished(error)) report.failed.push(file)
        continue
      }
      if (stat.isSymbolicLink()) continue
      tighten(file, stat.mode, report)
      if (stat.isDirectory()) pending.push(file)
    }
  }
  return report
}
