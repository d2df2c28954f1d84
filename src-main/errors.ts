import type { AppFailure, ErrorCode } from '../src-shared/ipc/result'

/**
 * A failure the user can act on. Its message is shown as it is, so it says what happened and what to do;
 * anything thrown that is not an AppError is treated as a bug: logged, and reported in general terms.
 */
export class AppError extends Error {
  readonly code: ErrorCode
  readonly fields: Record<string, string> | undefined

  constructor(code: ErrorCode, message: string, fields?: Record<string, string>) {
    super(message)
    this.name = 'AppError'
    this.code = code
    this.fields = fields
  }

  toFailure(): AppFailure {
    return this.fields
      ? { code: this.code, message: this.message, fields: this.fields }
      : { code: this.code, message: this.message }
  }
}
