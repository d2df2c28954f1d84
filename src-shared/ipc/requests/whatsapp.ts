import type { RequestChannel } from '../channels'
import { z } from 'zod'
import { AccountNameSchema, AccountSchema, AccountViewSchema } from '../../domain/accounts'
import { LinkTestSchema, LinkTestStatusSchema } from '../../domain/link-test'
import { WhatsAppStateSchema } from '../../domain/whatsapp'
import type { ChannelDef } from './common'
import { AccountId, NoInput } from './common'

/** WhatsApp: the connection, the sending numbers and their link tests. */
export const whatsappRequests = {
  'whatsapp:get-state': { input: NoInput, output: WhatsAppStateSchema },
  /**
   * Starts the browser and WhatsApp Web; progress arrives as 'whatsapp:state' events (QR, then ready).
   * `clearCache` first deletes the saved copy of WhatsApp Web (the remedy for a client stuck loading).
   */
  'whatsapp:connect': {
    input: z.object({ clearCache: z.boolean().optional() }).strict(),
    output: WhatsAppStateSchema,
  },
  /** Stops a connection attempt, closing the browser; the saved login stays. */
  'whatsapp:cancel': { input: NoInput, output: WhatsAppStateSchema },
  /** Unlinks this computer from the WhatsApp account and deletes the saved login. */
  'whatsapp:logout': { input: NoInput, output: WhatsAppStateSchema },
  /**
   * Sends one test message to the account's own number, or to `to`, and answers once it is over (up to
   * about a minute while the delivery receipt is awaited); each step arrives as 'whatsapp:test-progress'.
   */
  'whatsapp:send-test': {
    input: z.object({ to: z.string().max(40).optional() }).strict(),
    output: LinkTestSchema,
  },
  /** Whether a test message went out on this login, and the latest test of this run. */
  'whatsapp:test-status': { input: NoInput, output: LinkTestStatusSchema },
  /**
   * Opens a spreadsheet the browser run's page sent to the host (`POST /upload`, which answers the id). Its
   * progress events carry the import's session id from the first one.
   */
  /** The sending numbers, each with its connection and today's use of its budget. */
  'accounts:list': { input: NoInput, output: z.array(AccountViewSchema) },
  'accounts:add': { input: z.object({ name: AccountNameSchema }).strict(), output: AccountSchema },
  'accounts:rename': {
    input: z.object({ accountId: AccountId, name: AccountNameSchema }).strict(),
    output: AccountSchema,
  },
  /** Removes a number: its login is deleted; the history of what it sent stays. */
  'accounts:remove': { input: z.object({ accountId: AccountId }).strict(), output: z.null() },
  /** Starts the number's browser and WhatsApp Web; its QR code and progress arrive as 'accounts:state'. */
  'accounts:connect': {
    input: z.object({ accountId: AccountId, clearCache: z.boolean().optional() }).strict(),
    output: WhatsAppStateSchema,
  },
  /** Closes the number's browser; its login stays, so it reconnects without a QR code. */
  'accounts:disconnect': { input: z.object({ accountId: AccountId }).strict(), output: WhatsAppStateSchema },
  'accounts:logout': { input: z.object({ accountId: AccountId }).strict(), output: WhatsAppStateSchema },
  'accounts:send-test': {
    input: z.object({ accountId: AccountId, to: z.string().max(40).optional() }).strict(),
    output: LinkTestSchema,
  },
  'accounts:set-established': {
    input: z.object({ accountId: AccountId, established: z.boolean() }).strict(),
    output: AccountSchema,
  },
} satisfies Partial<Record<RequestChannel, ChannelDef>>
