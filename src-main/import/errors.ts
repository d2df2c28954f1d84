import { AppError } from '../errors'

/**
 * The file cannot be imported for a reason the user can fix. The message says what is wrong and what to do,
 * and is shown as it is; it never carries a library's wording or a stack.
 */
export class ImportFileError extends AppError {
  constructor(message: string) {
    super('BAD_INPUT', message)
    this.name = 'ImportFileError'
  }
}
