import type { DiskRoom } from '../disk-space'
import type { Handlers } from './dispatch'

type AnyHandler = (input: unknown) => unknown

/**
 * The same handlers, with a full disk (ENOSPC, SQLITE_FULL) from any of them put into DiskRoom's words,
 * so that dispatch answers with which folder is full and what to do, never "something went wrong".
 * A handler that answers at once still does (tests call some directly).
 */
export function explainingDiskFull(disk: Pick<DiskRoom, 'explain'>, handlers: Handlers): Handlers {
  const explained: Record<string, AnyHandler> = {}
  for (const [channel, handler] of Object.entries(handlers) as [string, AnyHandler][]) {
    explained[channel] = (input) => {
      try {
        const result = handler(input)
        return result instanceof Promise
          ? result.catch((error: unknown) => {
              throw disk.explain(error)
            })
          : result
      } catch (error) {
        throw disk.explain(error)
      }
    }
  }
  return explained as Handlers
}
