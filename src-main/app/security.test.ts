import fs from 'node:fs'
import path from 'node:path'
import type { Session, WebContents } from 'electron'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { FakeWebContents, resetElectronFake, session, shell } from './fake-electron.test-support'
import {
  appCsp,
  devServerCsp,
  hardenSession,
  hardenWebContents,
  isAllowedExternalUrl,
  isAppUrl,
  isLoopbackDevServer,
  isTrustedFrame,
} from './security'
import type { AppEntry } from './security'

vi.mock('electron', () => import('./fake-electron.test-support'))

const builtEntry: AppEntry = { kind: 'app', dir: path.resolve('/opt/herald/out/renderer') }
const appUrl = 'herald://app/index.html'
const devEntry: AppEntry = { kind: 'dev', url: 'http://localhost:5173/' }

const refusedExternal = [
  'https://faq.whatsapp.com.attacker.com',
  'https://faq.whatsapp.com.attacker.com/faq.whatsapp.com',
  'https://user@evil.com',
  'https://faq.whatsapp.com@evil.com/',
  'https://user:password@faq.whatsapp.com/',
  'https://evil.com/?next=https://faq.whatsapp.com',
  'https://evil.com/#faq.whatsapp.com',
  'https://faq.whatsapp.com./',
  'https://faq.whatsapp.com:8443/',
  'https://whatsapp.com/',
  'https://evilwhatsapp.com/',
  'http://faq.whatsapp.com',
  'http://web.whatsapp.com/',
  'javascript:alert(1)',
  'javascript://faq.whatsapp.com/%0Aalert(1)',
  'file:///etc/passwd',
  'data:text/html,<script>alert(1)</script>',
  'ftp://faq.whatsapp.com/',
  'https://wa.me/',
  'https://wa.me/447911200100/',
  'https://wa.me/447911200100?text=hello',
  'https://wa.me/message/ABCDEF',
  'https://wa.me/12345',
  'http://wa.me/447911200100',
  'https://wa.me.attacker.com/447911200100',
  'https://api.wa.me/447911200100',
  '//faq.whatsapp.com/',
  'faq.whatsapp.com',
  'not a url at all',
  '',
  'https://',
]

const allowedExternal = [
  'https://faq.whatsapp.com/1234567',
  'https://www.whatsapp.com/legal/business-policy',
  'https://web.whatsapp.com/',
  'https://business.whatsapp.com/policy?lang=en#top',
  'HTTPS://FAQ.WHATSAPP.COM/abc',
  'https://wa.me/447911200100',
]

function directives(csp: string): Map<string, string[]> {
  const entries = csp.split(';').map((part) => part.trim().split(/\s+/))
  return new Map(entries.map(([name = '', ...values]) => [name, values]))
}

function hardened(entry: AppEntry = builtEntry): FakeWebContents {
  const contents = new FakeWebContents()
  hardenWebContents(contents as unknown as WebContents, { entry, log: { warn: vi.fn() } })
  return contents
}

function navigate(contents: FakeWebContents, event: string, url: string): boolean {
  const preventDefault = vi.fn()
  contents.emit(event, { url, preventDefault })
  return preventDefault.mock.calls.length > 0
}

beforeEach(() => resetElectronFake())

describe('isAllowedExternalUrl', () => {
  it.each(refusedExternal)('refuses %j', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(false)
  })

  it.each(allowedExternal)('allows %j', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(true)
  })
})

describe('appCsp', () => {
  it('allows scripts from the app itself only: no inline script, no eval', () => {
    const policy = directives(appCsp)
    expect(policy.get('script-src')).toEqual(["'self'"])
    expect(policy.get('default-src')).toEqual(["'self'"])
    expect(policy.get('object-src')).toEqual(["'none'"])
    expect(policy.get('base-uri')).toEqual(["'none'"])
    expect(policy.get('frame-ancestors')).toEqual(["'none'"])
    expect(appCsp).not.toMatch(/unsafe-inline|unsafe-eval/)
  })

  it('lets the desktop page connect nowhere but itself: it talks to the main process over IPC', () => {
    expect(directives(appCsp).get('connect-src')).toEqual(["'self'"])
    expect(appCsp).not.toMatch(/ws:|wss:|http:|https:/)
  })

  it('is sent as a header by each host: the page carries no weaker policy of its own', () => {
    const html = fs.readFileSync(path.join(__dirname, '../../src-renderer/index.html'), 'utf8')
    expect(html).not.toMatch(/Content-Security-Policy/i)
  })

  it('relaxes only script-src, style-src and the hot-reload socket for the dev server', () => {
    const strict = directives(appCsp)
    const dev = directives(devServerCsp)
    expect(dev.get('script-src')).toEqual(["'self'", "'unsafe-inline'"])
    expect(dev.get('style-src')).toEqual(["'self'", "'unsafe-inline'"])
    expect(dev.get('connect-src')).toEqual(["'self'", 'ws://localhost:*', 'ws://127.0.0.1:*'])
    expect(devServerCsp).not.toContain('unsafe-eval')
    const relaxed = new Set(['script-src', 'style-src', 'connect-src'])
    for (const [name, values] of strict) {
      if (!relaxed.has(name)) expect(dev.get(name)).toEqual(values)
    }
  })
})

