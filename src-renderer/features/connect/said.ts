import type { Phrase } from '../../../src-shared/i18n/phrase'
import type { Translate } from '../../i18n/use-t'

/**
 * A phrase of the main process (a connection problem, its advice, a test message's outcome) in the words of
 * `t`, so that the views stay plain functions of `t`; the English it came with when `t` does not know its
 * key (a catalogue reads an unknown key as the key itself), as an older window would not.
 */
export function sayWith(t: Translate, said: Phrase | null | undefined, english: string): string {
  if (!said) return english
  const worded = t(said.key, said.params)
  return worded === said.key ? english : worded
}
