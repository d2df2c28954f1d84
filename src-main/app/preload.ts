// Sandboxed preload, bundled as one CommonJS file: it may import only 'electron' and the channel names.
import { contextBridge, ipcRenderer, webUtils } from 'electron'
import type { IpcRendererEvent } from 'electron'
import { eventChannels, requestChannels } from '../../src-shared/ipc/channels'
import type {
  EventChannel,
  EventPayload,
  HeraldApi,
  Input,
  Output,
  RequestChannel,
} from '../../src-shared/ipc/contract'
import type { Result } from '../../src-shared/ipc/result'

// The page is untrusted: whatever the types say, it can pass any value as a channel name.
const requests: ReadonlySet<unknown> = new Set(requestChannels)
const events: ReadonlySet<unknown> = new Set(eventChannels)

// A page that is not Herald's own any more (a compromised renderer) must not read any file it names: the
// channels that take a path accept only the path of a file the user chose or dropped, handed out below.
const pathChannels: ReadonlySet<unknown> = new Set(['import:open-path', 'templates:attach-path'])
const chosenPaths = new Set<string>()

function describe(value: unknown): string {
  return typeof value === 'string' ? `"${value.slice(0, 100)}"` : `a ${typeof value}`
}

const api = {
  invoke<C extends RequestChannel>(channel: C, input: Input<C>): Promise<Result<Output<C>>> {
    if (!requests.has(channel)) {
      const message = `There is no request channel called ${describe(channel)}.`
      return Promise.resolve({ ok: false, error: { code: 'BAD_INPUT', message } })
    }
    if (pathChannels.has(channel)) {
      const asked = (input as { path?: unknown } | null)?.path
      if (typeof asked !== 'string' || !chosenPaths.has(asked)) {
        const message = 'Herald opens only a file you chose or dropped on its window. Choose the file again.'
        return Promise.resolve({ ok: false, error: { code: 'BAD_INPUT', message } })
      }
    }
    const sent = ipcRenderer.invoke(channel, input) as Promise<Result<Output<C>>>
    // Only a bug rejects here (an input that cannot be cloned, no handler registered); the page still gets a Result.
    return sent.catch((error: unknown) => {
      const detail = error instanceof Error ? error.message : String(error)
      const message = `Herald could not deliver the request ${describe(channel)} (${detail}). Please try again.`
      return { ok: false, error: { code: 'INTERNAL', message } }
    })
  },

  on<E extends EventChannel>(event: E, listener: (payload: EventPayload<E>) => void): () => void {
    if (!events.has(event)) throw new Error(`There is no event channel called ${describe(event)}.`)
    if (typeof listener !== 'function') throw new Error('The listener must be a function.')
    // The IpcRendererEvent carries the sender and ports; the page gets the payload only.
    const wrapped = (_event: IpcRendererEvent, payload: EventPayload<E>): void => listener(payload)
    ipcRenderer.on(event, wrapped)
    return () => {
      ipcRenderer.removeListener(event, wrapped)
    }
  },

  // The page never reads a dropped file's bytes to send them: it names the file, and the main process reads it.
  pathForFile(file: File): string {
    if (!(file instanceof File)) return ''
    try {
      const found = webUtils.getPathForFile(file)
      if (found) chosenPaths.add(found)
      return found
    } catch {
      return ''
    }
  },
} satisfies HeraldApi

contextBridge.exposeInMainWorld('api', api)
