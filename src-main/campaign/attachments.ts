import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import {
  attachmentExtensions,
  attachmentMimes,
  attachmentProblemPhrase,
  sniffAttachment,
} from '../../src-shared/domain/attachments'
import type { Attachment, AttachmentMime } from '../../src-shared/domain/attachments'
import { phrase } from '../../src-shared/i18n/phrase'
import { AppError } from '../errors'

/** `<data>/attachments`: where attached images and PDFs are kept, one file per distinct content. */
export function attachmentsDirOf(dataDir: string): string {
  return path.join(dataDir, 'attachments')
}

const mimeOfExtension = new Map<string, AttachmentMime>(
  attachmentMimes.map((mime) => [attachmentExtensions[mime], mime]),
)

/** The name the contact sees: the file's own, without any folder, and ending .pdf for a PDF. */
function shownName(fileName: string, mime: AttachmentMime): string {
  const base = fileName.split(/[\\/]/).pop()?.trim().slice(0, 200) ?? ''
  const name = base || `attachment.${attachmentExtensions[mime]}`
  return mime === 'application/pdf' && !/\.pdf$/i.test(name) ? `${name}.pdf` : name
}

/**
 * The attachments folder. Files are named by the SHA-256 of their bytes, so attaching the same file twice
 * stores it once, a campaign's file never changes under it, and attaching a deleted file again brings it
 * back for every campaign that refers to it.
 */
export class AttachmentStore {
  constructor(readonly dir: string) {}

  /** Checks the bytes (by their content, not the file's name) and keeps a copy; throws BAD_INPUT in words. */
  store(fileName: string, bytes: Buffer): Attachment {
    const problem = attachmentProblemPhrase(bytes)
    const mime = sniffAttachment(bytes)
    if (problem || !mime) {
      throw new AppError('BAD_INPUT', problem ?? phrase('sending.attachment.cannotAttach'), {
        attachment: phrase('sending.attachment.notSent'),
      })
    }
    const hash = createHash('sha256').update(bytes).digest('hex')
    const file = `${hash}.${attachmentExtensions[mime]}`
    const target = this.pathOf({ file })
    if (!this.holds(target, bytes.length)) {
      fs.mkdirSync(this.dir, { recursive: true })
      // Written aside and renamed: a crash never leaves half a file under the final name.
      const partial = `${target}.${process.pid}.partial`
      fs.writeFileSync(partial, bytes)
      fs.renameSync(partial, target)
    } else {
      // Attached again: as new as a file just stored, so the clean-up of unused files leaves it be
      // until its template is saved (data-care/unused-attachments.ts).
      const now = new Date()
      fs.utimesSync(target, now, now)
    }
    return { file, name: shownName(fileName, mime), mime, bytes: bytes.length }
  }

  /** Where the file of an attachment is on disk. */
  pathOf(attachment: Pick<Attachment, 'file'>): string {
    return path.join(this.dir, path.basename(attachment.file))
  }

  /**
   * An attachment a template is saved with, as the folder has it: its file must be there (kind and size
   * are read from it, not taken on trust). Throws BAD_INPUT when it is gone.
   */
  verify(attachment: Attachment): Attachment {
    const mime = mimeOfExtension.get(path.extname(attachment.file).slice(1))
    let bytes = 0
    try {
      bytes = fs.statSync(this.pathOf(attachment)).size
    } catch {
      // Reported below.
    }
    if (!mime || bytes === 0) {
      throw new AppError('BAD_INPUT', phrase('sending.attachment.gone', { name: attachment.name }), {
        attachment: phrase('sending.attachment.attachAgain'),
      })
    }
    return { ...attachment, name: shownName(attachment.name, mime), mime, bytes }
  }

  private holds(target: string, size: number): boolean {
    try {
      return fs.statSync(target).size === size
    } catch {
      return false
    }
  }
}
