import { maxAttachmentBytes } from '../../src-shared/domain/attachments'
import { maxImportBytes } from '../../src-shared/domain/contacts'
import { phrase } from '../../src-shared/i18n/phrase'
import type { Phrase } from '../../src-shared/i18n/phrase'
import { readChosenFile } from '../chosen-file'
import type { ChosenFile, FileRule } from '../chosen-file'
import type { AppContext } from '../context'
import type { FileFilter } from '../desktop'
import { AppError } from '../errors'
import type { Uploads } from '../uploads'

/** What a file the user chose is for: its dialog's title and filters, and how large it may be. */
export type FileKind = { title: Phrase; filters: FileFilter[]; rule: FileRule }

const megabytes = (bytes: number): number => Math.max(1, Math.round(bytes / 1024 / 1024))

export const spreadsheetKind: FileKind = {
  title: phrase('system.dialog.spreadsheet.title'),
  filters: [
    {
      name: phrase('system.dialog.filter.spreadsheets'),
      extensions: ['xlsx', 'xls', 'ods', 'csv', 'tsv', 'txt'],
    },
  ],
  rule: {
    maxBytes: maxImportBytes,
    tooLarge: (name) => phrase('importing.file.tooLarge', { name, limit: megabytes(maxImportBytes) }),
  },
}

export const attachmentKind: FileKind = {
  title: phrase('system.dialog.attachment.title'),
  filters: [
    { name: phrase('system.dialog.filter.imagesAndPdf'), extensions: ['jpg', 'jpeg', 'png', 'webp', 'pdf'] },
  ],
  rule: {
    maxBytes: maxAttachmentBytes,
    tooLarge: (name, bytes) =>
      phrase('importing.file.attachmentTooLarge', {
        name,
        limit: megabytes(maxAttachmentBytes),
        size: megabytes(bytes),
      }),
  },
}

/** The ways a file the user chose reaches a handler; none of them carries its bytes in a request. */
export type FileSources = {
  /** The browser run: a file the page sent to the host's /upload, claimed (and then deleted) by its id. */
  uploaded(uploadId: string, kind: FileKind): Promise<ChosenFile>
  /** The desktop app: a file dropped on the window, by the path the preload gave for it. */
  dropped(file: string, kind: FileKind): Promise<ChosenFile>
  /** The desktop app: a file picked in the desktop's own dialog; null when the dialog was cancelled. */
  chosen(kind: FileKind): Promise<ChosenFile | null>
}

const desktopOnly = (): AppError => new AppError('UNAVAILABLE', phrase('importing.file.desktopOnly'))

/**
 * The main process reads every chosen file itself (readChosenFile: an ordinary file, within the limit).
 * `uploads` exist in the browser run only; the desktop's dialog and dropped paths are refused there (its
 * page cannot name a file on this computer).
 */
export function fileSources(ctx: Pick<AppContext, 'runtime' | 'desktop'>, uploads?: Uploads): FileSources {
  return {
    uploaded: (uploadId, kind) => {
      if (!uploads) {
        throw new AppError('UNAVAILABLE', phrase('importing.file.browserOnly'))
      }
      return uploads.claim(uploadId, (file, name) => readChosenFile(file, kind.rule, name))
    },
    dropped: (file, kind) => {
      if (ctx.runtime === 'browser') throw desktopOnly()
      return readChosenFile(file, kind.rule)
    },
    chosen: async (kind) => {
      if (ctx.runtime === 'browser') throw desktopOnly()
      const file = await ctx.desktop.chooseOpenFile({ title: kind.title, filters: kind.filters })
      return file ? readChosenFile(file, kind.rule) : null
    },
  }
}
