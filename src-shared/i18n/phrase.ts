import { z } from 'zod'

/** The values a phrase's message takes: "{name}", "{count, plural, …}". */
export type PhraseParams = Record<string, string | number>

/**
 * A sentence for the user carried as its catalogue key and values rather than as words: the main process
 * says what happened (`phrase('system.failure.internal')`) and each reader words it in their own
 * language — the window in Settings' language, the CLI and the log in English (./wording.ts).
 */
export type Phrase = { key: string; params?: PhraseParams }

export const PhraseSchema = z
  .object({
    key: z.string().min(1).max(200),
    params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  })
  .strict()

/** A phrase of the catalogues; the key is written out here so that a test can find every one in use. */
export function phrase(key: string, params?: PhraseParams): Phrase {
  return params ? { key, params } : { key }
}
