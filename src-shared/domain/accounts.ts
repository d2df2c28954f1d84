import { z } from 'zod'
import { WhatsAppStateSchema } from './whatsapp'

/** The longest name of a sending number ("Shop phone", "Maria's"). */
export const maxAccountName = 40
/** The most numbers one campaign goes out on. */
export const maxCampaignAccounts = 10

export const AccountNameSchema = z
  .string()
  .trim()
  .min(1, { error: 'Give the number a name, such as "Shop phone".' })
  .max(maxAccountName, { error: `Keep the name under ${maxAccountName} characters.` })

/** A sending number: its own WhatsApp login, budget, warm-up and breaker. */
export const AccountSchema = z.object({
  id: z.number().int().positive(),
  name: z.string(),
  /** The number, once WhatsApp linked it (E.164). */
  phone: z.string().nullable(),
  createdAt: z.string(),
  linkedAt: z.string().nullable(),
  /** "This number has sent to customers for months": no warm-up. */
  established: z.boolean(),
})
export type Account = z.infer<typeof AccountSchema>

/** A number on the Connect screen: its connection and today's use of its budget. */
export const AccountViewSchema = AccountSchema.extend({
  state: WhatsAppStateSchema,
  /** Messages it sent in the last 24 hours, and what its pace allows in a day (null: no cap known). */
  sentToday: z.number().int(),
  dailyCap: z.number().int().nullable(),
  /** The warm-up day of a new number; null once it is over. */
  warmUpDay: z.number().int().nullable(),
  /** Whether a campaign is sending on it in this process. */
  sending: z.boolean(),
})
export type AccountView = z.infer<typeof AccountViewSchema>

/** The header badge: "2 of 3 numbers connected". */
export function connectedSummary(states: readonly { status: string }[]): string {
  const ready = states.filter((s) => s.status === 'ready').length
  if (states.length === 1) return ready === 1 ? 'Connected' : 'Not connected'
  return `${ready} of ${states.length} numbers connected`
}
