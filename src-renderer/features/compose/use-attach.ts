import { useState } from 'react'
import { attachmentRule, isImageAttachment, maxAttachmentBytes } from '../../../src-shared/domain/attachments'
import type { Attachment } from '../../../src-shared/domain/attachments'
import { api } from '../../lib/api'
import { keepThumbnail } from '../../lib/attachment-thumbnails'
import { formatFileSize } from '../../lib/format'
import { readAsBase64 } from '../../lib/read-file'

export const acceptedAttachments =
  '.jpg,.jpeg,.png,.webp,.pdf,image/jpeg,image/png,image/webp,application/pdf'

export type AttachProblem = { fileName: string; message: string }

/** Reads a file the user chose or dropped and has Herald keep it; says in words what went wrong. */
export function useAttach(onAttached: (attachment: Attachment) => void): {
  reading: string | null
  problem: AttachProblem | null
  attach: (file: File) => Promise<void>
  clearProblem: () => void
} {
  const [reading, setReading] = useState<string | null>(null)
  const [problem, setProblem] = useState<AttachProblem | null>(null)
  const attach = async (file: File): Promise<void> => {
    const fail = (message: string): void => setProblem({ fileName: file.name, message })
    setProblem(null)
    // Checked here first, so a big video is refused at once rather than read and sent over.
    if (file.size > maxAttachmentBytes)
      return fail(`${attachmentRule}; this file is ${formatFileSize(file.size)}.`)
    setReading(file.name)
    try {
      const data = await readAsBase64(file, () => undefined)
      const result = await api.invoke('templates:attach', { fileName: file.name, data })
      if (!result.ok) return fail(result.error.message)
      const attachment = result.value
      if (isImageAttachment(attachment.mime)) keepThumbnail(attachment, data)
      onAttached(attachment)
    } catch (error) {
      fail(error instanceof Error ? error.message : String(error))
    } finally {
      setReading(null)
    }
  }
  return { reading, problem, attach, clearProblem: () => setProblem(null) }
}
