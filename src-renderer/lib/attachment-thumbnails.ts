import type { Attachment } from '../../src-shared/domain/attachments'

// Thumbnails of images attached in this session, from the file the window already has: a saved image needs
// no trip to the main process to be shown while the message is edited. They stay in this window.
const thumbnails = new Map<string, string>()

function readAsDataUrl(file: Blob): Promise<string | null> {
  return new Promise((resolve) => {
    const reader = new FileReader()
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : null)
    // Only a preview: without it the image shows as an icon.
    reader.onerror = () => resolve(null)
    reader.readAsDataURL(file)
  })
}

/** Keeps the image, as a data URL, for the previews of this window. */
export async function keepThumbnail(attachment: Attachment, file: Blob): Promise<void> {
  const url = await readAsDataUrl(file)
  if (url) thumbnails.set(attachment.file, url.replace(/^data:[^;,]*/, `data:${attachment.mime}`))
}

/** A data URL of the attachment's image, if this window has it. */
export function thumbnailOf(attachment: Attachment | null): string | null {
  return attachment ? (thumbnails.get(attachment.file) ?? null) : null
}
