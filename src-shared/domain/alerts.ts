import { z } from 'zod'
import { phrase, PhraseSchema } from '../i18n/phrase'
import type { Phrase } from '../i18n/phrase'
import { english } from '../i18n/wording'

/**
 * What an alert rule watches for. 'paused': a campaign paused for any reason but the user's own Pause (the
 * protections included); 'breaker': it paused because messages kept failing or were not delivered;
 * 'opt-out-rate': the share of people who asked to stop, over the messages sent so far, reached the rule's
 * threshold; 'disconnected': a number's WhatsApp connection was lost (not the user's own Disconnect or Log
 * out); 'schedule-failed': a scheduled report could not be written.
 */
export const alertEvents = [
  'finished',
  'paused',
  'breaker',
  'opt-out-rate',
  'disconnected',
  'schedule-failed',
] as const
export type AlertEvent = (typeof alertEvents)[number]

export const alertEventLabels: Readonly<Record<AlertEvent, string>> = {
  finished: 'A campaign finished',
  paused: 'A campaign paused by itself',
  breaker: 'A campaign paused to protect your number',
  'opt-out-rate': 'Many people ask to stop',
  disconnected: 'WhatsApp disconnected',
  'schedule-failed': 'A scheduled report failed',
}

/** The default opt-out share that alerts, in percent. */
export const defaultOptOutThreshold = 5
/** The opt-out share is judged only once this many messages went out: 1 of 2 is not 50 %. */
export const optOutMinSent = 20
export const minSecretLength = 8
export const maxSecretLength = 200
export const maxWebhookUrl = 2000

export const alertEventHelp: Readonly<Record<AlertEvent, string>> = {
  finished: 'Every message of a campaign (or a dry run) has an outcome.',
  paused:
    'Herald paused a campaign: WhatsApp disconnected, the number is at risk, or a problem needs you. Not when you press Pause.',
  breaker:
    'Messages kept failing, or few were delivered: Herald paused the campaign to protect your WhatsApp number.',
  'opt-out-rate': `The share of people who replied asking to stop reaches your limit, once at least ${optOutMinSent} messages went out. Once per campaign.`,
  disconnected:
    'A number lost its WhatsApp connection (the phone or this computer went offline, or WhatsApp logged it out). Not when you disconnect it yourself.',
  'schedule-failed': 'A scheduled report could not be written (a folder gone or full, for example).',
}

/** What can be wrong with a webhook address, as data: each has its words (webhookUrlPhrase). */
export type WebhookUrlProblem = 'empty' | 'long' | 'invalid' | 'http' | 'scheme'

/**
 * What is wrong with a webhook address; null when Herald may post to it. Only https, so that what the
 * alert says cannot be read on the way; plain http only to this computer (127.0.0.1).
 */
export function webhookUrlCheck(url: string): WebhookUrlProblem | null {
  const text = url.trim()
  if (text === '') return 'empty'
  if (text.length > maxWebhookUrl) return 'long'
  let parsed: URL
  try {
    parsed = new URL(text)
  } catch {
    return 'invalid'
  }
  if (parsed.protocol === 'https:') return null
  if (parsed.protocol === 'http:' && parsed.hostname === '127.0.0.1') return null
  if (parsed.protocol === 'http:') return 'http'
  return 'scheme'
}

/** What is wrong with a webhook address, as a phrase; null when Herald may post to it. */
export function webhookUrlPhrase(url: string): Phrase | null {
  switch (webhookUrlCheck(url)) {
    case null:
      return null
    case 'empty':
      return phrase('reporting.alertRule.urlEmpty')
    case 'long':
      return phrase('reporting.alertRule.urlLong', { max: maxWebhookUrl })
    case 'invalid':
      return phrase('reporting.alertRule.urlInvalid')
    case 'http':
      return phrase('reporting.alertRule.urlHttp')
    case 'scheme':
      return phrase('reporting.alertRule.urlScheme')
  }
}

/** What is wrong with a webhook address, in English words (the command line's); null when it will do. */
export function webhookUrlProblem(url: string): string | null {
  const said = webhookUrlPhrase(url)
  return said && english(said)
}

/** What can be wrong with a signing secret, as data. */
export type SecretProblem = 'short' | 'long'

export function secretCheck(secret: string): SecretProblem | null {
  if (secret.length < minSecretLength) return 'short'
  if (secret.length > maxSecretLength) return 'long'
  return null
}

/** What is wrong with a signing secret, as a phrase; null when it will do. */
export function secretPhrase(secret: string): Phrase | null {
  switch (secretCheck(secret)) {
    case null:
      return null
    case 'short':
      return phrase('reporting.alertRule.secretShort', { min: minSecretLength })
    case 'long':
      return phrase('reporting.alertRule.secretLong', { max: maxSecretLength })
  }
}

