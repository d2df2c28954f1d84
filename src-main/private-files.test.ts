import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { tightenDataFolder } from './private-files'
import { tempDataDir } from './context.test-support'

const root = path.resolve(__dirname, '..')
const cleanups: (() => void)[] = []
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()))

function temp(): string {
  const { dir, remove } = tempDataDir('herald-private-')
  cleanups.push(remove)
  return dir
}

/** `find <dir> ! -type l -perm /g+rwx,o+rwx`: symlinks have no mode of their own on Linux. */
function openToOthers(dir: string): string[] {
  const found: string[] = []
  const visit = (file: string): void => {
    const stat = fs.lstatSync(file)
    if (stat.isSymbolicLink()) return
    if ((stat.mode & 0o077) !== 0) found.push(path.relative(dir, file) || '.')
    if (stat.isDirectory()) for (const name of fs.readdirSync(file)) visit(path.join(file, name))
  }
  visit(dir)
  return found
}

const modeOf = (file: string): number => fs.lstatSync(file).mode & 0o777

// Written with explicit modes: the test's own umask must not decide what the folder looks like.
function writeOpen(dir: string, relative: string, mode = 0o644): string {
  const file = path.join(dir, relative)
  fs.mkdirSync(path.dirname(file), { recursive: true })
  fs.writeFileSync(file, 'x')
  fs.chmodSync(file, mode)
  for (let folder = path.dirname(file); folder.startsWith(dir); folder = path.dirname(folder))
    fs.chmodSync(folder, 0o755)
  return file
}

const heraldFiles = [
  'herald.db',
  'herald.db-wal',
  'logs/main.log',
  'whatsapp/session-herald-1/Default/Cookies',
  'attachments/x.png',
]

describe.skipIf(process.platform === 'win32')('tightenDataFolder', () => {
  it('closes a folder an older Herald left readable: folders 0700, files 0600', () => {
    const dir = temp()
    for (const file of heraldFiles) writeOpen(dir, file)
    const script = writeOpen(dir, 'backups/run.sh', 0o755)
    expect(openToOthers(dir)).toContain('whatsapp/session-herald-1/Default/Cookies')

    const report = tightenDataFolder(dir)

    expect(openToOthers(dir)).toEqual([])
    expect(report).toMatchObject({ failed: [], truncated: false })
    expect(report.tightened).toBe(heraldFiles.length + 1 + 7) // + run.sh, the folder and its 6 sub-folders
    expect(modeOf(dir)).toBe(0o700)
    expect(modeOf(path.join(dir, 'herald.db'))).toBe(0o600)
    expect(modeOf(path.join(dir, 'whatsapp/session-herald-1'))).toBe(0o700)
    expect(modeOf(script)).toBe(0o700)
    expect(tightenDataFolder(dir).tightened).toBe(0)
  })

  it('neither follows nor changes symlinks to files and folders outside the data folder', () => {
    const dir = temp()
    const outside = temp()
    const outsideFile = writeOpen(outside, 'shared/notes.txt')
    writeOpen(dir, 'herald.db')
    fs.symlinkSync(outsideFile, path.join(dir, 'notes-link'))
    fs.symlinkSync(path.join(outside, 'shared'), path.join(dir, 'shared-link'))
    fs.symlinkSync(path.join(dir, 'gone'), path.join(dir, 'SingletonLock'))

    tightenDataFolder(dir)

    expect(openToOthers(dir)).toEqual([])
    expect(modeOf(outsideFile)).toBe(0o644)
    expect(modeOf(path.join(outside, 'shared'))).toBe(0o755)
  })

  it('creates a missing data folder as 0700', () => {
    const dir = path.join(temp(), 'nested', 'Herald')
    expect(tightenDataFolder(dir).failed).toEqual([])
    expect(modeOf(dir)).toBe(0o700)
  })

  it('stops at maxEntries and says so, leaving the rest for the next start', () => {
    const dir = temp()
    for (let i = 0; i < 5; i += 1) writeOpen(dir, `logs/main.${i}.log`)
    expect(tightenDataFolder(dir, { maxEntries: 3 }).truncated).toBe(true)
    expect(tightenDataFolder(dir).truncated).toBe(false)
    expect(openToOthers(dir)).toEqual([])
  })

  it('never throws: what it cannot reach is reported', () => {
    const parent = temp()
    const file = writeOpen(parent, 'not-a-folder')
    expect(tightenDataFolder(path.join(file, 'Herald')).failed).toEqual([path.join(file, 'Herald')])
  })

  it('does nothing on Windows, where the profile folder’s ACLs decide', () => {
    const dir = temp()
    writeOpen(dir, 'herald.db')
    expect(tightenDataFolder(dir, { platform: 'win32' }).tightened).toBe(0)
    expect(modeOf(path.join(dir, 'herald.db'))).toBe(0o644)
  })
})

describe.skipIf(process.platform === 'win32')('a fresh start of the CLI', () => {
  it('leaves nothing in the data folder readable by group or others', () => {
    const dir = path.join(temp(), 'Herald')
    // The shell sets the usual 022, so only the entry point can make the files private.
    const cli = path.join(root, 'src-main', 'cli', 'main.ts')
    const result = spawnSync(
      'sh',
      ['-c', 'umask 022 && exec "$0" --import tsx "$1" info --data-dir "$2"', process.execPath, cli, dir],
      { cwd: root, encoding: 'utf8', env: { ...process.env, HERALD_DATA_DIR: '' }, timeout: 60_000 },
    )
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
    expect(fs.existsSync(path.join(dir, 'herald.db'))).toBe(true)
    expect(fs.existsSync(path.join(dir, 'logs', 'main.log'))).toBe(true)
    expect(openToOthers(dir)).toEqual([])
  }, 60_000)
})
