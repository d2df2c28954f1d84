import fs from 'node:fs'
import path from 'node:path'
import { maxAttachmentBytes } from '../../src-shared/domain/attachments'
import { phrase } from '../../src-shared/i18n/phrase'
import { TransportError } from './transport'

const kinds: Readonly<Record<string, 'image' | 'document'>> = {
  '.jpg': 'image',
  '.jpeg': 'image',
  '.png': 'image',
  '.webp': 'image',
  '.pdf': 'document',
}

/**
 * Checks an attachment right before it is sent — it may have been deleted since the campaign was made —
 * and says in words what is wrong with it (category media_error). `name` is how the user knows the file.
 * Both transports use it, so a dry run meets a missing file exactly as a live campaign would.
 */
export function checkAttachmentFile(file: string, name = path.basename(file)): 'image' | 'document' {
  const kind = kinds[path.extname(file).toLowerCase()]
  if (!kind) {
    throw new TransportError('media_error', phrase('sending.detail.attachmentWrongKind', { name }))
  }
  let size: number
  try {
    size = fs.statSync(file).size
  } catch {
    throw new TransportError(
      'media_error',
      phrase('sending.detail.attachmentGone', { name, folder: path.dirname(file) }),
    )
  }
  if (size > maxAttachmentBytes) {
    // One decimal, as the English has always said it ("16.4 MB")
    const mb = Number((size / 1024 / 1024).toFixed(1))
    throw new TransportError('media_error', phrase('sending.detail.attachmentTooBig', { name, mb }))
  }
  return kind
}