export const AlertRuleInputSchema = z
  .object({
    /** The rule to change; left out for a new one. */
    id: z.number().int().positive().optional(),
    event: z.enum(alertEvents),
    /** 'opt-out-rate' only: the share that alerts, in percent (default 5). */
    threshold: z
      .number()
      .min(0.1, { error: 'Enter a share of at least 0.1 %.' })
      .max(100, { error: 'Enter a share of at most 100 %.' })
      .nullable()
      .optional(),
    /** A desktop notification (and a note in Herald's window). */
    notify: z.boolean(),
    /** Where to post the alert; null or left out for none. Checked by webhookUrlProblem. */
    webhookUrl: z
      .string()
      .max(maxWebhookUrl * 2)
      .nullable()
      .optional(),
    /** The webhook's signing secret; left out (or empty) when changing a rule keeps the one it has. */
    secret: z
      .string()
      .max(maxSecretLength * 2)
      .optional(),
    /** Whether the webhook may carry what contacts wrote and their numbers (Herald's full words). */
    includeText: z.boolean().default(false),
    enabled: z.boolean().default(true),
  })
  .strict()
export type AlertRuleInput = z.input<typeof AlertRuleInputSchema>

export const AlertRuleSchema = z.object({
  id: z.number().int(),
  event: z.enum(alertEvents),
  threshold: z.number().nullable(),
  notify: z.boolean(),
  webhookUrl: z.string().nullable(),
  /** The secret's last two characters behind dots ("••••••k2"): the secret itself is never shown again. */
  secretHint: z.string().nullable(),
  includeText: z.boolean(),
  enabled: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
})
export type AlertRule = z.infer<typeof AlertRuleSchema>

export const deliveryChannels = ['notification', 'webhook'] as const
export type DeliveryChannel = (typeof deliveryChannels)[number]
/** 'sending': an attempt on its way now (or cut short by a crash, tried again at the next start). */
export const deliveryStatuses = ['pending', 'sending', 'delivered', 'failed'] as const
export type DeliveryStatus = (typeof deliveryStatuses)[number]

/** One attempt to deliver one alert through one channel: the delivery log. */
export const AlertDeliverySchema = z.object({
  id: z.number().int(),
  /** The same for every attempt of one alert on one channel (the webhook's X-Herald-Delivery). */
  deliveryId: z.string(),
  ruleId: z.number().int(),
  event: z.enum(alertEvents),
  /** Sent by "Send test". */
  test: z.boolean(),
  channel: z.enum(deliveryChannels),
  attempt: z.number().int(),
  status: z.enum(deliveryStatuses),
  httpStatus: z.number().int().nullable(),
  /** Why the attempt failed, in English words, and as a phrase for the window when it was said as one. */
  error: z.string().nullable(),
  errorPhrase: PhraseSchema.nullable().optional(),
  /** When a pending attempt goes (ISO). */
  nextAttemptAt: z.string().nullable(),
  /** What the alert said, in a line ("Campaign finished: Spring sale"). */
  title: z.string(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
})
export type AlertDelivery = z.infer<typeof AlertDeliverySchema>

export const AlertDeliveriesQuerySchema = z
  .object({
    ruleId: z.number().int().positive().optional(),
    limit: z.number().int().min(1).max(500).default(100),
  })
  .strict()

/** An alert for the desktop notification and the note in Herald's window. */
export const AlertNoticeSchema = z.object({
  ruleId: z.number().int(),
  deliveryId: z.string(),
  event: z.enum(alertEvents),
  test: z.boolean(),
  dryRun: z.boolean(),
  /** In English; a window and the desktop word `titlePhrase` and `bodyPhrases` in the user's language. */
  title: z.string(),
  body: z.string(),
  campaignId: z.number().int().nullable(),
  titlePhrase: PhraseSchema.optional(),
  /** The body sentence by sentence; left out where Herald has its words only in English. */
  bodyPhrases: z.array(PhraseSchema).max(8).optional(),
})
export type AlertNotice = z.infer<typeof AlertNoticeSchema>

/**
 * The JSON body Herald posts to a webhook (README "Alerts"). Stable: fields are only ever added. It never
 * carries message bodies, what contacts wrote or their numbers; `detail` (Herald's full words, which may
 * quote them) only when the rule allows it.
 */
export type WebhookBody = {
  version: 1
  /** The delivery's id, the same on every retry (X-Herald-Delivery): a receiver ignores one it has seen. */
  id: string
  event: AlertEvent
  test: boolean
  /** When it happened (ISO, UTC). */
  time: string
  workspace: string
  dryRun: boolean
  title: string
  summary: string
  campaign: { id: number; name: string } | null
  number: { id: number; name: string } | null
  /** 'paused' and 'breaker': the pause cause as data (src-shared/domain/campaigns.ts pauseCauses). */
  cause: string | null
  causeText: string | null
  figures: Record<string, number> | null
  report: { scheduleId: number; name: string } | null
  detail?: string
}
