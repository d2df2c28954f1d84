import type { Phrase } from '../../src-shared/i18n/phrase'
import { english } from '../../src-shared/i18n/wording'
import type { ErrorCode } from '../../src-shared/ipc/result'
import { AppError } from '../errors'

/**
 * A refusal for the problems of a template or a variant rule (at least one). The command line and the log read
 * every problem, in English (after `prefix`, e.g. `Variant "B": `); a failure carries one phrase, so the window
 * words the first, the one to fix first, in the user's language. `field`: the input the problems are about.
 */
export function problemsError(
  code: ErrorCode,
  problems: readonly [Phrase, ...Phrase[]],
  { prefix = '', field }: { prefix?: string; field?: string } = {},
): AppError {
  const [first] = problems
  const error = new AppError(code, first, field ? { [field]: first } : undefined)
  const all = problems.map(english).join(' ')
  error.message = `${prefix}${all}`
  if (field && error.fields) error.fields[field] = all
  return error
}

/** The problems, when there are any. */
export function someProblems(problems: readonly Phrase[]): problems is [Phrase, ...Phrase[]] {
  return problems.length > 0
}
