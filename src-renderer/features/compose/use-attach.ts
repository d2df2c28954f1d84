import { useState } from 'react'
import { isImageAttachment, maxAttachmentBytes } from '../../../src-shared/domain/attachments'
import type { Attachment } from '../../../src-shared/domain/attachments'
import type { Result } from '../../../src-shared/ipc/result'
import { useT } from '../../i18n/use-t'
import { api } from '../../lib/api'
import { keepThumbnail } from '../../lib/attachment-thumbnails'
import { formatFileSize } from '../../lib/format'
import { sendFile } from '../../lib/send-file'

export const acceptedAttachments =
  '.jpg,.jpeg,.png,.webp,.pdf,image/jpeg,image/png,image/webp,application/pdf'

/** `fileName` is null for a file picked in the desktop's own dialog, whose name Herald does not know yet. */
export type AttachProblem = { fileName: string | null; message: string }

/** Has Herald keep a dropped or chosen file: named by its path (the desktop app) or sent first (browser). */
async function attachFile(file: File): Promise<Result<Attachment>> {
  const ref = await sendFile(file)
  return 'path' in ref ? api.invoke('templates:attach-path', ref) : api.invoke('templates:attach', ref)
}

/**
 * Has Herald keep a file the user dropped or chose (or, with 'choose', one picked in the desktop's own
 * dialog); says in words what went wrong.
 */
export function useAttach(onAttached: (attachment: Attachment) => void): {
  reading: string | null
  problem: AttachProblem | null
  attach: (file: File | 'choose') => Promise<void>
  clearProblem: () => void
} {
  const t = useT()
  const [reading, setReading] = useState<string | null>(null)
  const [problem, setProblem] = useState<AttachProblem | null>(null)
  const attach = async (file: File | 'choose'): Promise<void> => {
    const name = file === 'choose' ? null : file.name
    const fail = (message: string): void => setProblem({ fileName: name, message })
    setProblem(null)
    // Checked here first, so a big video is refused at once rather than sent over.
    if (file !== 'choose' && file.size > maxAttachmentBytes)
      return fail(t('compose.attach.tooBig', { size: formatFileSize(file.size) }))
    if (file !== 'choose') setReading(file.name)
    try {
      const result =
        file === 'choose' ? await api.invoke('templates:choose-attachment', {}) : await attachFile(file)
      if (!result.ok) return fail(result.error.message)
      const attachment = result.value
      if (!attachment) return
      if (file !== 'choose' && isImageAttachment(attachment.mime)) await keepThumbnail(attachment, file)
      onAttached(attachment)
    } catch (error) {
      fail(error instanceof Error ? error.message : String(error))
    } finally {
      setReading(null)
    }
  }
  return { reading, problem, attach, clearProblem: () => setProblem(null) }
}
