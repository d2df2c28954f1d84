// Stands in for lib/api in the slices' tests: `vi.mock('…/lib/api', () => import('…/fake-api.test-support'))`.
// Each test says what the main process answers on each channel, and may hold an answer back to choose the
// order in which answers arrive.
import type { HeraldApi, Input, Output, RequestChannel } from '../../src-shared/ipc/contract'
import type { Result } from '../../src-shared/ipc/result'
import type { Connection } from '../lib/api'

type Answer<C extends RequestChannel> = (input: Input<C>) => Result<Output<C>> | Promise<Result<Output<C>>>

const answers = new Map<RequestChannel, (input: unknown) => unknown>()

/** Every request the slices made, in order. */
export const requests: { channel: RequestChannel; input: unknown }[] = []

/** What the fake main process answers on a channel from now on. */
export function answer<C extends RequestChannel>(channel: C, reply: Answer<C>): void {
  answers.set(channel, reply as (input: unknown) => unknown)
}

/** A promise the test settles when it wants: an answer still on its way. */
export function held<T>(): { promise: Promise<T>; settle: (value: T) => void } {
  let settle: (value: T) => void = () => undefined
  const promise = new Promise<T>((resolve) => {
    settle = resolve
  })
  return { promise, settle }
}

export function resetFakeApi(): void {
  answers.clear()
  requests.length = 0
}

export const api = {
  invoke(channel: RequestChannel, input: unknown) {
    requests.push({ channel, input })
    const reply = answers.get(channel)
    if (!reply)
      return Promise.resolve({
        ok: false,
        error: { code: 'UNAVAILABLE', message: `No answer on ${channel}` },
      })
    return Promise.resolve(reply(input))
  },
  on: () => () => undefined,
} as unknown as HeraldApi

export const connection: Connection = { status: () => 'open', onStatus: () => () => undefined }

export const startRefusal: string | null = null

/** Lets every answer already given reach the store. */
export function settled(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0))
}
