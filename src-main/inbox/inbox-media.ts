import fs from 'node:fs'
import path from 'node:path'
import type { Account } from '../../src-shared/domain/accounts'
import { mediaWords } from '../../src-shared/domain/inbox'
import type { MediaKind } from '../../src-shared/domain/inbox'
import { phrase } from '../../src-shared/i18n/phrase'
import type { Clock } from '../clock'
import type { InboxRepo } from '../db/repos/inbox-repo'
import { AppError } from '../errors'
import type { RecordEvent } from '../logging/app-events'
import { TransportError } from '../transport/transport'
import { withinTime } from '../whatsapp/call-limit'
import type { WaClient, WaMessage } from '../whatsapp/client'
import { errorText, firstLine } from '../whatsapp/errors'

export type InboxMediaDeps = {
  store: Pick<InboxRepo, 'mediaOf'>
  /** The number's ready WhatsApp client, or null when it is not connected. */
  client(accountId: number): WaClient | null
  account(accountId: number): Account | undefined
  clock: Clock
  record: RecordEvent
  /** Where saved media go by default: `<dataDir>/inbox-media`. */
  folder: string
  /** How long fetching one file from WhatsApp may take. */
  callTimeoutMs?: number
}

/** A contact's file as WhatsApp handed it, with the name Herald proposes for it. */
export type FetchedMedia = { kind: MediaKind; name: string; bytes: Buffer }

/** File extensions by MIME type; anything else is saved as .bin, whatever name the network gave it. */
const extensions: Readonly<Record<string, string>> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'image/gif': 'gif',
  'video/mp4': 'mp4',
  'video/3gpp': '3gp',
  'video/quicktime': 'mov',
  'audio/ogg': 'ogg',
  'audio/mpeg': 'mp3',
  'audio/mp4': 'm4a',
  'audio/aac': 'aac',
  'audio/amr': 'amr',
  'application/pdf': 'pdf',
  'application/msword': 'doc',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/vnd.ms-excel': 'xls',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
  'text/plain': 'txt',
  'text/csv': 'csv',
  'text/vcard': 'vcf',
  'text/x-vcard': 'vcf',
  'application/zip': 'zip',
}

export function extensionOf(mimetype: string): string {
  const type = mimetype.split(';')[0]?.trim().toLowerCase() ?? ''
  return Object.hasOwn(extensions, type) ? extensions[type]! : 'bin'
}

const pad = (n: number): string => String(n).padStart(2, '0')

/**
 * "photo-2026-03-02-1005-17.jpg": the kind, the local day and time it came and the reply's id. Only these:
 * a name WhatsApp passes on was chosen by whoever sent the file.
 */
export function mediaFileName(kind: MediaKind, at: Date, messageId: number, ext: string): string {
  const day = `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`
  return `${kind}-${day}-${pad(at.getHours())}${pad(at.getMinutes())}-${messageId}.${ext}`
}

const gone = (kind: MediaKind): AppError =>
  new AppError('NOT_FOUND', phrase('system.inbox.media.gone', { kind }))

/**
 * Saving what a contact sent (a photo, voice message, file or contact card): fetched from WhatsApp through
 * the number the reply came to, while WhatsApp still has it, and written where the user chooses.
 */
export class InboxMedia {
  constructor(private readonly deps: InboxMediaDeps) {}

  /** The folder a saved file is proposed in. */
  get folder(): string {
    return this.deps.folder
  }

  /** The reply's file from WhatsApp; AppError in words when it cannot be had. */
  async fetch(messageId: number): Promise<FetchedMedia> {
    const reply = this.deps.store.mediaOf(messageId)
    if (!reply?.media || !reply.waMessageId)
      throw new AppError('NOT_FOUND', phrase('system.inbox.media.none'))
    const { media: kind, waMessageId, accountId } = reply
    if (kind === 'location') throw new AppError('BAD_INPUT', phrase('system.inbox.media.location'))
    const client = this.deps.client(accountId)
    const find = client?.getMessageById?.bind(client)
    if (!find) {
      const account = this.deps.account(accountId)
      throw new AppError(
        'UNAVAILABLE',
        account
          ? phrase('system.inbox.media.notConnected', { name: account.name, kind })
          : phrase('system.inbox.media.numberRemoved', { kind }),
      )
    }
    const { bytes, ext } = await this.download(find, waMessageId, kind)
    this.deps.record('inbox_media_fetched', `Fetched ${mediaWords[kind]} from WhatsApp`, {
      messageId,
      bytes: bytes.length,
    })
    return { kind, name: mediaFileName(kind, new Date(reply.at), messageId, ext), bytes }
  }

  /** Writes a fetched file (readable by this user only), replacing one of that name the user chose to replace. */
  async save(media: FetchedMedia, file: string): Promise<number> {
    await fs.promises.mkdir(path.dirname(file), { recursive: true })
    const partial = `${file}.${process.pid}.part`
    try {
      await fs.promises.writeFile(partial, media.bytes, { mode: 0o600 })
      await fs.promises.rename(partial, file)
    } finally {
      await fs.promises.rm(partial, { force: true })
    }
    return media.bytes.length
  }

  private async download(
    find: (waMessageId: string) => Promise<WaMessage | null>,
    waMessageId: string,
    kind: MediaKind,
  ): Promise<{ bytes: Buffer; ext: string }> {
    const limit = this.deps.callTimeoutMs ?? 120_000
    let message: WaMessage | null
    try {
      message = await withinTime(this.deps.clock, find(waMessageId), 'finding the message', limit)
    } catch (error) {
      throw unreachable(error, kind)
    }
    if (!message) throw gone(kind)
    if (kind === 'contact') {
      const cards = message.vCards ?? []
      if (cards.length === 0) throw gone(kind)
      return { bytes: Buffer.from(`${cards.map((c) => c.trim()).join('\r\n')}\r\n`, 'utf8'), ext: 'vcf' }
    }
    let media
    try {
      const downloading = message.downloadMedia?.() ?? Promise.resolve(undefined)
      media = await withinTime(this.deps.clock, downloading, `downloading ${mediaWords[kind]}`, limit)
    } catch (error) {
      throw unreachable(error, kind)
    }
    if (!media?.data) throw gone(kind)
    return { bytes: Buffer.from(media.data, 'base64'), ext: extensionOf(media.mimetype) }
  }
}

function unreachable(error: unknown, kind: MediaKind): AppError {
  const why = error instanceof TransportError ? error.message : firstLine(errorText(error))
  return new AppError('UNAVAILABLE', phrase('system.inbox.media.unreachable', { kind, why }))
}
