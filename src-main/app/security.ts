import { shell } from 'electron'
import type { Session, WebContents } from 'electron'
import type { Logger } from '../logging/logger'

/**
 * The built renderer, served from its folder through Herald's own `herald://app/` protocol in production
 * (file:// would give the page every file on the disk as its origin); electron-vite's dev server in development.
 */
export type AppEntry = { kind: 'app'; dir: string } | { kind: 'dev'; url: string }

export const appScheme = 'herald'
const appHost = 'app'
export const appPageUrl = `${appScheme}://${appHost}/index.html`

/** The address a window loads for the entry, with an optional route in the hash. */
export function entryUrl(entry: AppEntry, hash?: string): string {
  const base = entry.kind === 'app' ? appPageUrl : entry.url
  return hash === undefined ? base : `${base}#${hash}`
}

// Sent as a header with every page of the app (the protocol handler, the dev server through the session).
// The desktop talks to the main process over IPC only: no WebSocket, no other connection.
export const appCsp =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
  "connect-src 'self'; object-src 'none'; base-uri 'none'; " +
  "form-action 'none'; frame-ancestors 'none'"

// @vitejs/plugin-react injects its Fast Refresh preamble as an inline script and Vite injects CSS as
// <style> elements, so the dev server's page cannot run under the strict policy. Only an unpackaged
// run against a loopback dev server ever gets this one (see resolveAppEntry in window.ts).
export const devServerCsp = appCsp
  .replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
  .replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
  // Vite's hot reload talks to the dev server over a WebSocket.
  .replace("connect-src 'self'", "connect-src 'self' ws://localhost:* ws://127.0.0.1:*")

const externalHosts: ReadonlySet<string> = new Set([
  'faq.whatsapp.com',
  'www.whatsapp.com',
  'web.whatsapp.com',
  'business.whatsapp.com',
])

// "Open in WhatsApp" in the Inbox: a chat with one number (waMeLink), and nothing else on that host.
const chatLinkHosts: ReadonlyMap<string, RegExp> = new Map([['wa.me', /^\/\d{6,15}$/]])

const loopbackHosts: ReadonlySet<string> = new Set(['localhost', '127.0.0.1', '[::1]'])

// navigator.clipboard.writeText asks for this one; denying it silently breaks every Copy button.
const grantedPermissions: ReadonlySet<string> = new Set(['clipboard-sanitized-write'])

function parseUrl(url: unknown): URL | null {
  if (typeof url !== 'string') return null
  try {
    return new URL(url)
  } catch {
    return null
  }
}

function allowedExternalUrl(url: unknown): URL | null {
  const parsed = parseUrl(url)
  if (!parsed || parsed.protocol !== 'https:') return null
  if (parsed.username !== '' || parsed.password !== '' || parsed.port !== '') return null
  if (externalHosts.has(parsed.hostname)) return parsed
  const chat = chatLinkHosts.get(parsed.hostname)
  return chat && chat.test(parsed.pathname) && parsed.search === '' && parsed.hash === '' ? parsed : null
}

export function isAllowedExternalUrl(url: string): boolean {
  return allowedExternalUrl(url) !== null
}

export function isLoopbackDevServer(url: string): boolean {
  const parsed = parseUrl(url)
  return (
    parsed !== null &&
    (parsed.protocol === 'http:' || parsed.protocol === 'https:') &&
    loopbackHosts.has(parsed.hostname)
  )
}

// Any route of our own page matches: routes live in the hash or query, never in the path.
export function isAppUrl(url: string, entry: AppEntry): boolean {
  const parsed = parseUrl(url)
  if (!parsed) return false
  if (entry.kind === 'app') {
    // A custom scheme's origin serialises as "null" in Node's URL: compare its parts instead.
    return (
      parsed.protocol === `${appScheme}:` &&
      parsed.host === appHost &&
      parsed.username === '' &&
      parsed.password === '' &&
      (parsed.pathname === '/' || parsed.pathname === '/index.html')
    )
  }
  const app = parseUrl(entry.url)
  // Opaque origins (data:, about:, file:) all serialise as "null", which must never count as a match.
  return (
    app !== null &&
    parsed.protocol === app.protocol &&
    parsed.origin !== 'null' &&
    parsed.origin === app.origin
  )
}

/**
 * A request comes from our page's main frame: a frame inside it (an iframe, even one showing our own page)
 * never speaks for the app. Electron's WebFrameMain has `parent` null for the main frame.
 */
export function isTrustedFrame(
  frame: { url: string; parent?: unknown } | null | undefined,
  entry: AppEntry,
): boolean {
  return frame !== null && frame !== undefined && !frame.parent && isAppUrl(frame.url, entry)
}

export function isPermissionGranted(
  permission: string,
  requestingUrl: string | undefined,
  entry: AppEntry,
): boolean {
  return grantedPermissions.has(permission) && requestingUrl !== undefined && isAppUrl(requestingUrl, entry)
}

function openIfAllowed(url: string, log: Pick<Logger, 'warn'>): void {
  const allowed = allowedExternalUrl(url)
  if (!allowed) {
    log.warn(`Refused to open a link outside Herald: ${url.slice(0, 200)}`)
    return
  }
  shell
    .openExternal(allowed.href)
    .catch((error: unknown) => log.warn(`Could not open ${allowed.href}`, error))
}

export type HardenOptions = { entry: AppEntry; log: Pick<Logger, 'warn'> }

type NavigationEvent = { url: string; preventDefault(): void }

export function hardenWebContents(contents: WebContents, options: HardenOptions): void {
  const { entry, log } = options
  contents.setWindowOpenHandler(({ url }) => {
    openIfAllowed(url, log)
    return { action: 'deny' }
  })
  contents.on('will-navigate', (event: NavigationEvent) => {
    if (isAppUrl(event.url, entry)) return
    event.preventDefault()
    // A plain link (without target=_blank) to a WhatsApp help page still reaches the user's browser.
    openIfAllowed(event.url, log)
  })
  contents.on('will-redirect', (event: NavigationEvent) => {
    if (isAppUrl(event.url, entry)) return
    event.preventDefault()
    log.warn(`Blocked a redirect to ${event.url.slice(0, 200)}`)
  })
  contents.on('will-attach-webview', (event: { preventDefault(): void }) => event.preventDefault())
  // Herald's page has no frames of its own: a frame that appears anyway never navigates anywhere
  contents.on('will-frame-navigate', (event: NavigationEvent & { isMainFrame?: boolean }) => {
    if (event.isMainFrame) return
    event.preventDefault()
    log.warn(`Blocked a frame navigating to ${event.url.slice(0, 200)}`)
  })
}

export function hardenSession(session: Session, entry: AppEntry): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(isPermissionGranted(permission, details.requestingUrl, entry))
  })
  session.setPermissionCheckHandler((_contents, permission, _origin, details) =>
    isPermissionGranted(permission, details.requestingUrl, entry),
  )
  const csp = entry.kind === 'dev' ? devServerCsp : appCsp
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [csp] } })
  })
}
