import crypto from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'

export function newToken(): string {
  return crypto.randomBytes(24).toString('base64url')
}

export function isLoopback(address: string | undefined): boolean {
  return address === '127.0.0.1' || address === '::1' || address === '::ffff:127.0.0.1'
}

function sameToken(given: string | null | undefined, token: string): boolean {
  if (!given) return false
  const a = Buffer.from(given)
  const b = Buffer.from(token)
  return a.length === b.length && crypto.timingSafeEqual(a, b)
}

export type Verdict = { allowed: true } | { allowed: false; status: 403; reason: string }

/**
 * Who may talk to the host: only this machine (loopback), only through the host names the URL was printed
 * with (which defeats DNS rebinding), and, when `token` is given, only with this run's token in the URL.
 * The renderer's files hold no data, so they are served without the token; no cookie carries it, because a
 * cookie for 127.0.0.1 goes to every server on this computer whatever its port.
 */
export function checkRequest(req: IncomingMessage, port: number, token?: string): Verdict {
  if (!isLoopback(req.socket.remoteAddress))
    return { allowed: false, status: 403, reason: 'not from this computer' }
  const host = req.headers.host
  if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) {
    return { allowed: false, status: 403, reason: 'unexpected host name' }
  }
  const origin = req.headers.origin
  if (
    origin !== undefined &&
    origin !== `http://127.0.0.1:${port}` &&
    origin !== `http://localhost:${port}`
  ) {
    return { allowed: false, status: 403, reason: 'request from another site' }
  }
  if (token === undefined) return { allowed: true }
  const url = new URL(req.url ?? '/', `http://${host}`)
  if (sameToken(url.searchParams.get('token'), token)) return { allowed: true }
  return { allowed: false, status: 403, reason: 'missing or wrong token' }
}

/** A request's path as it may be logged: what follows `?` or `#` can carry the token. */
export function loggablePath(url: string | undefined): string {
  return (url ?? '').split(/[?#]/, 1)[0] ?? ''
}

/** A short answer in plain text: what the page (or a person) reads when a request is refused. */
export function plainAnswer(
  res: ServerResponse,
  status: number,
  text: string,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', ...headers }).end(text)
}
