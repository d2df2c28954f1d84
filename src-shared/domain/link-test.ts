import { z } from 'zod'
import { PhraseSchema } from '../i18n/phrase'
import { errorCategories } from './campaigns'

/** The steps of a test message, in order: each proves one more link of the chain a campaign uses. */
export const linkTestSteps = ['connected', 'number', 'sent', 'delivered'] as const
export type LinkTestStepName = (typeof linkTestSteps)[number]

export const LinkTestStepSchema = z.object({
  step: z.enum(linkTestSteps),
  /** `waiting` while it is under way, or when it did not happen in time but nothing went wrong. */
  outcome: z.enum(['done', 'failed', 'waiting', 'not_reached']),
  /** The step in words, as the user reads it: "Number found on WhatsApp". */
  text: z.string(),
  /** Milliseconds from the start of the test to the end of this step. */
  ms: z.number().int().nonnegative().nullable(),
})
export type LinkTestStep = z.infer<typeof LinkTestStepSchema>

export const LinkTestSchema = z.object({
  status: z.enum(['running', 'succeeded', 'failed']),
  /** The number the test went to (E.164), and whether it is the account's own. */
  to: z.string(),
  toSelf: z.boolean(),
  startedAt: z.string(),
  steps: z.array(LinkTestStepSchema),
  /** One sentence: how it went. */
  summary: z.string(),
  /** The summary as a phrase, which the window words in its language (`summary` is its English). */
  summaryPhrase: PhraseSchema.optional(),
  /** What to do next, when it did not succeed. */
  advice: z.string().nullable(),
  advicePhrase: PhraseSchema.nullable().optional(),
  /** The kind of failure when the number check or the send failed: the window words its advice by it. */
  category: z.enum(errorCategories).nullable().optional(),
})
export type LinkTest = z.infer<typeof LinkTestSchema>

export const LinkTestStatusSchema = z.object({
  /** When a test message last went out on the WhatsApp login linked now (ISO), or null: never. */
  lastSuccessAt: z.string().nullable(),
  /** The test under way or the latest one of this run, to show again when the screen opens. */
  latest: LinkTestSchema.nullable(),
})
export type LinkTestStatus = z.infer<typeof LinkTestStatusSchema>

export const stepLabels: Record<LinkTestStepName, string> = {
  connected: 'WhatsApp connected',
  number: 'Number found on WhatsApp',
  sent: 'Sent: WhatsApp took the message',
  delivered: 'Delivered to the phone',
}
