import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { acquireInstanceLock, AlreadyRunningError, lockFile, runningWhere } from './instance-lock'
import type { InstanceLock, LockHolder } from './instance-lock'
import { tempDataDir } from './context.test-support'
import { thrownBy } from './thrown.test-support'

let dataDir: string
let remove: () => void
const taken: InstanceLock[] = []

function acquire(kind: 'desktop' | 'browser' = 'browser', now?: () => Date): InstanceLock {
  const lock = acquireInstanceLock(dataDir, kind, now ? { now } : {})
  taken.push(lock)
  return lock
}

function written(): LockHolder {
  return JSON.parse(fs.readFileSync(lockFile(dataDir), 'utf8')) as LockHolder
}

const refusal = (take: () => unknown): AlreadyRunningError => thrownBy(AlreadyRunningError, take)

// A process that has certainly ended: its pid is what a crashed Herald leaves behind.
function deadPid(): number {
  const pid = spawnSync(process.execPath, ['-e', '']).pid
  if (!pid) throw new Error('no child process')
  return pid
}

const otherLiveHerald = (): LockHolder => ({
  // The process that started the test runner: alive, and not this one.
  pid: process.ppid,
  kind: 'browser',
  url: 'http://127.0.0.1:5123/?token=abc',
  startedAt: '2026-06-03T13:00:00.000Z',
})

beforeEach(() => {
  ;({ dir: dataDir, remove } = tempDataDir('herald-lock-'))
})

afterEach(() => {
  for (const lock of taken.splice(0)) lock.release()
  remove()
})

describe('acquireInstanceLock', () => {
  it('takes a free folder and writes who holds it', () => {
    const lock = acquire('desktop', () => new Date('2026-06-03T13:00:00.000Z'))
    expect(lock.file).toBe(path.join(dataDir, 'herald.lock'))
    expect(written()).toEqual({ pid: process.pid, kind: 'desktop', startedAt: '2026-06-03T13:00:00.000Z' })
  })

  it('creates a data folder that does not exist yet', () => {
    dataDir = path.join(dataDir, 'new', 'Herald')
    acquire()
    expect(written().pid).toBe(process.pid)
  })

  it('refuses a folder held by another live Herald and leaves its lock alone', () => {
    const holder = otherLiveHerald()
    fs.writeFileSync(lockFile(dataDir), JSON.stringify(holder))
    const error = refusal(() => acquire())
    expect(error.holder).toEqual(holder)
    expect(error.dataDir).toBe(dataDir)
    expect(written()).toEqual(holder)
  })

  it('refuses a second lock in the same process while the first is held', () => {
    acquire('browser').setUrl('http://127.0.0.1:4000/?token=t')
    const error = refusal(() => acquire('desktop'))
    expect(error.holder).toMatchObject({
      pid: process.pid,
      kind: 'browser',
      url: 'http://127.0.0.1:4000/?token=t',
    })
  })

  it('takes over a lock left by a process that is gone', () => {
    fs.writeFileSync(lockFile(dataDir), JSON.stringify({ ...otherLiveHerald(), pid: deadPid() }))
    acquire('desktop')
    expect(written()).toMatchObject({ pid: process.pid, kind: 'desktop' })
    expect(written().url).toBeUndefined()
  })

  it('takes over a lock naming this pid that an earlier process with the same pid left', () => {
    fs.writeFileSync(lockFile(dataDir), JSON.stringify({ ...otherLiveHerald(), pid: process.pid }))
    acquire()
    expect(written().startedAt).not.toBe(otherLiveHerald().startedAt)
  })

  it('waits for a lock still being written, and takes over one that never was', () => {
    fs.writeFileSync(lockFile(dataDir), '')
    // Stamped by this process's clock, which a test run under faketime moves away from the file system's
    fs.utimesSync(lockFile(dataDir), new Date(), new Date())
    expect(refusal(() => acquire()).holder).toBeNull()
    const later = (): Date => new Date(Date.now() + 60_000)
    acquire('browser', later)
    expect(written().pid).toBe(process.pid)
  })
})

describe('a held lock', () => {
  it('records the browser run address once it listens', () => {
    const lock = acquire('browser')
    const before = written()
    lock.setUrl('http://127.0.0.1:4000/?token=t')
    expect(written()).toEqual({ ...before, url: 'http://127.0.0.1:4000/?token=t' })
    expect(fs.readdirSync(dataDir)).toEqual(['herald.lock'])
  })

  it('is released on exit, and the folder can be taken again', () => {
    const lock = acquire()
    lock.release()
    expect(fs.existsSync(lockFile(dataDir))).toBe(false)
    lock.release()
    acquire('desktop')
    expect(written().kind).toBe('desktop')
  })

  it('never removes a lock that another Herald has taken since', () => {
    const lock = acquire()
    fs.writeFileSync(lockFile(dataDir), JSON.stringify(otherLiveHerald()))
    lock.setUrl('http://127.0.0.1:4000/?token=t')
    lock.release()
    expect(written()).toEqual(otherLiveHerald())
  })
})

describe('runningWhere', () => {
  it('names the other Herald', () => {
    const browser = otherLiveHerald()
    expect(runningWhere(browser)).toBe('the browser run at http://127.0.0.1:5123/?token=abc')
    expect(runningWhere({ ...browser, url: undefined })).toBe(
      `a browser run that is still starting, process ${browser.pid}`,
    )
    expect(runningWhere({ ...browser, kind: 'desktop' })).toBe(`the desktop app, process ${browser.pid}`)
    expect(runningWhere(null)).toBe('another Herald that is starting right now')
  })
})
