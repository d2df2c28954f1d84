import http from 'node:http'
import { maxRequestBytes } from '../../src-shared/ipc/limits'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { WebSocketServer } from 'ws'
import type { RawData, WebSocket } from 'ws'
import { matchLocale } from '../../src-shared/i18n/locales'
import { phrase } from '../../src-shared/i18n/phrase'
import { sayIn } from '../../src-shared/i18n/wording'
import { AppError } from '../errors'
import type { EventHub } from '../events'
import { dispatch } from '../ipc/dispatch'
import type { Handlers } from '../ipc/dispatch'
import type { Logger } from '../logging/logger'
import type { Uploads } from '../uploads'
import { downloadPath, serveDownload } from './download'
import { checkRequest, loggablePath, newToken } from './guard'
import { readStatic } from '../renderer-files'
import { serveUpload, uploadPath } from './upload'

export type HostOptions = {
  handlers: Handlers
  events: EventHub
  log: Logger
  rendererDir: string
  /** 0 picks a free port. */
  port?: number
  token?: string
  /** Resolved paths of the files this run saved: the only ones the page may download. None when absent. */
  savedFiles?: ReadonlySet<string>
  /** Where the page's chosen files go (POST /upload); without it the host takes none. */
  uploads?: Uploads
}

export type RunningHost = {
  url: string
  port: number
  token: string
  /** Moves every open socket's events to `options.events` as it is now (after a restore swapped the services). */
  resubscribe(): void
  close(): Promise<void>
}

const csp = (port: number): string =>
  [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    `connect-src 'self' ws://127.0.0.1:${port} ws://localhost:${port}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ')

/** The page's refusal in the language the browser asks for (Accept-Language), English when Herald lacks it. */
function refusal(req: IncomingMessage): string {
  const asked = (req.headers['accept-language'] ?? '')
    .split(',')
    .map((part) => part.split(';')[0]?.trim() ?? '')
    .filter((tag) => tag !== '' && tag !== '*')
  return sayIn(matchLocale(asked), phrase('system.host.refusal'))
}

function serveFile(req: IncomingMessage, res: ServerResponse, options: HostOptions, port: number): void {
  const verdict = checkRequest(req, port)
  if (!verdict.allowed) {
    options.log.warn(`Browser host refused ${req.method ?? ''} ${loggablePath(req.url)}: ${verdict.reason}`)
    res.writeHead(verdict.status, { 'Content-Type': 'text/plain; charset=utf-8' }).end(refusal(req))
    return
  }
  const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`)
  const file =
    req.method === 'GET' || req.method === 'HEAD' ? readStatic(options.rendererDir, url.pathname) : null
  if (!file) {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found')
    return
  }
  const headers = {
    'Content-Type': file.contentType,
    'Content-Security-Policy': csp(port),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-store',
  }
  res.writeHead(200, headers).end(req.method === 'HEAD' ? undefined : file.body)
}

function text(data: RawData): string {
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8')
  return Buffer.isBuffer(data) ? data.toString('utf8') : Buffer.from(new Uint8Array(data)).toString('utf8')
}

function parseRequest(data: RawData): { id: unknown; channel: unknown; input: unknown } | null {
  try {
    const message = JSON.parse(text(data)) as unknown
    if (typeof message !== 'object' || message === null) return null
    const { id, channel, input } = message as Record<string, unknown>
    return { id, channel, input }
  } catch {
    return null
  }
}

function answer(socket: WebSocket, options: HostOptions, data: RawData): void {
  const request = parseRequest(data)
  if (!request) {
    const result = new AppError('BAD_INPUT', phrase('system.request.notJson')).toFailureResult()
    socket.send(JSON.stringify({ id: null, result }))
    return
  }
  void dispatch(options.handlers, request.channel, request.input, options.log).then((result) => {
    if (socket.readyState === socket.OPEN) socket.send(JSON.stringify({ id: request.id, result }))
  })
}

/**
 * Serves the built renderer and the IPC contract over a WebSocket, on 127.0.0.1 only: the browser run of
 * Herald. Same handlers, same contract as the Electron app.
 */
export async function startHost(options: HostOptions): Promise<RunningHost> {
  const token = options.token ?? newToken()
  let port = 0
  const server = http.createServer((req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://127.0.0.1').pathname
    if (pathname === downloadPath) {
      const savedFiles = options.savedFiles ?? new Set<string>()
      serveDownload(req, res, { port, token, savedFiles, log: options.log })
    } else if (pathname === uploadPath && options.uploads) {
      const deps = { port, token, uploads: options.uploads, log: options.log }
      serveUpload(req, res, deps).catch((error: unknown) => {
        options.log.warn('Browser host could not take an upload', error)
        if (!res.headersSent) res.writeHead(500).end()
      })
    } else serveFile(req, res, options, port)
  })
  const wss = new WebSocketServer({ noServer: true, maxPayload: maxRequestBytes })

  server.on('upgrade', (req, socket, head) => {
    const verdict = checkRequest(req, port, token)
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname
    if (!verdict.allowed || path !== '/api') {
      options.log.warn(`Browser host refused a WebSocket: ${verdict.allowed ? 'wrong path' : verdict.reason}`)
      socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n')
      return
    }
    wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req))
  })

  // `options.events` and `options.handlers` are read at each use, so a caller can swap them (see run-host.ts).
  const subscriptions = new Map<WebSocket, () => void>()
  const subscribe = (socket: WebSocket): void => {
    subscriptions.get(socket)?.()
    const unsubscribe = options.events.subscribe((event, payload) => {
      if (socket.readyState === socket.OPEN) socket.send(JSON.stringify({ event, payload }))
    })
    subscriptions.set(socket, unsubscribe)
  }

  wss.on('connection', (socket: WebSocket) => {
    subscribe(socket)
    socket.on('message', (data) => answer(socket, options, data))
    socket.on('close', () => {
      subscriptions.get(socket)?.()
      subscriptions.delete(socket)
    })
    socket.on('error', (error) => options.log.warn('Browser host socket error', error))
  })

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve())
  })
  port = (server.address() as AddressInfo).port
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    resubscribe: () => {
      for (const socket of subscriptions.keys()) subscribe(socket)
    },
    close: () =>
      new Promise((resolve) => {
        for (const client of wss.clients) client.terminate()
        wss.close()
        server.close(() => resolve())
        server.closeAllConnections()
      }),
  }
}
