import type { Protocol } from 'electron'
import { readStatic } from '../renderer-files'
import { appCsp, appScheme } from './security'

type SchemeRegistrar = Pick<Protocol, 'registerSchemesAsPrivileged'>

/**
 * Before the app is ready: herald:// behaves as a secure, standard origin of its own, so the page's
 * relative URLs, fetch and storage work as on https, and it gets none of file://'s reach over the disk.
 */
export function registerAppScheme(protocol: SchemeRegistrar): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ])
}

const notFound = (): Response =>
  new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })

/** The answer to one herald:// request: a file of the built renderer, never anything outside its folder. */
export function appResponse(rendererDir: string, requestUrl: string, method = 'GET'): Response {
  let url: URL
  try {
    url = new URL(requestUrl)
  } catch {
    return notFound()
  }
  if (url.protocol !== `${appScheme}:` || url.host !== 'app') return notFound()
  if (method !== 'GET' && method !== 'HEAD') return new Response(null, { status: 405 })
  const file = readStatic(rendererDir, url.pathname)
  if (!file) return notFound()
  const headers = {
    'Content-Type': file.contentType,
    'Content-Security-Policy': appCsp,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-store',
  }
  return new Response(method === 'HEAD' ? null : new Uint8Array(file.body), { status: 200, headers })
}

type ProtocolHandler = Pick<Protocol, 'handle'>

/** Serves the built renderer from `rendererDir` on herald://app/ for a session's protocol. */
export function serveApp(protocol: ProtocolHandler, rendererDir: string): void {
  protocol.handle(appScheme, (request) =>
    Promise.resolve(appResponse(rendererDir, request.url, request.method)),
  )
}
