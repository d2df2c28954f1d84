import { useEffect, useRef } from 'react'
import type { ReactElement } from 'react'
import { isImageAttachment } from '../../../src-shared/domain/attachments'
import type { Attachment } from '../../../src-shared/domain/attachments'
import { thumbnailOf } from '../../lib/attachment-thumbnails'
import { formatFileSize } from '../../lib/format'
import { hasDesktopDialogs } from '../../lib/send-file'
import { FileDrop } from '../../ui/file-drop'
import { AlertIcon, DocumentIcon, ImageIcon, PaperclipIcon } from '../../ui/icons'
import { acceptedAttachments, useAttach } from './use-attach'
import './attachment.css'

type AttachmentFieldProps = {
  attachment: Attachment | null
  onChange: (attachment: Attachment | null) => void
}

function Thumbnail({ attachment }: { attachment: Attachment }): ReactElement {
  const src = thumbnailOf(attachment)
  if (src) return <img className="attachment__thumb" src={src} alt="" />
  const Icon = isImageAttachment(attachment.mime) ? ImageIcon : DocumentIcon
  return (
    <span className="attachment__thumb attachment__thumb--icon">
      <Icon />
    </span>
  )
}

function kindOf(attachment: Attachment): string {
  return isImageAttachment(attachment.mime) ? 'Image' : 'PDF'
}

/** The image or PDF sent with every message of this template: choose or drop a file, see it, remove it. */
export function AttachmentField({ attachment, onChange }: AttachmentFieldProps): ReactElement {
  const chooser = useRef<HTMLInputElement>(null)
  const { reading, problem, attach, clearProblem } = useAttach(onChange)
  // The desktop app opens its own dialog, so that Herald reads the file; the browser opens the page's.
  const choose = (): void => {
    if (hasDesktopDialogs) void attach('choose')
    else chooser.current?.click()
  }
  const problemRef = useRef<HTMLDivElement>(null)
  // The box sits low on the page, where the floating save bar could hide the reason.
  useEffect(() => {
    problemRef.current?.scrollIntoView({ block: 'center' })
  }, [problem])
  return (
    <div className="attachment-field">
      <p className="form-field__label" aria-hidden="true">
        Attachment
      </p>
      <FileDrop
        className="attachment"
        label="Attachment"
        accept={acceptedAttachments}
        inputLabel="Image or PDF to attach"
        busy={reading !== null}
        onFile={(file) => void attach(file)}
        inputRef={chooser}
      >
        {reading ? (
          <p className="attachment__reading" role="status">
            Attaching {reading}…
          </p>
        ) : attachment ? (
          <div className="attachment__file">
            <Thumbnail attachment={attachment} />
            <div className="attachment__about">
              <p className="attachment__name">{attachment.name}</p>
              <p className="attachment__meta">
                {kindOf(attachment)} · {formatFileSize(attachment.bytes)} · sent with every message, the text
                as its caption
              </p>
            </div>
            <div className="attachment__buttons">
              <button type="button" className="button button--small" onClick={choose}>
                Replace
              </button>
              <button
                type="button"
                className="button button--small button--quiet"
                onClick={() => {
                  clearProblem()
                  onChange(null)
                }}
              >
                Remove
              </button>
            </div>
          </div>
        ) : (
          <div className="attachment__empty">
            <button type="button" className="button" onClick={choose}>
              <PaperclipIcon className="icon icon--small" />
              Attach an image or PDF
            </button>
            <p className="attachment__help">
              Optional, or drop a file here. JPEG, PNG, WebP or PDF, up to 16 MB: every contact gets it with
              the message.
            </p>
          </div>
        )}
        {problem ? (
          <div ref={problemRef} className="inline-error attachment__error" role="alert">
            <AlertIcon className="icon icon--small" />
            <p>
              <strong>Could not attach {problem.fileName}.</strong> {problem.message}
            </p>
          </div>
        ) : null}
      </FileDrop>
    </div>
  )
}
