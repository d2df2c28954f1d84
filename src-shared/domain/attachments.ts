import { z } from 'zod'
import { sizePhrase } from '../i18n/measures'
import { phrase } from '../i18n/phrase'
import type { Phrase } from '../i18n/phrase'
import { english } from '../i18n/wording'

/** WhatsApp's own limit for images and documents sent from WhatsApp Web. */
export const maxAttachmentBytes = 16 * 1024 * 1024

/** What WhatsApp shows as a photo (JPEG, PNG, WebP) or as a document (PDF). */
export const attachmentMimes = ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'] as const
export type AttachmentMime = (typeof attachmentMimes)[number]

export const attachmentExtensions: Readonly<Record<AttachmentMime, string>> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'application/pdf': 'pdf',
}

/**
 * A file attached to a message. `file` is its name in the data folder's attachments folder: the SHA-256 of
 * its bytes, so a template and every campaign made from it share one copy, and a campaign keeps its file
 * whatever happens to the template later. `name` is the file's own name, as the contact sees a PDF.
 */
export const AttachmentSchema = z.object({
  file: z.string().regex(/^[0-9a-f]{64}\.(jpg|png|webp|pdf)$/),
  name: z.string().trim().min(1).max(255),
  mime: z.enum(attachmentMimes),
  bytes: z.number().int().positive().max(maxAttachmentBytes),
})
export type Attachment = z.infer<typeof AttachmentSchema>

export const attachmentRule = 'WhatsApp sends images (JPEG, PNG, WebP) and PDF files up to 16 MB'

const startsWith = (bytes: Uint8Array, signature: readonly number[], at = 0): boolean =>
  signature.every((byte, i) => bytes[at + i] === byte)

const ascii = (text: string): number[] => [...text].map((c) => c.charCodeAt(0))

/** The kind of file its first bytes say it is (never its name), or null when it is none WhatsApp sends. */
export function sniffAttachment(bytes: Uint8Array): AttachmentMime | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg'
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png'
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'image/webp'
  // Readers accept a PDF whose header comes after a little junk, within the first kilobyte.
  const head = bytes.subarray(0, 1024)
  const pdf = ascii('%PDF-')
  for (let i = 0; i + pdf.length <= head.length; i++) if (startsWith(head, pdf, i)) return 'application/pdf'
  return null
}

/** What a refused file is, as the `kind` of the phrase 'sending.attachment.wrongKind' words it. */
export type OtherFileKind =
  'gif' | 'heic' | 'heif' | 'video' | 'office' | 'bmp' | 'tiff' | 'oldOffice' | 'empty' | 'text' | 'other'

const others: readonly [readonly number[], number, OtherFileKind][] = [
  [ascii('GIF8'), 0, 'gif'],
  [ascii('ftypheic'), 4, 'heic'],
  [ascii('ftypheix'), 4, 'heic'],
  [ascii('ftypmif1'), 4, 'heif'],
  [ascii('ftyp'), 4, 'video'],
  [ascii('PK'), 0, 'office'],
  [ascii('BM'), 0, 'bmp'],
  [[0x49, 0x49, 0x2a, 0x00], 0, 'tiff'],
  [[0x4d, 0x4d, 0x00, 0x2a], 0, 'tiff'],
  [[0xd0, 0xcf, 0x11, 0xe0], 0, 'oldOffice'],
]

function looksLikeText(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 512)
  // Tabs, line ends and printable characters only (bytes ≥ 0x80 are UTF-8 letters).
  return head.every((b) => b === 9 || b === 10 || b === 13 || b >= 32)
}

/** What a refused file is, for "this file is …". */
export function otherFileKind(bytes: Uint8Array): OtherFileKind {
  if (bytes.length === 0) return 'empty'
  for (const [signature, at, kind] of others) if (startsWith(bytes, signature, at)) return kind
  if (looksLikeText(bytes)) return 'text'
  return 'other'
}

/** "1.2 MB", "340 KB": how big a file is, in English (the CLI); the window has its own language's. */
export function formatFileSize(bytes: number): string {
  return english(sizePhrase(bytes))
}

/** Why a file cannot be attached, as a phrase the window words in the user's language; null when WhatsApp can send it. */
export function attachmentProblemPhrase(bytes: Uint8Array): Phrase | null {
  if (bytes.length > maxAttachmentBytes)
    return phrase('sending.attachment.tooBig', { size: sizePhrase(bytes.length) })
  if (sniffAttachment(bytes)) return null
  return phrase('sending.attachment.wrongKind', { kind: otherFileKind(bytes) })
}

/** The same, in English words. */
export function attachmentProblem(bytes: Uint8Array): string | null {
  const said = attachmentProblemPhrase(bytes)
  return said && english(said)
}

export const isImageAttachment = (mime: AttachmentMime): boolean => mime.startsWith('image/')

/** "image “offer.png” (340 KB)": an attachment named in a sentence. */
export function attachmentWords(attachment: Pick<Attachment, 'name' | 'mime' | 'bytes'>): string {
  const kind = isImageAttachment(attachment.mime) ? 'image' : 'PDF'
  return `${kind} “${attachment.name}” (${formatFileSize(attachment.bytes)})`
}
