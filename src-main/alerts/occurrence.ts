import type { AlertEvent, WebhookBody } from '../../src-shared/domain/alerts'
import type { PauseCause } from '../../src-shared/domain/campaigns'

/**
 * Something an alert rule may be told of, in the words and figures every channel needs. `summary` never
 * holds what contacts wrote or their numbers; `detail` (Herald's full words, which may quote them) goes to
 * the notification on this computer, and to a webhook only when its rule allows it.
 */
export type Occurrence = {
  event: AlertEvent
  /** Names what happened (a campaign's finish, one pause): a rule alerts once for it. */
  key: string
  /** When it happened (ms). */
  at: number
  dryRun: boolean
  campaign: { id: number; name: string } | null
  number: { id: number; name: string } | null
  cause: PauseCause | null
  figures: Record<string, number> | null
  report: { scheduleId: number; name: string } | null
  title: string
  summary: string
  detail: string | null
}

/** Each pause cause in a fixed sentence: what a webhook may say of it without quoting anyone. */
export const causeWords: Readonly<Record<PauseCause, string>> = {
  user: 'You paused it.',
  connection: 'WhatsApp stopped being connected.',
  disconnected: 'WhatsApp disconnected while sending.',
  session_lost: 'WhatsApp logged this computer out.',
  rate_limited: 'WhatsApp is limiting this number.',
  breaker: 'Messages kept failing or were not delivered: Herald paused to protect your number.',
  safety: 'Several people asked to stop or did not seem to know you: Herald paused to protect your number.',
  storage: 'Herald could not record a message in its database.',
  unexpected_error: 'Herald met an unexpected problem.',
}

/** The JSON posted for an occurrence; `detail` only when the rule allows message text. */
export function webhookBody(
  occurrence: Occurrence,
  meta: { deliveryId: string; workspace: string; test: boolean; includeText: boolean },
): string {
  const body: WebhookBody = {
    version: 1,
    id: meta.deliveryId,
    event: occurrence.event,
    test: meta.test,
    time: new Date(occurrence.at).toISOString(),
    workspace: meta.workspace,
    dryRun: occurrence.dryRun,
    title: occurrence.title,
    summary: occurrence.summary,
    campaign: occurrence.campaign,
    number: occurrence.number,
    cause: occurrence.cause,
    causeText: occurrence.cause ? causeWords[occurrence.cause] : null,
    figures: occurrence.figures,
    report: occurrence.report,
    ...(meta.includeText && occurrence.detail !== null ? { detail: occurrence.detail } : {}),
  }
  return JSON.stringify(body)
}

/** What "Send test" sends: an alert of the rule's kind, said to be a test, with made-up figures. */
export function testOccurrence(event: AlertEvent, at: number): Occurrence {
  return {
    event,
    key: `test:${at}`,
    at,
    dryRun: true,
    campaign: { id: 0, name: 'Test campaign' },
    number: event === 'disconnected' ? { id: 1, name: 'Test number' } : null,
    cause: event === 'paused' || event === 'breaker' ? 'breaker' : null,
    figures: { total: 50, sent: 48, failed: 2 },
    report: event === 'schedule-failed' ? { scheduleId: 0, name: 'Test report' } : null,
    title: 'Test alert from Herald',
    summary: 'This is a test: when the real thing happens, Herald sends an alert like this one.',
    detail: 'A test alert, sent with "Send test". Nothing happened to your campaigns.',
  }
}
