import { phrase } from '../../src-shared/i18n/phrase'
import { english } from '../../src-shared/i18n/wording'
import type { Detail } from '../db/repos/messages-repo'
import { TransportError } from '../transport/transport'

// Said of many messages alike: one phrase each, worded and written out once (message-rows.ts)
export const onOptOutList = phrase('sending.detail.optedOut')
export const notOnWhatsApp = phrase('sending.detail.noWhatsApp')
export const stoppedWhileSending = phrase('sending.detail.stoppedWhileSending')
export const stoppedBeforeSending = phrase('sending.detail.stoppedBeforeSending')

/** A failure's detail: Herald's own words as their phrase; WhatsApp Web's, or anything else's, as they came. */
export function failureDetail(error: unknown): Detail {
  if (error instanceof TransportError) return error.phrase ?? error.message
  return error instanceof Error ? error.message : String(error)
}

/**
 * A failure's detail followed by what Herald did next: it could not check whether the message went out, or
 * it gave up after its attempts. Herald's words for a failure that is tried again (a timeout, a network
 * problem) carry that ending themselves (their `then`), so the whole sentence is worded in one language;
 * any other detail is quoted as it is.
 */
export function detailThen(detail: Detail, then: 'uncertain' | 'gaveUp', attempts: number): Detail {
  if (typeof detail !== 'string' && detail.params && 'then' in detail.params) {
    return { key: detail.key, params: { ...detail.params, then, ...(then === 'gaveUp' ? { attempts } : {}) } }
  }
  const words = typeof detail === 'string' ? detail : english(detail)
  return then === 'uncertain'
    ? phrase('sending.detail.uncertainAfter', { detail: words })
    : phrase('sending.detail.gaveUpAfter', { detail: words, attempts })
}
