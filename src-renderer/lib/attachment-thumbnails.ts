import type { Attachment } from '../../src-shared/domain/attachments'

// Thumbnails of images attached in this session, from the bytes the window already read: a saved image
// needs no second trip to the main process to be shown while the message is edited.
const thumbnails = new Map<string, string>()

/** Keeps the image's bytes, as a data URL, for the previews of this window. */
export function keepThumbnail(attachment: Attachment, base64: string): void {
  thumbnails.set(attachment.file, `data:${attachment.mime};base64,${base64}`)
}

/** A data URL of the attachment's image, if this window has its bytes. */
export function thumbnailOf(attachment: Attachment | null): string | null {
  return attachment ? (thumbnails.get(attachment.file) ?? null) : null
}
