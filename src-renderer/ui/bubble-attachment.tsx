import type { ReactElement } from 'react'
import { isImageAttachment } from '../../src-shared/domain/attachments'
import type { Attachment } from '../../src-shared/domain/attachments'
import { thumbnailOf } from '../lib/attachment-thumbnails'
import { formatFileSize } from '../lib/format'
import { ImageIcon } from './icons'

/** The attachment as the contact sees it above the text: the picture, or a PDF with its name. */
export function BubbleAttachment({ attachment }: { attachment: Attachment }): ReactElement {
  if (isImageAttachment(attachment.mime)) {
    const src = thumbnailOf(attachment)
    if (src) return <img src={src} alt={`Attached image ${attachment.name}`} />
    return (
      <div className="chat-bubble__placeholder" role="img" aria-label={`Attached image ${attachment.name}`}>
        <ImageIcon />
        {attachment.name}
      </div>
    )
  }
  return (
    <div className="chat-bubble__document" role="img" aria-label={`Attached PDF ${attachment.name}`}>
      <span className="chat-bubble__document-icon" aria-hidden="true">
        PDF
      </span>
      <span className="chat-bubble__document-text">
        <span className="chat-bubble__document-name">{attachment.name}</span>
        <span className="chat-bubble__document-meta">PDF · {formatFileSize(attachment.bytes)}</span>
      </span>
    </div>
  )
}