describe('isAppUrl', () => {
  it('accepts the built page on herald://app/, with any route in its hash or query', () => {
    expect(isAppUrl(appUrl, builtEntry)).toBe(true)
    expect(isAppUrl(`${appUrl}#/campaigns/12`, builtEntry)).toBe(true)
    expect(isAppUrl(`${appUrl}?screen=contacts`, builtEntry)).toBe(true)
  })

  it.each([
    'herald://app/other.html',
    'herald://evil/index.html',
    'herald://user@app/index.html',
    'herald://app:8080/index.html',
    'file:///opt/herald/out/renderer/index.html',
    'file:///etc/passwd',
    'https://evil.com/index.html',
    'https://app/index.html',
    'about:blank',
    'data:text/html,hello',
    'garbage',
  ])('refuses %j for the built app', (url) => {
    expect(isAppUrl(url, builtEntry)).toBe(false)
  })

  it('accepts the dev server origin only', () => {
    expect(isAppUrl('http://localhost:5173/', devEntry)).toBe(true)
    expect(isAppUrl('http://localhost:5173/#/settings', devEntry)).toBe(true)
    for (const url of [
      'http://localhost:5174/',
      'https://localhost:5173/',
      'http://localhost.evil.com:5173/',
      'http://127.0.0.1:5173/',
      'data:text/html,x',
      appUrl,
    ]) {
      expect(isAppUrl(url, devEntry), url).toBe(false)
    }
  })

  it('never matches opaque origins, even against an odd dev entry', () => {
    expect(isAppUrl('data:text/html,x', { kind: 'dev', url: 'data:text/html,y' })).toBe(false)
  })
})

describe('isLoopbackDevServer', () => {
  it('accepts http(s) on this machine only', () => {
    expect(isLoopbackDevServer('http://localhost:5173/')).toBe(true)
    expect(isLoopbackDevServer('http://127.0.0.1:5173')).toBe(true)
    expect(isLoopbackDevServer('http://[::1]:5173')).toBe(true)
    expect(isLoopbackDevServer('https://evil.com/')).toBe(false)
    expect(isLoopbackDevServer('http://localhost.evil.com:5173/')).toBe(false)
    expect(isLoopbackDevServer('file:///tmp/index.html')).toBe(false)
    expect(isLoopbackDevServer('nonsense')).toBe(false)
  })
})

describe('isTrustedFrame', () => {
  it('trusts only a live frame showing our page', () => {
    expect(isTrustedFrame({ url: `${appUrl}#/` }, builtEntry)).toBe(true)
    expect(isTrustedFrame({ url: 'https://evil.com/' }, builtEntry)).toBe(false)
    expect(isTrustedFrame({ url: '' }, builtEntry)).toBe(false)
    expect(isTrustedFrame(null, builtEntry)).toBe(false)
  })

  it('does not trust a frame inside our page, even one showing our own page', () => {
    expect(isTrustedFrame({ url: `${appUrl}#/`, parent: null }, builtEntry)).toBe(true)
    expect(isTrustedFrame({ url: `${appUrl}#/`, parent: { url: appUrl } }, builtEntry)).toBe(false)
  })
})

