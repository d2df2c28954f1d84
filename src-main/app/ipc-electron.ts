import type { IpcMain, IpcMainInvokeEvent } from 'electron'
import { requestChannels } from '../../src-shared/ipc/channels'
import type { EventChannel } from '../../src-shared/ipc/channels'
import { exceedsRequestSize, maxRequestBytes } from '../../src-shared/ipc/limits'
import { phrase } from '../../src-shared/i18n/phrase'
import type { Result } from '../../src-shared/ipc/result'
import { AppError } from '../errors'
import type { EventHub } from '../events'
import { dispatch } from '../ipc/dispatch'
import type { Handlers } from '../ipc/dispatch'
import type { Logger } from '../logging/logger'

export type SenderFrame = IpcMainInvokeEvent['senderFrame']

export type IpcOptions = {
  /** Whether the frame that sent a request shows Herald's own page. */
  isTrustedSender: (frame: SenderFrame) => boolean
  log: Logger
}

/** What events are forwarded to: a BrowserWindow, or anything shaped like one. */
export type EventWindow = {
  isDestroyed(): boolean
  webContents: { isDestroyed(): boolean; send(channel: EventChannel, payload: unknown): void }
}

function senderDescription(frame: SenderFrame): string {
  return frame ? frame.url.slice(0, 200) || 'a frame without a URL' : 'a frame that no longer exists'
}

const tooLarge = (channel: string): Result<never> =>
  new AppError(
    'BAD_INPUT',
    phrase('system.request.tooLarge', { channel, megabytes: Math.round(maxRequestBytes / 1024 / 1024) }),
  ).toFailureResult()

/**
 * Serves every request channel over ipcMain. A request from any frame that is not Herald's own page, or
 * larger than the browser run's WebSocket accepts, is refused before its input is even parsed; the rest go through `dispatch`, so nothing throws across the bridge.
 * Returns the function that removes the handlers.
 */
export function registerIpc(
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>,
  handlers: Handlers,
  options: IpcOptions,
): () => void {
  const { isTrustedSender, log } = options
  for (const channel of requestChannels) {
    ipcMain.handle(channel, (event: IpcMainInvokeEvent, input: unknown): Promise<Result<unknown>> => {
      const frame = event.senderFrame
      if (!isTrustedSender(frame)) {
        log.warn(`Refused "${channel}" from ${senderDescription(frame)}`)
        return Promise.resolve(
          new AppError('FORBIDDEN', phrase('system.request.notFromWindow')).toFailureResult(),
        )
      }
      if (exceedsRequestSize(input)) {
        log.warn(`Refused "${channel}": its input is larger than ${maxRequestBytes} bytes`)
        return Promise.resolve(tooLarge(channel))
      }
      return dispatch(handlers, channel, input, log)
    })
  }
  return () => {
    for (const channel of requestChannels) ipcMain.removeHandler(channel)
  }
}

/** Sends every main-process event to one window until it is destroyed; returns the unsubscribe. */
export function forwardEvents(hub: Pick<EventHub, 'subscribe'>, target: EventWindow): () => void {
  return hub.subscribe((event, payload) => {
    if (target.isDestroyed() || target.webContents.isDestroyed()) return
    target.webContents.send(event, payload)
  })
}
