import { z } from 'zod'
import { PhraseSchema } from '../i18n/phrase'

export const whatsAppStatuses = [
  'not_connected',
  'starting',
  'waiting_for_scan',
  'authenticating',
  'syncing',
  'ready',
  'disconnected',
  'auth_failure',
] as const
export type WhatsAppStatus = (typeof whatsAppStatuses)[number]

/** What went wrong, when it has a known remedy; the screen shows `advice` as the next step. */
export const whatsAppProblems = [
  'no_browser',
  'unreachable',
  'session_expired',
  'stuck_loading',
  'browser_crashed',
  'logged_out',
  'other',
] as const
export type WhatsAppProblem = (typeof whatsAppProblems)[number]

export const WhatsAppStateSchema = z.object({
  status: z.enum(whatsAppStatuses),
  account: z.object({ name: z.string(), phone: z.string() }).nullable(),
  detail: z.string().nullable(),
  /** The detail as a phrase, which the window words in its language (`detail` is its English). */
  detailPhrase: PhraseSchema.nullable().optional(),
  /** The text to draw as a QR code while waiting for a scan; it changes every ~20 s. */
  qr: z.string().nullable(),
  problem: z
    .object({
      kind: z.enum(whatsAppProblems),
      message: z.string(),
      advice: z.string(),
      /** The message and the advice as phrases, for the window's language; the English above for the rest. */
      messagePhrase: PhraseSchema.optional(),
      advicePhrase: PhraseSchema.optional(),
    })
    .nullable(),
  /** When this state began (ISO). */
  since: z.string().nullable(),
  /** Set while Herald waits to try again by itself with the saved login: which try is next, and when (ISO). */
  reconnect: z.object({ attempt: z.number().int().positive(), at: z.string() }).nullable().optional(),
})
export type WhatsAppState = z.infer<typeof WhatsAppStateSchema>

export const statusLabels: Record<WhatsAppStatus, string> = {
  not_connected: 'Not connected',
  starting: 'Starting browser',
  waiting_for_scan: 'Waiting for QR scan',
  authenticating: 'Authenticating',
  syncing: 'Syncing',
  ready: 'Connected',
  disconnected: 'Disconnected',
  auth_failure: 'Login failed',
}

/** Before any connection attempt in this run. */
export const notConnected: WhatsAppState = {
  status: 'not_connected',
  account: null,
  detail: null,
  qr: null,
  problem: null,
  since: null,
}
