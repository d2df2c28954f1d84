import { z } from 'zod'

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

export const WhatsAppStateSchema = z.object({
  status: z.enum(whatsAppStatuses),
  account: z.object({ name: z.string(), phone: z.string() }).nullable(),
  detail: z.string().nullable(),
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
