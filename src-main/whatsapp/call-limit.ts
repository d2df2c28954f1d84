import { phrase } from '../../src-shared/i18n/phrase'
import type { Clock } from '../clock'
import { TransportError } from '../transport/transport'

/**
 * What Herald was asking WhatsApp Web to do, which a failure's detail names ("while checking the number");
 * a code, so that the window words it in its language (sending.detail.* in the catalogues).
 */
export type WaCall =
  'sending' | 'sendingMessage' | 'checkingNumber' | 'readingChat' | 'lookingUpContact' | 'openingChat'

/**
 * Races a call into WhatsApp Web against a time limit on the given clock. The call keeps running in the page
 * after the limit: its late answer (or rejection) is dropped here, never surfaced as an unhandled one.
 * `doing` names the call: a `WaCall`, which the catalogues word in every language; other words stay as they are.
 */
export async function withinTime<T>(clock: Clock, work: Promise<T>, doing: string, ms: number): Promise<T> {
  const done = new AbortController()
  work.catch(() => undefined)
  const limit = new Promise<never>((_resolve, reject) => {
    void clock.sleep(ms, done.signal).then(() => {
      if (done.signal.aborted) return
      const seconds = ms / 1000
      reject(
        new TransportError('timeout', phrase('sending.detail.noAnswer', { seconds, doing, then: 'none' })),
      )
    })
  })
  try {
    return await Promise.race([work, limit])
  } finally {
    done.abort()
  }
}
