import type { EventChannel, HeraldApi, RequestChannel } from '../../src-shared/ipc/contract'
import type { AppFailure, Result } from '../../src-shared/ipc/result'

/** 'connecting' before the first answer, 'open' while the host answers, 'lost' after the socket closed. */
export type ConnectionStatus = 'connecting' | 'open' | 'lost'

export type WsClient = {
  api: HeraldApi
  status: () => ConnectionStatus
  onStatus(listener: (status: ConnectionStatus) => void): () => void
}

type Resolve = (result: Result<unknown>) => void
type Incoming = { id: number; result: Result<unknown> } | { event: string; payload: unknown }

const lostConnection: AppFailure = {
  code: 'UNAVAILABLE',
  message:
    'Lost the connection to Herald. Check that the window where Herald runs is still open, then reload this page.',
}

const firstRetryMs = 500
const maxRetryMs = 15_000

function parseIncoming(data: unknown): Incoming | null {
  if (typeof data !== 'string') return null
  try {
    const message = JSON.parse(data) as unknown
    if (typeof message !== 'object' || message === null) return null
    const record = message as Record<string, unknown>
    if (typeof record.id === 'number' && typeof record.result === 'object' && record.result !== null) {
      return { id: record.id, result: record.result as Result<unknown> }
    }
    if (typeof record.event === 'string') return { event: record.event, payload: record.payload }
    return null
  } catch {
    return null
  }
}

/**
 * A HeraldApi over the browser host's WebSocket. Requests wait for the socket to open; when it closes,
 * every unanswered request resolves to an UNAVAILABLE failure and the client reconnects with backoff.
 */
export function createWsClient(url: string): WsClient {
  let socket: WebSocket | null = null
  let status: ConnectionStatus = 'connecting'
  let nextId = 1
  let retryMs = firstRetryMs
  let retryTimer: ReturnType<typeof setTimeout> | null = null
  const pending = new Map<number, Resolve>()
  const outbox: string[] = []
  const eventListeners = new Map<string, Set<(payload: unknown) => void>>()
  const statusListeners = new Set<(status: ConnectionStatus) => void>()

  const setStatus = (next: ConnectionStatus): void => {
    if (next === status) return
    status = next
    for (const listener of statusListeners) listener(next)
  }

  const handleMessage = (event: MessageEvent): void => {
    const message = parseIncoming(event.data)
    if (!message) return
    if ('id' in message) {
      pending.get(message.id)?.(message.result)
      pending.delete(message.id)
      return
    }
    for (const listener of eventListeners.get(message.event) ?? []) listener(message.payload)
  }

  const handleClose = (): void => {
    socket = null
    outbox.length = 0
    for (const resolve of pending.values()) resolve({ ok: false, error: lostConnection })
    pending.clear()
    setStatus('lost')
    retryTimer = setTimeout(connect, retryMs)
    retryMs = Math.min(retryMs * 2, maxRetryMs)
  }

  function connect(): void {
    retryTimer = null
    const ws = new WebSocket(url)
    socket = ws
    ws.onopen = () => {
      retryMs = firstRetryMs
      setStatus('open')
      for (const message of outbox.splice(0)) ws.send(message)
    }
    ws.onmessage = handleMessage
    ws.onclose = handleClose
  }

  // A request made while waiting to retry should not sit out the whole backoff.
  const connectNowIfWaiting = (): void => {
    if (socket || !retryTimer) return
    clearTimeout(retryTimer)
    connect()
  }

  const invoke = (channel: RequestChannel, input: unknown): Promise<Result<unknown>> =>
    new Promise((resolve) => {
      const id = nextId++
      pending.set(id, resolve)
      const message = JSON.stringify({ id, channel, input })
      if (socket?.readyState === WebSocket.OPEN) socket.send(message)
      else {
        outbox.push(message)
        connectNowIfWaiting()
      }
    })

  const on = (event: EventChannel, listener: (payload: unknown) => void): (() => void) => {
    const listeners = eventListeners.get(event) ?? new Set()
    listeners.add(listener)
    eventListeners.set(event, listeners)
    return () => listeners.delete(listener)
  }

  connect()
  return {
    // The host validates every input and output against the shared contract, so the casts only restore types.
    api: { invoke, on } as HeraldApi,
    status: () => status,
    onStatus: (listener) => {
      statusListeners.add(listener)
      return () => statusListeners.delete(listener)
    },
  }
}
