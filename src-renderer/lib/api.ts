import type { HeraldApi, RequestChannel } from '../../src-shared/ipc/contract'
import { wordFailure } from '../i18n/phrases'
import type { AppFailure } from '../../src-shared/ipc/result'
import { takeHostToken } from './host-token'
import { createWsClient } from './ws-client'
import type { ConnectionStatus } from './ws-client'

declare global {
  /** Exposed by the Electron preload as `window.api`; absent when the renderer runs in a plain browser. */
  var api: HeraldApi | undefined
}

export type { ConnectionStatus } from './ws-client'

export type Connection = {
  status: () => ConnectionStatus
  onStatus(listener: (status: ConnectionStatus) => void): () => void
}

function hostSocketUrl(token: string): string {
  const scheme = location.protocol === 'https:' ? 'wss' : 'ws'
  return `${scheme}://${location.host}/api?token=${encodeURIComponent(token)}`
}

const refusal: AppFailure = {
  code: 'UNAVAILABLE',
  message:
    'This Herald page can only be opened with the link Herald printed when it started (it carries a key). ' +
    'Copy that link from the window where Herald runs.',
}

// Opened without the printed link: nothing to connect with, so every request says how to get in.
const withoutToken: HeraldApi = {
  invoke: () => Promise.resolve({ ok: false, error: refusal }),
  on: () => () => undefined,
} as unknown as HeraldApi

type Picked = { api: HeraldApi; connection: Connection; refusal: string | null; token: string | null }

function pickApi(): Picked {
  if (window.api) {
    // The Electron bridge lives as long as the window, so it never loses its connection.
    const connection: Connection = { status: () => 'open', onStatus: () => () => undefined }
    return { api: window.api, connection, refusal: null, token: null }
  }
  // Reaching sessionStorage throws where the browser blocks storage; takeHostToken copes with that.
  const storage = {
    getItem: (key: string) => sessionStorage.getItem(key),
    setItem: (key: string, value: string) => sessionStorage.setItem(key, value),
  }
  const token = takeHostToken({ location, history, storage })
  if (!token) {
    const connection: Connection = { status: () => 'lost', onStatus: () => () => undefined }
    return { api: withoutToken, connection, refusal: refusal.message, token: null }
  }
  const client = createWsClient(hostSocketUrl(token))
  return { api: client.api, connection: client, refusal: null, token }
}

const picked = pickApi()

/**
 * The one way the renderer talks to Herald's services. A failure arrives with its words in the window's
 * language (i18n/phrases.ts).
 */
export const api: HeraldApi = {
  invoke: (async (channel: RequestChannel, input: unknown) => {
    const result = await picked.api.invoke(channel, input as never)
    return result.ok ? result : { ok: false, error: wordFailure(result.error) }
  }) as HeraldApi['invoke'],
  on: picked.api.on.bind(picked.api),
}

/** Whether the services can be reached; only the browser run can lose them. */
export const connection: Connection = picked.connection

/** Why the browser run cannot start here (the page was opened without Herald's link), or null. */
export const startRefusal: string | null = picked.refusal

/** The browser run's key, for its other address (downloads, see download.ts); null in the desktop app. */
export const hostToken: string | null = picked.token
