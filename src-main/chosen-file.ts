import fs from 'node:fs'
import path from 'node:path'
import { phrase } from '../src-shared/i18n/phrase'
import type { Phrase } from '../src-shared/i18n/phrase'
import { AppError } from './errors'

/** What a file the user chose may be: how large, and the words when it is larger. */
export type FileRule = {
  maxBytes: number
  /** What is said of a file over `maxBytes`; `name` is the file's own name. */
  tooLarge(name: string, bytes: number): Phrase
}

export type ChosenFile = { name: string; bytes: Buffer }

// O_NONBLOCK: opening a named pipe put in the file's place must not hang the main process; the fstat after
// it refuses the pipe. Windows has no such flag (nor such a pipe on a path).
const openFlags = fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0)

function notFound(name: string): AppError {
  return new AppError('NOT_FOUND', phrase('importing.file.gone', { name }))
}

function notAFile(name: string, stat: fs.Stats): AppError {
  return new AppError(
    'BAD_INPUT',
    stat.isDirectory()
      ? phrase('importing.file.isFolder', { name })
      : phrase('importing.file.notOrdinary', { name }),
  )
}

function unreadable(name: string, error: unknown): AppError {
  const code = (error as NodeJS.ErrnoException).code
  if (code === 'ENOENT' || code === 'ENOTDIR') return notFound(name)
  return new AppError(
    'BAD_INPUT',
    code === 'EACCES' || code === 'EPERM'
      ? phrase('importing.file.notAllowed', { name })
      : phrase('importing.file.unreadable', { name }),
  )
}

/** Reads up to `size` bytes, and one more to notice a file that grew since it was measured. */
async function readAll(handle: fs.promises.FileHandle, size: number): Promise<Buffer> {
  const buffer = Buffer.allocUnsafe(size + 1)
  let filled = 0
  while (filled < buffer.length) {
    const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, filled)
    if (bytesRead === 0) break
    filled += bytesRead
  }
  return buffer.subarray(0, filled)
}

/**
 * Reads one file the user chose (in the desktop's dialog, or dropped on the window, or uploaded to the
 * browser run's host), and nothing else: the path is trusted for no more than that. Links are followed to
 * the file; a folder, a device, a pipe, a file over the rule's size or one that is gone are refused in
 * words. The checks are made again on the opened file, so a swap after them is caught.
 */
export async function readChosenFile(
  file: string,
  rule: FileRule,
  name = path.basename(file),
): Promise<ChosenFile> {
  if (!path.isAbsolute(file))
    throw new AppError('BAD_INPUT', phrase('importing.file.notOnComputer', { name }))
  let stat: fs.Stats
  try {
    stat = await fs.promises.stat(file)
  } catch (error) {
    throw unreadable(name, error)
  }
  if (!stat.isFile()) throw notAFile(name, stat)
  if (stat.size > rule.maxBytes) throw new AppError('BAD_INPUT', rule.tooLarge(name, stat.size))
  let handle: fs.promises.FileHandle
  try {
    handle = await fs.promises.open(file, openFlags)
  } catch (error) {
    throw unreadable(name, error)
  }
  try {
    const opened = await handle.stat()
    if (!opened.isFile()) throw notAFile(name, opened)
    if (opened.size > rule.maxBytes) throw new AppError('BAD_INPUT', rule.tooLarge(name, opened.size))
    const bytes = await readAll(handle, opened.size).catch((error: unknown) => {
      throw unreadable(name, error)
    })
    if (bytes.length > opened.size) {
      throw new AppError('BAD_INPUT', phrase('importing.file.changed', { name }))
    }
    return { name, bytes }
  } finally {
    await handle.close()
  }
}
