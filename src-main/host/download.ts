import fs from 'node:fs'
import type { IncomingMessage, ServerResponse } from 'node:http'
import path from 'node:path'
import type { Logger } from '../logging/logger'
import { checkRequest, loggablePath, plainAnswer as plain } from './guard'

/** The path the page downloads a saved file from: `/download?file=<absolute path>&token=<token>`. */
export const downloadPath = '/download'

export type DownloadDeps = {
  port: number
  token: string
  /** Resolved paths of the files this run saved (exports, backups, PDFs): the only ones handed out. */
  savedFiles: ReadonlySet<string>
  log: Logger
}

const contentTypes: Readonly<Record<string, string>> = {
  '.csv': 'text/csv; charset=utf-8',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.json': 'application/json; charset=utf-8',
  '.pdf': 'application/pdf',
  '.db': 'application/vnd.sqlite3',
}

/**
 * `attachment` with the file's name twice: plain ASCII for old browsers, and UTF-8 (RFC 6266 / 8187) for
 * names in Arabic, with accents or emoji, which every current browser prefers.
 */
export function contentDisposition(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]|["\\%]/gu, '_')
  const encoded = encodeURIComponent(name).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  )
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`
}

/** The saved file the request names, when it is one this run saved and it is still a plain file there. */
function savedFileOf(req: IncomingMessage, deps: DownloadDeps): { file: string; size: number } | string {
  const asked = new URL(req.url ?? '/', `http://127.0.0.1:${deps.port}`).searchParams.get('file')
  const file = asked && path.isAbsolute(asked) ? path.resolve(asked) : null
  if (!file || !deps.savedFiles.has(file)) return 'not a file Herald saved since it started'
  try {
    // lstat: a link put in the file's place is not the file Herald wrote
    const stat = fs.lstatSync(file)
    return stat.isFile() ? { file, size: stat.size } : 'no longer a file'
  } catch {
    return 'no longer there'
  }
}

/**
 * Hands the browser a file this run exported or backed up, as a download: the browser run cannot show
 * the file manager of a computer it may not be sitting at. The same guards as the WebSocket (this computer,
 * Herald's host name, no other site, the token), and then only a file on the list "Show in folder" uses.
 */
export function serveDownload(req: IncomingMessage, res: ServerResponse, deps: DownloadDeps): void {
  const verdict = checkRequest(req, deps.port, deps.token)
  if (!verdict.allowed) {
    deps.log.warn(`Browser host refused a download (${loggablePath(req.url)}): ${verdict.reason}`)
    plain(res, verdict.status, 'This download needs the page Herald opened (it carries a key).')
    return
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    plain(res, 405, 'Method not allowed', { Allow: 'GET, HEAD' })
    return
  }
  const saved = savedFileOf(req, deps)
  if (typeof saved === 'string') {
    deps.log.warn(`Browser host refused a download: ${saved}`)
    plain(res, 403, 'Herald hands out only the files it saved since it started. Save the file again.')
    return
  }
  const name = path.basename(saved.file)
  res.writeHead(200, {
    'Content-Type': contentTypes[path.extname(name).toLowerCase()] ?? 'application/octet-stream',
    'Content-Length': String(saved.size),
    'Content-Disposition': contentDisposition(name),
    'Content-Security-Policy': "default-src 'none'; sandbox",
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-store',
  })
  if (req.method === 'HEAD') {
    res.end()
    return
  }
  fs.createReadStream(saved.file)
    .on('error', (error) => {
      deps.log.warn('Browser host could not read a saved file it was sending', error)
      res.destroy(error)
    })
    .pipe(res)
}
