import type { Phrase } from '../../../src-shared/i18n/phrase'
import { PhraseSchema } from '../../../src-shared/i18n/phrase'

/** A phrase as a `…_phrase` column keeps it (JSON), or null when there is none. */
export function phraseText(said: Phrase | null | undefined): string | null {
  return said ? JSON.stringify(said) : null
}

/** The phrase of a `…_phrase` column; null when it holds none, or none Herald can read (its English shows). */
export function storedPhrase(json: string | null): Phrase | null {
  if (json === null) return null
  try {
    const parsed = PhraseSchema.safeParse(JSON.parse(json))
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}
