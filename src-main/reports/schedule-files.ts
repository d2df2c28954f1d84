import fs from 'node:fs'
import path from 'node:path'
import type { ScheduleRunCause } from '../../src-shared/domain/report-schedules'
import type { ExportFormat } from '../../src-shared/domain/reports'
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

/** A failed export as a cause, with the detail kept for the words when no cause says it all. */
export function causeOf(error: unknown): { cause: ScheduleRunCause; detail: string | null } {
  if (error instanceof AppError)
    return { cause: error.code === 'NOT_FOUND' ? 'report_missing' : 'report_failed', detail: error.message }
  const code = (error as NodeJS.ErrnoException | null)?.code
  if (code === 'ENOSPC') return { cause: 'disk_full', detail: null }
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS')
    return { cause: 'folder_unwritable', detail: null }
  if (code === 'ENOENT' || code === 'ENOTDIR') return { cause: 'folder_missing', detail: null }
  return { cause: 'report_failed', detail: error instanceof Error ? error.message : String(error) }
}
