import fs from 'node:fs'
import path from 'node:path'
import { maxAttachmentBytes } from '../../src-shared/domain/attachments'
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
    throw new TransportError(
      'media_error',
      `The attachment “${name}” is not an image (JPG, PNG, WebP) or a PDF, so it cannot be sent.`,
    )
  }
  let size: number
  try {
    size = fs.statSync(file).size
  } catch {
    throw new TransportError(
      'media_error',
      `The attachment “${name}” is no longer at ${path.dirname(file)}: choose it again (the same file brings it back), then retry the failed messages.`,
    )
  }
  if (size > maxAttachmentBytes) {
    const mb = (size / 1024 / 1024).toFixed(1)
    throw new TransportError(
      'media_error',
      `The attachment “${name}” is ${mb} MB; WhatsApp takes up to 16 MB.`,
    )
  }
  return kind
}
