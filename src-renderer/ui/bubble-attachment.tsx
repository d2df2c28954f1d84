import type { ReactElement } from 'react'
import { isImageAttachment } from '../../src-shared/domain/attachments'
import type { Attachment } from '../../src-shared/domain/attachments'
import { useT } from '../i18n/use-t'
import { thumbnailOf } from '../lib/attachment-thumbnails'
import { formatFileSize } from '../lib/format'
import { ImageIcon } from './icons'

/** The attachment as the contact sees it above the text: the picture, or a PDF with its name. */
export function BubbleAttachment({ attachment }: { attachment: Attachment }): ReactElement {
  const t = useT()
  const name = attachment.name
  if (isImageAttachment(attachment.mime)) {
    const src = thumbnailOf(attachment)
    if (src) return <img src={src} alt={t('ui.attachment.image', { name })} />
    return (
      <div className="chat-bubble__placeholder" role="img" aria-label={t('ui.attachment.image', { name })}>
        <ImageIcon />
        <bdi>{attachment.name}</bdi>
      </div>
    )
  }
  return (
    <div className="chat-bubble__document" role="img" aria-label={t('ui.attachment.pdf', { name })}>
      <span className="chat-bubble__document-icon" aria-hidden="true">
        {t('ui.attachment.pdfMark')}
      </span>
      <span className="chat-bubble__document-text">
        <span className="chat-bubble__document-name">
          <bdi>{attachment.name}</bdi>
        </span>
        <span className="chat-bubble__document-meta">
          {t('ui.attachment.pdfMeta', { size: formatFileSize(attachment.bytes) })}
        </span>
      </span>
    </div>
  )
}
