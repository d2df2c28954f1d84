import fs from 'node:fs'
import path from 'node:path'
import { sizePhrase } from '../src-shared/i18n/measures'
import { phrase } from '../src-shared/i18n/phrase'
import type { PhraseParams } from '../src-shared/i18n/phrase'
import { AppError } from './errors'

/** Bytes this user may still write on the disk that holds `folder` (statfs's available blocks). */
export type FreeSpace = (folder: string) => number

export const systemFreeSpace: FreeSpace = (folder) => {
  const stats = fs.statfsSync(folder)
  return stats.bavail * stats.bsize
}

const isInside = (folder: string, other: string): boolean => {
  const relative = path.relative(path.resolve(folder), path.resolve(other))
  return !relative.startsWith('..') && !path.isAbsolute(relative)
}

/**
 * What is being done: a campaign being created, a list of so many contacts being saved, a backup; or, from
 * an older caller, in English words that follow "for" ("creating this campaign").
 */
export type RoomAction =
  { kind: 'campaign' } | { kind: 'list'; contacts: number } | { kind: 'backup' } | string

/** What is being done, and the room it needs. */
export type RoomNeed = { action: RoomAction; bytes: number }

// Room kept free beyond an estimate: the WAL grows by up to a thousand pages (4 MB) before SQLite folds
// it into the database, an estimate is only an estimate, and the rest of the computer needs a disk that
// is not at 100 % either.
const marginBytes = 8 * 1024 * 1024
const marginShare = 0.25

/** An estimate with the margin Herald keeps on top of it. */
export const withMargin = (bytes: number): number => Math.ceil(bytes * (1 + marginShare)) + marginBytes

const codeOf = (error: unknown): unknown =>
  typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined

/**
 * Whether `error` says there is no room: a file write's ENOSPC (or EDQUOT, the user's quota used up), or
 * SQLite's SQLITE_FULL. An error that wraps one (`cause`) counts too.
 */
export function isDiskFull(error: unknown): boolean {
  const code = codeOf(error)
  if (code === 'ENOSPC' || code === 'EDQUOT' || code === 'SQLITE_FULL') return true
  const cause = typeof error === 'object' && error !== null ? (error as { cause?: unknown }).cause : undefined
  return cause !== undefined && cause !== error && isDiskFull(cause)
}

/**
 * The values of a phrase's `{doing, select, …}`: what needed the room and how much (a size each reader
 * words in its language). The advice on a full disk is the same in the app and on the command line
 * (system.json).
 */
function needParams(need: RoomNeed | undefined): PhraseParams {
  if (!need) return { doing: 'none', need: '', contacts: 0, action: '' }
  const { action } = need
  const size = sizePhrase(need.bytes)
  if (typeof action === 'string') return { doing: 'other', need: size, contacts: 0, action }
  return {
    doing: action.kind,
    need: size,
    contacts: action.kind === 'list' ? action.contacts : 0,
    action: '',
  }
}

const freeParams = (free: number | null): PhraseParams =>
  free === null ? { known: 'no', free: '' } : { known: 'yes', free: sizePhrase(Math.max(0, free)) }

/** The refusal before anything is written: what the action needs, what is free, and what to do. */
export function notEnoughRoom(folder: string, need: RoomNeed, free: number): AppError {
  return new AppError(
    'UNAVAILABLE',
    phrase('system.disk.notEnoughRoom', { folder, ...needParams(need), ...freeParams(free) }),
  )
}

/** A write that failed for want of room, in words: which folder, what was needed if known, what to do. */
export function diskFullError(folder: string, free: number | null, need?: RoomNeed): AppError {
  return new AppError(
    'UNAVAILABLE',
    phrase('system.disk.full', { folder, ...needParams(need), ...freeParams(free) }),
  )
}

/** A write outside the data folder (a backup or export the user saves elsewhere) that found its disk full. */
export function fullElsewhere(folder: string, free: number | null, need?: RoomNeed): AppError {
  return new AppError(
    'UNAVAILABLE',
    phrase('system.disk.fullElsewhere', { folder, ...needParams(need), ...freeParams(free) }),
  )
}

/** The file a Node error names (`open`, `copyfile`…); a write to an open file names none. */
const pathOf = (error: unknown): string | undefined => {
  const file = typeof error === 'object' && error !== null ? (error as { path?: unknown }).path : undefined
  return typeof file === 'string' ? file : undefined
}

export type DiskRoomOptions = {
  /** Herald's data folder: the database, attachments and logs are on its disk. */
  folder: string
  /** Free bytes on a folder's disk: statfs by default; tests say "10 MB free". */
  freeSpace?: FreeSpace
  /** Bytes the database file already holds free (pages of deleted rows): new rows use them first. */
  reusable?: () => number
}

/**
 * The room on the disk of the data folder: checked before Herald writes something big into the database,
 * and the one place a full disk (ENOSPC, SQLITE_FULL) is put into words, for the app and the CLI alike.
 */
export class DiskRoom {
  readonly folder: string
  private readonly freeSpace: FreeSpace
  private readonly reusable: () => number

  constructor(options: DiskRoomOptions) {
    this.folder = options.folder
    this.freeSpace = options.freeSpace ?? systemFreeSpace
    this.reusable = options.reusable ?? (() => 0)
  }

  /** Free bytes on the disk of `folder` (the data folder's by default), or null when the system cannot tell. */
  free(folder = this.folder): number | null {
    try {
      return this.freeSpace(folder)
    } catch {
      return null
    }
  }

  /**
   * Refuses, before anything is written, database growth of about `estimate` bytes (what the database
   * holds free already is taken off) when it and the margin are more than the disk has free. When the
   * system cannot tell what is free, the write goes ahead and a full disk is reported if it happens.
   */
  ensure(action: RoomAction, estimate: number): RoomNeed {
    let inside = 0
    try {
      inside = this.reusable()
    } catch {
      // The database cannot say: count none of its room.
    }
    const need = { action, bytes: withMargin(Math.max(0, estimate - inside)) }
    const free = this.free()
    if (free !== null && need.bytes > free) throw notEnoughRoom(this.folder, need, free)
    return need
  }

  /**
   * `error` in words when it says the disk is full (with what `need` asked for); any other as it is.
   * `target`: the file being written, when it may be outside the data folder (a backup saved elsewhere);
   * otherwise the file the error names, if any. Outside the data folder, that folder's disk is named.
   */
  explain(error: unknown, need?: RoomNeed, target?: string): unknown {
    if (error instanceof AppError || !isDiskFull(error)) return error
    const file = target ?? pathOf(error)
    const folder = file === undefined ? this.folder : path.dirname(path.resolve(file))
    if (!isInside(this.folder, folder)) return fullElsewhere(folder, this.free(folder), need)
    return diskFullError(this.folder, this.free(), need)
  }
}
