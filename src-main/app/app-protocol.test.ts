import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { appResponse, registerAppScheme, serveApp } from './app-protocol'
import { protocol, resetElectronFake, session } from './fake-electron.test-support'
import { appCsp, appPageUrl } from './security'

vi.mock('electron', () => import('./fake-electron.test-support'))

let root: string
let rendererDir: string

beforeEach(() => {
  resetElectronFake()
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'herald-protocol-'))
  rendererDir = path.join(root, 'renderer')
  fs.mkdirSync(path.join(rendererDir, 'assets'), { recursive: true })
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Herald</title>')
  fs.writeFileSync(path.join(rendererDir, 'assets', 'index-1.js'), 'console.log(1)')
  fs.writeFileSync(path.join(root, 'secret.txt'), 'not for the page')
})

afterEach(() => fs.rmSync(root, { recursive: true, force: true }))

describe('appResponse', () => {
  it('serves the page with the strict policy as a header', async () => {
    const response = appResponse(rendererDir, appPageUrl)
    expect(response.status).toBe(200)
    expect(response.headers.get('Content-Type')).toBe('text/html; charset=utf-8')
    expect(response.headers.get('Content-Security-Policy')).toBe(appCsp)
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff')
    expect(await response.text()).toContain('<title>Herald</title>')
  })

  it('serves the built scripts, with a route in the hash or not', async () => {
    const script = appResponse(rendererDir, 'herald://app/assets/index-1.js')
    expect(script.headers.get('Content-Type')).toBe('text/javascript; charset=utf-8')
    expect(await script.text()).toBe('console.log(1)')
    expect(appResponse(rendererDir, `${appPageUrl}#/campaigns/3`).status).toBe(200)
  })

  it.each([
    'herald://app/../secret.txt',
    'herald://app/%2e%2e/secret.txt',
    'herald://app/..%2fsecret.txt',
    'herald://app/%2fetc%2fpasswd',
    'herald://app/missing.js',
    'herald://other/index.html',
    'https://app/index.html',
    'not a url',
  ])('answers 404 to %j and never reads outside the renderer folder', async (url) => {
    const response = appResponse(rendererDir, url)
    expect(response.status).toBe(404)
    expect(await response.text()).not.toContain('not for the page')
  })

  it('refuses anything but reading', () => {
    expect(appResponse(rendererDir, appPageUrl, 'POST').status).toBe(405)
    expect(appResponse(rendererDir, appPageUrl, 'HEAD').status).toBe(200)
  })
})

describe('registering the scheme', () => {
  it('makes herald:// a secure standard scheme before the app is ready', () => {
    registerAppScheme(protocol)
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'herald', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ])
  })

  it('answers the session herald:// requests from the renderer folder', async () => {
    serveApp(session.defaultSession.protocol, rendererDir)
    const handler = session.defaultSession.protocolHandlers.get('herald')
    const response = await handler?.(new Request(appPageUrl))
    expect(response?.status).toBe(200)
    expect(await response?.text()).toContain('Herald')
  })
})
