import { useEffect, useRef } from 'react'
import type { ReactElement } from 'react'
import { useIntl } from 'react-intl'
import { isImageAttachment } from '../../../src-shared/domain/attachments'
import type { Attachment } from '../../../src-shared/domain/attachments'
import { useT } from '../../i18n/use-t'
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

const kindOf = (attachment: Attachment): string => (isImageAttachment(attachment.mime) ? 'image' : 'pdf')

/** The image or PDF sent with every message of this template: choose or drop a file, see it, remove it. */
export function AttachmentField({ attachment, onChange }: AttachmentFieldProps): ReactElement {
  const t = useT()
  const intl = useIntl()
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
        {t('compose.attach.label')}
      </p>
      <FileDrop
        className="attachment"
        label={t('compose.attach.label')}
        accept={acceptedAttachments}
        inputLabel={t('compose.attach.inputLabel')}
        busy={reading !== null}
        onFile={(file) => void attach(file)}
        inputRef={chooser}
      >
        {reading ? (
          <p className="attachment__reading" role="status">
            {t('compose.attach.reading', { name: reading })}
          </p>
        ) : attachment ? (
          <div className="attachment__file">
            <Thumbnail attachment={attachment} />
            <div className="attachment__about">
              <p className="attachment__name">
                <bdi>{attachment.name}</bdi>
              </p>
              <p className="attachment__meta">
                {t('compose.attach.meta', {
                  kind: kindOf(attachment),
                  size: formatFileSize(attachment.bytes),
                })}
              </p>
            </div>
            <div className="attachment__buttons">
              <button type="button" className="button button--small" onClick={choose}>
                {t('compose.attach.replace')}
              </button>
              <button
                type="button"
                className="button button--small button--quiet"
                onClick={() => {
                  clearProblem()
                  onChange(null)
                }}
              >
                {t('compose.attach.remove')}
              </button>
            </div>
          </div>
        ) : (
          <div className="attachment__empty">
            <button type="button" className="button" onClick={choose}>
              <PaperclipIcon className="icon icon--small" />
              {t('compose.attach.choose')}
            </button>
            <p className="attachment__help">{t('compose.attach.help')}</p>
          </div>
        )}
        {problem ? (
          <div ref={problemRef} className="inline-error attachment__error" role="alert">
            <AlertIcon className="icon icon--small" />
            <p>
              {intl.formatMessage(
                { id: problem.fileName === null ? 'compose.attach.failedChosen' : 'compose.attach.failed' },
                { name: problem.fileName, reason: problem.message, b: (words) => <strong>{words}</strong> },
              )}
            </p>
          </div>
        ) : null}
      </FileDrop>
    </div>
  )
}
