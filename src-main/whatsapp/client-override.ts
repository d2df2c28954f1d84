import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { findInstalledBrowser } from './browser'
import type { BrowserFound } from './browser'
import type { WaClient, WaClientFactory, WaClientOptions } from './client'

/**
 * `HERALD_WHATSAPP_CLIENT=<path to a module>`: outside a packaged build, every process (the CLI, the
 * browser run, the desktop app) uses the module's default export instead of whatsapp-web.js's `Client`, so
 * a whole `herald wa login` → `herald campaign run` can be rehearsed against a WhatsApp that behaves as a
 * test wants (src-main/whatsapp/rehearsal-client.ts is one). The class is constructed with Herald's client
 * options (WaClientOptions) and must offer the part of `Client` that WaClient describes.
 */
export const clientOverrideVariable = 'HERALD_WHATSAPP_CLIENT'

export function clientOverride(
  env: NodeJS.ProcessEnv,
  packaged: boolean,
): { factory: WaClientFactory; module: string } | null {
  const value = env[clientOverrideVariable]?.trim()
  if (!value || packaged) return null
  const module = path.resolve(value)
  return { module, factory: (options) => construct(module, options) }
}

/**
 * A stand-in needs no browser: the one found is passed on, and on a computer without one the client is
 * still made (with no browser path) rather than refused with "no browser found".
 */
export function browserForStandIn(
  find: (configured: string) => BrowserFound = findInstalledBrowser,
): (configured: string) => BrowserFound {
  return (configured) => {
    const found = find(configured)
    return found.ok ? found : { ok: true, path: '', source: 'environment' }
  }
}

type ClientClass = new (options: WaClientOptions) => WaClient

async function construct(module: string, options: WaClientOptions): Promise<WaClient> {
  const loaded = (await load(module)) as { default?: unknown }
  // A TypeScript module loaded through tsx may arrive wrapped once more
  const exported = (loaded.default as { default?: unknown } | undefined)?.default ?? loaded.default
  if (typeof exported !== 'function') {
    throw new Error(
      `${clientOverrideVariable}: ${module} has no default export class to use as the WhatsApp client.`,
    )
  }
  return new (exported as ClientClass)(options)
}

function load(module: string): Promise<unknown> {
  if (/\.[mc]?ts$/.test(module)) {
    // TypeScript from the source tree: tsx (a development dependency) compiles it on the way in
    const api = 'tsx/esm/api'
    return import(/* @vite-ignore */ api).then(
      (tsx: { tsImport: (m: string, parent: string) => Promise<unknown> }) =>
        tsx.tsImport(pathToFileURL(module).href, pathToFileURL(__filename).href),
    )
  }
  return import(/* @vite-ignore */ pathToFileURL(module).href)
}
