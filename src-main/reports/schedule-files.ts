import fs from 'node:fs'
import path from 'node:path'
import type { ScheduleRunCause } from '../../src-shared/domain/report-schedules'
import type { ExportFormat } from '../../src-shared/domain/reports'
import type { Phrase } from '../../src-shared/i18n/phrase'
import { AppError } from '../errors'

/** A report's name as the start of a file name: characters Windows, macOS or Linux refuse replaced. */
export function fileStem(report: string): string {
  const cleaned = report
    .normalize('NFC')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f<>:"/\\|?*]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+|\.+$/g, '')
    .slice(0, 80)
    .trim()
  return cleaned === '' ? 'report' : cleaned.replace(/ /g, '-')
}

const taken = async (file: string): Promise<boolean> => {
  for (const candidate of [file, `${file}.partial`]) {
    const found = await fs.promises.lstat(candidate).then(
      () => true,
      () => false,
    )
    if (found) return true
  }
  return false
}

/** `<report>-<YYYY-MM-DD-HHMM>.<ext>` in the folder, or with -2, -3… : never a file that is there already. */
export async function freeFile(
  folder: string,
  report: string,
  stamp: string,
  format: ExportFormat,
): Promise<string> {
  const base = path.join(folder, `${fileStem(report)}-${stamp}`)
  let file = `${base}.${format}`
  for (let n = 2; await taken(file); n += 1) file = `${base}-${n}.${format}`
  return file
}

/** Why a folder cannot take the report's file, or null when it can. */
export async function folderProblem(folder: string): Promise<ScheduleRunCause | null> {
  const stat = await fs.promises.stat(folder).catch(() => null)
  if (!stat?.isDirectory()) return 'folder_missing'
  const writable = await fs.promises.access(folder, fs.constants.W_OK).then(
    () => true,
    () => false,
  )
  return writable ? null : 'folder_unwritable'
}

/** Why a run failed: the cause, and the detail kept for the words when no cause says it all. */
export type RunFailure = { cause: ScheduleRunCause; detail: string | null; detailPhrase: Phrase | null }

/** A failed export as a cause, with the detail (and its phrase, for the window) when no cause says it all. */
export function causeOf(error: unknown): RunFailure {
  if (error instanceof AppError)
    return {
      cause: error.code === 'NOT_FOUND' ? 'report_missing' : 'report_failed',
      detail: error.message,
      detailPhrase: error.phrase ?? null,
    }
  const code = (error as NodeJS.ErrnoException | null)?.code
  const only = (cause: ScheduleRunCause): RunFailure => ({ cause, detail: null, detailPhrase: null })
  if (code === 'ENOSPC') return only('disk_full')
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return only('folder_unwritable')
  if (code === 'ENOENT' || code === 'ENOTDIR') return only('folder_missing')
  // A failure Herald did not foresee keeps its own (English) words
  return {
    cause: 'report_failed',
    detail: error instanceof Error ? error.message : String(error),
    detailPhrase: null,
  }
}
