import fs from 'node:fs'
import path from 'node:path'
import { TransportError } from '../transport/transport'
import type { WaMedia } from './client'

/** WhatsApp's own limit for images and documents sent from WhatsApp Web. */
export const maxAttachmentBytes = 16 * 1024 * 1024

const kinds: Readonly<Record<string, 'image' | 'document'>> = {
  '.jpg': 'image',
  '.jpeg': 'image',
  '.png': 'image',
  '.webp': 'image',
  '.pdf': 'document',
}

/** Builds whatsapp-web.js's media object for a file; tests pass a stand-in. */
export type MediaLoader = (file: string) => Promise<WaMedia>

/**
 * whatsapp-web.js only sends media given as an instance of its own `MessageMedia` class, so the real loader
 * uses it. It is imported on first use, like the client, to keep every other start fast.
 */
export const loadMessageMedia: MediaLoader = async (file) => {
  const { default: wwebjs } = await import('whatsapp-web.js')
  return wwebjs.MessageMedia.fromFilePath(file)
}

/** Reads the attachment for sending, or explains in words what is wrong with it (category media_error). */
export async function attachmentMedia(
  file: string,
  load: MediaLoader,
): Promise<{ media: WaMedia; asDocument: boolean }> {
  const name = path.basename(file)
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
      `The attachment “${name}” is no longer at ${path.dirname(file)}: choose it again.`,
    )
  }
  if (size > maxAttachmentBytes) {
    const mb = (size / 1024 / 1024).toFixed(1)
    throw new TransportError(
      'media_error',
      `The attachment “${name}” is ${mb} MB; WhatsApp takes up to 16 MB.`,
    )
  }
  try {
    return { media: await load(file), asDocument: kind === 'document' }
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error)
    throw new TransportError('media_error', `The attachment “${name}” could not be read (${detail}).`)
  }
}
