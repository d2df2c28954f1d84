import type { Clock } from '../clock'
import { TransportError } from '../transport/transport'

/**
 * Races a call into WhatsApp Web against a time limit on the given clock. The call keeps running in the page
 * after the limit: its late answer (or rejection) is dropped here, never surfaced as an unhandled one.
 */
export async function withinTime<T>(clock: Clock, work: Promise<T>, doing: string, ms: number): Promise<T> {
  const done = new AbortController()
  work.catch(() => undefined)
  const limit = new Promise<never>((_resolve, reject) => {
    void clock.sleep(ms, done.signal).then(() => {
      if (done.signal.aborted) return
      reject(
        new TransportError('timeout', `WhatsApp Web did not answer within ${ms / 1000} s while ${doing}.`),
      )
    })
  })
  try {
    return await Promise.race([work, limit])
  } finally {
    done.abort()
  }
}
