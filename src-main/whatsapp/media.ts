import path from 'node:path'
import { phrase } from '../../src-shared/i18n/phrase'
import { checkAttachmentFile } from '../transport/attachment-file'
import { TransportError } from '../transport/transport'
import type { WaMedia } from './client'

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

/**
 * Reads the attachment for sending, or explains in words what is wrong with it (category media_error).
 * `name` is the file's own name, which a PDF shows in the chat (the stored copy is named by its content).
 */
export async function attachmentMedia(
  file: string,
  load: MediaLoader,
  name = path.basename(file),
): Promise<{ media: WaMedia; asDocument: boolean }> {
  const kind = checkAttachmentFile(file, name)
  let media: WaMedia
  try {
    media = await load(file)
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error)
    throw new TransportError('media_error', phrase('sending.detail.attachmentUnreadable', { name, detail }))
  }
  media.filename = name
  return { media, asDocument: kind === 'document' }
}
