import type { AlertEvent, AlertNotice, WebhookBody } from '../../src-shared/domain/alerts'
import type { PauseCause } from '../../src-shared/domain/campaigns'
import { phrase } from '../../src-shared/i18n/phrase'
import type { Phrase } from '../../src-shared/i18n/phrase'
import { english } from '../../src-shared/i18n/wording'

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
  /** In English: what a webhook and the delivery log keep. */
  title: string
  summary: string
  detail: string | null
  /**
   * The same words as phrases, sentence by sentence, so that the notification speaks the user's language;
   * left out where Herald has only the English (a sentence another part of Herald wrote in English).
   */
  titlePhrase?: Phrase
  summaryPhrases?: Phrase[]
  detailPhrases?: Phrase[]
}

/**
 * A sentence of an occurrence: a phrase; words Herald has only in English; or another part of Herald's
 * sentence, its English as it was written there with its phrase when it has one.
 */
export type Said = Phrase | string | { text: string; phrase?: Phrase | null }

const inEnglish = (said: Said): string =>
  typeof said === 'string' ? said : 'key' in said ? english(said) : said.text

const phraseOf = (said: Said): Phrase | null =>
  typeof said === 'string' ? null : 'key' in said ? said : (said.phrase ?? null)

function phrasesOf(parts: readonly Said[]): Phrase[] | undefined {
  const phrases = parts.map(phraseOf)
  return phrases.every((said) => said !== null) ? phrases : undefined
}

/**
 * An occurrence's title, summary and detail from their sentences: in English for every channel, and as
 * phrases for the notification wherever every sentence of a part has one.
 */
export function worded(
  title: Phrase,
  summary: readonly Said[],
  detail: readonly Said[] | null = null,
): Pick<Occurrence, 'title' | 'summary' | 'detail' | 'titlePhrase' | 'summaryPhrases' | 'detailPhrases'> {
  const summaryPhrases = phrasesOf(summary)
  const detailPhrases = detail && phrasesOf(detail)
  return {
    title: english(title),
    summary: summary.map(inEnglish).join(' '),
    detail: detail && detail.map(inEnglish).join(' '),
    titlePhrase: title,
    ...(summaryPhrases ? { summaryPhrases } : {}),
    ...(detailPhrases ? { detailPhrases } : {}),
  }
}

/**
 * The phrases of an occurrence's notification (its title; its detail, else its summary), for the
 * window and the desktop to word in the user's language; none for a part said only in English.
 */
export function noticePhrases(occurrence: Occurrence): Pick<AlertNotice, 'titlePhrase' | 'bodyPhrases'> {
  const bodyPhrases = occurrence.detail === null ? occurrence.summaryPhrases : occurrence.detailPhrases
  return {
    ...(occurrence.titlePhrase ? { titlePhrase: occurrence.titlePhrase } : {}),
    ...(bodyPhrases ? { bodyPhrases } : {}),
  }
}

/** Each pause cause in a fixed sentence: what a webhook may say of it without quoting anyone. */
export const causePhrases: Readonly<Record<PauseCause, Phrase>> = {
  user: phrase('notices.cause.user'),
  connection: phrase('notices.cause.connection'),
  disconnected: phrase('notices.cause.disconnected'),
  session_lost: phrase('notices.cause.sessionLost'),
  rate_limited: phrase('notices.cause.rateLimited'),
  breaker: phrase('notices.cause.breaker'),
  safety: phrase('notices.cause.safety'),
  storage: phrase('notices.cause.storage'),
  unexpected_error: phrase('notices.cause.unexpectedError'),
}

/** The causes in English, as a webhook's `causeText` says them. */
export const causeWords: Readonly<Record<PauseCause, string>> = Object.fromEntries(
  Object.entries(causePhrases).map(([cause, said]) => [cause, english(said)]),
) as Record<PauseCause, string>

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
    ...worded(
      phrase('notices.test.title'),
      [phrase('notices.test.summary')],
      [phrase('notices.test.detail')],
    ),
  }
}
