import { z } from 'zod'

/**
 * The values a phrase's message takes: "{name}", "{count, plural, …}"; or a phrase of its own, worded in the
 * same language before it takes its place ("{problem} Herald paused the campaign…", a size, a duration).
 */
export type PhraseParams = { [name: string]: string | number | Phrase }

/**
 * A sentence for the user carried as its catalogue key and values rather than as words: the main process
 * says what happened (`phrase('system.failure.internal')`) and each reader words it in their own
 * language — the window in Settings' language, the CLI and the log in English (./wording.ts).
 */
export type Phrase = { key: string; params?: PhraseParams }

/** How deep phrases may sit inside phrases: a sentence, its reason, the reason's size, and one more. */
export const maxPhraseNesting = 3

/** A phrase with up to `nesting` levels of phrases inside it: finite, so a deeper one is refused as it is read. */
function phraseSchemaTo(nesting: number): z.ZodType<Phrase> {
  const flat = z.union([z.string(), z.number()])
  const value = nesting > 0 ? z.union([z.string(), z.number(), phraseSchemaTo(nesting - 1)]) : flat
  return z
    .object({
      key: z.string().min(1).max(200),
      params: z.record(z.string(), value).optional(),
    })
    .strict()
}

export const PhraseSchema: z.ZodType<Phrase> = phraseSchemaTo(maxPhraseNesting)

/** A phrase of the catalogues; the key is written out here so that a test can find every one in use. */
export function phrase(key: string, params?: PhraseParams): Phrase {
  return params ? { key, params } : { key }
}

/** Whether a message's value is a phrase of its own (rather than a string, a number, a date…). */
export function isPhrase(value: unknown): value is Phrase {
  return typeof value === 'object' && value !== null && typeof (value as { key?: unknown }).key === 'string'
}

/** The values a message takes: each phrase among `params` worded first, by `say`. */
export function flatParams<V>(
  params: Readonly<Record<string, V | Phrase>> | undefined,
  say: (said: Phrase) => string,
): Record<string, V | string> | undefined {
  if (!params) return undefined
  return Object.fromEntries(
    Object.entries(params).map(([name, value]) => [name, isPhrase(value) ? say(value) : value]),
  )
}

/** Every key a phrase needs, its own and those of the phrases inside it. */
export function phraseKeys(said: Phrase): string[] {
  const inner = Object.values(said.params ?? {}).filter(isPhrase)
  return [said.key, ...inner.flatMap(phraseKeys)]
}

/**
 * `said` worded by `format` (one message, its values flat), the phrases inside it first; null when `knows`
 * misses one of its keys, for a reader that then shows the English the phrase came with, whole.
 */
export function sayKnown(
  said: Phrase,
  knows: (key: string) => boolean,
  format: (key: string, values?: Record<string, string | number>) => string,
): string | null {
  if (!phraseKeys(said).every(knows)) return null
  const word = (inner: Phrase): string => format(inner.key, flatParams(inner.params, word))
  return word(said)
}