describe('hardenWebContents', () => {
  it('denies window.open for every URL and opens only allow-listed https links in the browser', () => {
    const contents = hardened()
    const urls = [...allowedExternal, ...refusedExternal, appUrl]
    for (const url of urls) expect(contents.openHandler?.({ url })).toEqual({ action: 'deny' })
    expect(shell.openExternal.mock.calls.map(([url]) => url)).toEqual(
      allowedExternal.map((url) => new URL(url).href),
    )
  })

  it('blocks navigation away from the app and lets the app navigate within itself', () => {
    const contents = hardened()
    expect(navigate(contents, 'will-navigate', 'https://evil.com/')).toBe(true)
    expect(navigate(contents, 'will-navigate', 'file:///etc/passwd')).toBe(true)
    expect(navigate(contents, 'will-navigate', `${appUrl}#/contacts`)).toBe(false)
    expect(shell.openExternal).not.toHaveBeenCalled()
  })

  it('sends an allow-listed link the user clicked to the browser instead of navigating', () => {
    const contents = hardened()
    expect(navigate(contents, 'will-navigate', 'https://faq.whatsapp.com/1')).toBe(true)
    expect(shell.openExternal).toHaveBeenCalledWith('https://faq.whatsapp.com/1')
  })

  it('blocks redirects away from the app and every <webview>', () => {
    const contents = hardened(devEntry)
    expect(navigate(contents, 'will-redirect', 'https://faq.whatsapp.com/')).toBe(true)
    expect(navigate(contents, 'will-redirect', 'http://localhost:5173/index.html')).toBe(false)
    expect(navigate(contents, 'will-attach-webview', 'http://localhost:5173/')).toBe(true)
    expect(shell.openExternal).not.toHaveBeenCalled()
  })

  it('blocks every navigation of a frame inside the page, and none of the main frame’s own', () => {
    const contents = hardened()
    const frameNavigates = (url: string, isMainFrame: boolean): boolean => {
      const preventDefault = vi.fn()
      contents.emit('will-frame-navigate', { url, isMainFrame, preventDefault })
      return preventDefault.mock.calls.length > 0
    }
    expect(frameNavigates('https://evil.com/', false)).toBe(true)
    expect(frameNavigates(`${appUrl}#/contacts`, false)).toBe(true)
    expect(frameNavigates(`${appUrl}#/contacts`, true)).toBe(false)
  })
})

describe('hardenSession', () => {
  const permissions = [
    'media',
    'geolocation',
    'notifications',
    'openExternal',
    'clipboard-read',
    'fullscreen',
  ]

  function request(permission: string, requestingUrl: string): boolean | undefined {
    let granted: boolean | undefined
    session.defaultSession.requestHandler?.(null, permission, (value) => (granted = value), { requestingUrl })
    return granted
  }

  it('denies every permission request, even from the app', () => {
    hardenSession(session.defaultSession as unknown as Session, builtEntry)
    for (const permission of permissions) {
      expect(request(permission, appUrl), permission).toBe(false)
      expect(
        session.defaultSession.checkHandler?.(null, permission, 'herald://app', { requestingUrl: appUrl }),
      ).toBe(false)
    }
  })

  it('grants clipboard writes to the app page only', () => {
    hardenSession(session.defaultSession as unknown as Session, builtEntry)
    expect(request('clipboard-sanitized-write', appUrl)).toBe(true)
    expect(request('clipboard-sanitized-write', 'https://evil.com/')).toBe(false)
    const check = session.defaultSession.checkHandler
    expect(check?.(null, 'clipboard-sanitized-write', 'herald://app', { requestingUrl: appUrl })).toBe(true)
    expect(check?.(null, 'clipboard-sanitized-write', 'https://evil.com', {})).toBe(false)
  })

  it('adds the CSP header and keeps the response headers', () => {
    hardenSession(session.defaultSession as unknown as Session, builtEntry)
    const callback = vi.fn()
    const responseHeaders = { 'Content-Type': ['text/html'] }
    session.defaultSession.headersHandler?.({ url: 'http://localhost/', responseHeaders }, callback)
    expect(callback).toHaveBeenCalledWith({
      responseHeaders: { 'Content-Type': ['text/html'], 'Content-Security-Policy': [appCsp] },
    })
  })

  it('serves the dev policy only for the dev server entry', () => {
    hardenSession(session.defaultSession as unknown as Session, devEntry)
    const callback = vi.fn()
    session.defaultSession.headersHandler?.({ url: 'http://localhost:5173/' }, callback)
    expect(callback).toHaveBeenCalledWith({ responseHeaders: { 'Content-Security-Policy': [devServerCsp] } })
  })
})
