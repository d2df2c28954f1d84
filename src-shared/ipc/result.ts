import type { Phrase } from '../i18n/phrase'

/** What went wrong, in categories the renderer can act on. */
export const errorCodes = [
  'BAD_INPUT',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'UNAVAILABLE',
  'INTERNAL',
] as const
export type ErrorCode = (typeof errorCodes)[number]

/**
 * A failure as it crosses a process boundary: a code, a sentence for the user, and per-field messages, in
 * English; and, when the main process said them as phrases, their keys and values, which the window words in
 * the user's language (src-renderer/lib/api.ts).
 */
export type AppFailure = {
  code: ErrorCode
  message: string
  fields?: Record<string, string>
  phrase?: Phrase
  fieldPhrases?: Record<string, Phrase>
}

/** Every request over IPC or the WebSocket resolves to a Result; nothing throws across the bridge. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: AppFailure }

export function ok<T>(value: T): Result<T> {
  return { ok: true, value }
}

export function fail(code: ErrorCode, message: string, fields?: Record<string, string>): Result<never> {
  return { ok: false, error: fields ? { code, message, fields } : { code, message } }
}
