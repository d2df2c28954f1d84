import crypto from 'node:crypto'
import type { IncomingMessage } from 'node:http'

export const tokenCookie = 'herald_token'

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

function cookieToken(req: IncomingMessage): string | undefined {
  const cookies = req.headers.cookie?.split(';') ?? []
  for (const cookie of cookies) {
    const [name, ...rest] = cookie.trim().split('=')
    if (name === tokenCookie) return rest.join('=')
  }
  return undefined
}

export type Verdict =
  { allowed: true; viaQuery: boolean } | { allowed: false; status: 400 | 403; reason: string }

/**
 * Who may talk to the host: only this machine (loopback), only through the host names the URL was printed
 * with (which defeats DNS rebinding), and only with this run's token — in the URL or the cookie it sets.
 */
export function checkRequest(
  req: IncomingMessage,
  token: string,
  port: number,
  allowCookie: boolean,
): Verdict {
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
  const url = new URL(req.url ?? '/', `http://${host}`)
  if (sameToken(url.searchParams.get('token'), token)) return { allowed: true, viaQuery: true }
  if (allowCookie && sameToken(cookieToken(req), token)) return { allowed: true, viaQuery: false }
  return { allowed: false, status: 403, reason: 'missing or wrong token' }
}
