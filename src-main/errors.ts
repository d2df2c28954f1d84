import type { Phrase } from '../src-shared/i18n/phrase'
import { english } from '../src-shared/i18n/wording'
import type { AppFailure, ErrorCode, Result } from '../src-shared/ipc/result'

type Said = string | Phrase

const inEnglish = (said: Said): string => (typeof said === 'string' ? said : english(said))

/**
 * A failure the user can act on: it says what happened and what to do. Said as a phrase (a catalogue key
 * and its values), the window words it in the user's language and the CLI in English; a plain string is
 * for the CLI's own refusals, which stay English. Anything thrown that is not an AppError is treated as a
 * bug: logged, and reported in general terms.
 */
export class AppError extends Error {
  readonly code: ErrorCode
  readonly fields: Record<string, string> | undefined
  readonly phrase: Phrase | undefined
  readonly fieldPhrases: Record<string, Phrase> | undefined

  constructor(code: ErrorCode, message: Said, fields?: Record<string, Said>) {
    super(inEnglish(message))
    this.name = 'AppError'
    this.code = code
    this.phrase = typeof message === 'string' ? undefined : message
    this.fields = fields && Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, inEnglish(v)]))
    const phrased =
      fields &&
      Object.entries(fields).filter((entry): entry is [string, Phrase] => typeof entry[1] !== 'string')
    this.fieldPhrases = phrased && phrased.length > 0 ? Object.fromEntries(phrased) : undefined
  }

  toFailureResult(): Result<never> {
    return { ok: false, error: this.toFailure() }
  }

  toFailure(): AppFailure {
    return {
      code: this.code,
      message: this.message,
      ...(this.fields ? { fields: this.fields } : {}),
      ...(this.phrase ? { phrase: this.phrase } : {}),
      ...(this.fieldPhrases ? { fieldPhrases: this.fieldPhrases } : {}),
    }
  }
}
