import type { Attachment } from '../../../src-shared/domain/attachments'
import { isImageAttachment } from '../../../src-shared/domain/attachments'
import { formatFileSize } from '../../lib/format'

/** The values of "With the image “offer.png” (340 KB)": the kind picks the words in each language. */
export function attachmentValues(attachment: Pick<Attachment, 'name' | 'mime' | 'bytes'>): {
  kind: string
  name: string
  size: string
} {
  return {
    kind: isImageAttachment(attachment.mime) ? 'image' : 'pdf',
    name: attachment.name,
    size: formatFileSize(attachment.bytes),
  }
}
