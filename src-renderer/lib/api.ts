import type { HeraldApi } from '../../src-shared/ipc/contract'
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

function hostSocketUrl(): string {
  const scheme = location.protocol === 'https:' ? 'wss' : 'ws'
  const token = new URLSearchParams(location.search).get('token') ?? ''
  return `${scheme}://${location.host}/api?token=${encodeURIComponent(token)}`
}

function pickApi(): { api: HeraldApi; connection: Connection } {
  if (window.api) {
    // The Electron bridge lives as long as the window, so it never loses its connection.
    return { api: window.api, connection: { status: () => 'open', onStatus: () => () => undefined } }
  }
  const client = createWsClient(hostSocketUrl())
  return { api: client.api, connection: client }
}

const picked = pickApi()

/** The one way the renderer talks to Herald's services. */
export const api: HeraldApi = picked.api

/** Whether the services can be reached; only the browser run can lose them. */
export const connection: Connection = picked.connection
