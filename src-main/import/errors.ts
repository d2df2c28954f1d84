import type { Phrase } from '../../src-shared/i18n/phrase'
import { AppError } from '../errors'

/**
 * The file cannot be imported for a reason the user can fix. The phrase says what is wrong and what to do,
 * and is shown as it is (in the window's language); it never carries a library's wording or a stack.
 */
export class ImportFileError extends AppError {
  declare readonly phrase: Phrase

  constructor(message: Phrase) {
    super('BAD_INPUT', message)
    this.name = 'ImportFileError'
  }
}
