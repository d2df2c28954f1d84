import { describe, expect, it } from 'vitest'
import { DiskRoom, isDiskFull, withMargin } from './disk-space'
import { enospc, MB, sqliteFull } from './disk-space.test-support'
import { AppError } from './errors'
import { sayIn } from '../src-shared/i18n/wording'

const folder = '/home/ana/.config/Herald'

const messageOf = (run: () => unknown): string => {
  try {
    run()
  } catch (error) {
    expect(error).toBeInstanceOf(AppError)
    return (error as AppError).message
  }
  throw new Error('It did not refuse.')
}

/** What every full-disk message tells: which folder, and the three ways out. */
function expectAdvice(message: string): void {
  expect(message).toContain(`Herald's data folder (${folder})`)
  expect(message).toContain('Free some space on that disk')
  expect(message).toContain('HERALD_DATA_DIR')
  expect(message).toContain('“Where your data lives” in the README')
  expect(message).toContain('Settings → Data care → Old campaigns')
  expect(message).toContain('herald db prune --older-than DAYS')
}

describe('isDiskFull', () => {
  it('knows a file write’s ENOSPC, a quota’s EDQUOT and SQLite’s SQLITE_FULL, also wrapped', () => {
    expect(isDiskFull(enospc())).toBe(true)
    expect(isDiskFull(Object.assign(new Error('quota'), { code: 'EDQUOT' }))).toBe(true)
    expect(isDiskFull(sqliteFull())).toBe(true)
    expect(isDiskFull(new Error('Could not record', { cause: sqliteFull() }))).toBe(true)
    expect(isDiskFull(Object.assign(new Error('busy'), { code: 'SQLITE_BUSY' }))).toBe(false)
    expect(isDiskFull(new Error('ENOSPC in a sentence is not a code'))).toBe(false)
    expect(isDiskFull(null)).toBe(false)
  })
})

describe('DiskRoom', () => {
  it('refuses what needs more than is free: how much it needs, how much is free, and what to do', () => {
    const room = new DiskRoom({ folder, freeSpace: () => 10 * MB })
    const message = messageOf(() => room.ensure('creating this campaign', 4 * MB))
    expect(message).toMatch(
      /^There is not enough free space for creating this campaign: it needs about 13\.0 MB on the disk of Herald's data folder \(.*\), and 10\.0 MB is free\. /,
    )
    expectAdvice(message)
    expect(message).toMatch(/Nothing was saved\.$/)
    expect(room.ensure('creating this campaign', 1 * MB)).toEqual({
      action: 'creating this campaign',
      bytes: withMargin(1 * MB),
    })
  })

  it('says the sizes in the window’s language: figures and units of each', () => {
    const room = new DiskRoom({ folder, freeSpace: () => 10.5 * MB })
    let refusal: AppError | undefined
    try {
      room.ensure({ kind: 'backup' }, 4 * MB)
    } catch (error) {
      refusal = error as AppError
    }
    expect(refusal?.message).toMatch(/needs about 13\.0 MB .*, and 10\.5 MB is free\./)
    const french = sayIn('fr', refusal!.phrase!).replace(/\s/g, ' ')
    expect(french).toContain('13,0 Mo')
    expect(french).toContain('10,5 Mo')
    expect(sayIn('es', refusal!.phrase!)).toContain('10,5 MB')
  })

  it('counts the room the database holds free already, and lets a write go when the system cannot tell', () => {
    const asked: string[] = []
    const room = new DiskRoom({
      folder,
      freeSpace: (f) => (asked.push(f), 10 * MB),
      reusable: () => 3 * MB,
    })
    expect(() => room.ensure('saving this list', 4 * MB)).not.toThrow()
    expect(asked).toEqual([folder])
    const unknown = new DiskRoom({
      folder,
      freeSpace: () => {
        throw new Error('ENOSYS')
      },
    })
    expect(() => unknown.ensure('saving this list', 100 * MB)).not.toThrow()
  })

  it('words a full disk met while writing; any other error passes as it is', () => {
    const room = new DiskRoom({ folder, freeSpace: () => 12 * 1024 })
    for (const error of [enospc(), sqliteFull()]) {
      const explained = room.explain(error, { action: 'creating this campaign', bytes: 20 * MB })
      expect(explained).toBeInstanceOf(AppError)
      const message = (explained as AppError).message
      expect(message).toMatch(
        /^The disk of Herald's data folder \(.*\) is full \(12 KB free\)\. Herald needed about 20\.0 MB for creating this campaign\. /,
      )
      expectAdvice(message)
      expect(message).not.toMatch(/ENOSPC|SQLITE_FULL/)
      expect((explained as AppError).code).toBe('UNAVAILABLE')
    }
    const other = new Error('boom')
    expect(room.explain(other)).toBe(other)
    const refusal = new AppError('BAD_INPUT', 'No.')
    expect(room.explain(refusal)).toBe(refusal)
  })

  it('names the other disk when a backup or export saved elsewhere finds it full', () => {
    const room = new DiskRoom({ folder, freeSpace: () => 0 })
    const explained = room.explain(enospc(), { action: 'this backup', bytes: 5 * MB }, '/media/usb/herald.db')
    expect((explained as AppError).message).toBe(
      'The disk of /media/usb is full (0 bytes free): this backup needs about 5.0 MB. Free some space there, or choose a place on another disk, then try again.',
    )
    // A Node error that names its file says where, as a CLI export to a full stick would.
    const named = Object.assign(enospc(), { path: '/media/usb/log.csv' })
    expect((room.explain(named) as AppError).message).toMatch(
      /^The disk of \/media\/usb is full \(0 bytes free\)\. Free/,
    )
    const own = Object.assign(enospc(), { path: `${folder}/herald.db-wal` })
    expect((room.explain(own) as AppError).message).toMatch(/^The disk of Herald's data folder/)
    const inside = room.explain(enospc(), { action: 'this backup', bytes: 5 * MB }, `${folder}/backups/b.db`)
    expect((inside as AppError).message).toMatch(/^The disk of Herald's data folder/)
  })
})
