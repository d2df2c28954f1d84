import type { IncomingMessage, ServerResponse } from 'node:http'
import { phrase } from '../../src-shared/i18n/phrase'
import type { Phrase } from '../../src-shared/i18n/phrase'
import { english } from '../../src-shared/i18n/wording'
import type { Logger } from '../logging/logger'
import type { Uploads } from '../uploads'
import { checkRequest, loggablePath, plainAnswer as plain } from './guard'

/**
 * The path the page sends a chosen file to: `POST /upload?token=<token>&name=<the file's name>`, the bytes
 * as the body. The answer is `{ "uploadId": "…" }`, which 'import:open' or 'templates:attach' then claims.
 */
export const uploadPath = '/upload'

export type UploadDeps = { port: number; token: string; uploads: Uploads; log: Logger }

/**
 * The header that carries a refusal's phrase (JSON) beside its English body, so that the page words it in
 * its own language (src-renderer/lib/send-file.ts reads it).
 */
export const phraseHeader = 'Herald-Phrase'

/** A refusal in English words, with its phrase for the page. */
function refuse(
  res: ServerResponse,
  status: number,
  said: Phrase,
  headers: Record<string, string> = {},
): void {
  plain(res, status, english(said), { ...headers, [phraseHeader]: JSON.stringify(said) })
}

/** A request carrying this much past the limit is cut off rather than read to its end. */
const drainFactor = 2

function declaredLength(req: IncomingMessage): number | undefined {
  const header = req.headers['content-length']
  const value = header === undefined ? Number.NaN : Number(header)
  return Number.isSafeInteger(value) && value >= 0 ? value : undefined
}

/**
 * Reads what is left of a refused request before answering, so that the answer reaches the page (closing a
 * socket with unread data resets it); past `drainFactor` times the limit the connection is simply cut.
 */
function refuseLarge(req: IncomingMessage, res: ServerResponse, maxBytes: number): void {
  const megabytes = Math.round(maxBytes / 1024 / 1024)
  const answer = (): void =>
    refuse(res, 413, phrase('importing.upload.tooLarge', { limit: megabytes }), { Connection: 'close' })
  if (req.readableEnded) {
    answer()
    return
  }
  let drained = 0
  req.on('data', (chunk: Buffer) => {
    drained += chunk.length
    if (drained > maxBytes * drainFactor) req.socket.destroy()
  })
  req.once('end', answer)
  req.resume()
}

/**
 * Takes a file from the browser run's page as a streamed HTTP body into a private file of the data folder:
 * the same guards as the WebSocket (this computer, Herald's host name, no other site, the token), and no
 * more than the uploads' limit, refused as it streams with 413 and nothing left behind.
 */
export async function serveUpload(
  req: IncomingMessage,
  res: ServerResponse,
  deps: UploadDeps,
): Promise<void> {
  const verdict = checkRequest(req, deps.port, deps.token)
  if (!verdict.allowed) {
    deps.log.warn(`Browser host refused an upload (${loggablePath(req.url)}): ${verdict.reason}`)
    refuse(res, verdict.status, phrase('importing.upload.noKey'))
    return
  }
  if (req.method !== 'POST') {
    plain(res, 405, 'Method not allowed', { Allow: 'POST' })
    return
  }
  const name = new URL(req.url ?? '/', 'http://127.0.0.1').searchParams.get('name')?.trim() ?? ''
  if (name.length === 0 || name.length > 300) {
    refuse(res, 400, phrase('importing.upload.badName'))
    return
  }
  const received = await deps.uploads.receive(req, name, declaredLength(req))
  if (received.ok) {
    res
      .writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' })
      .end(JSON.stringify({ uploadId: received.uploadId }))
  } else if (received.reason === 'too-large') {
    deps.log.warn(`Browser host refused an upload over ${deps.uploads.maxBytes} bytes`)
    refuseLarge(req, res, deps.uploads.maxBytes)
  } else if (!res.headersSent && !req.socket.destroyed) {
    refuse(res, 500, phrase('importing.upload.notKept'))
  }
}
