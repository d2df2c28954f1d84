import { createHmac } from 'node:crypto'
import { webhookUrlPhrase } from '../../src-shared/domain/alerts'
import { phrase } from '../../src-shared/i18n/phrase'
import type { Phrase } from '../../src-shared/i18n/phrase'
import { english } from '../../src-shared/i18n/wording'
import { appVersion } from '../version'

export type WebhookRequest = {
  url: string
  /** The JSON as it is posted: the signature is of these very bytes. */
  body: string
  secret: string
  event: string
  deliveryId: string
}

/**
 * What became of one post; `retry` when trying again later may go better (the network, 5xx, 429). A failure
 * says why in English (`error`) and as a phrase for the window (`errorPhrase`).
 */
export type WebhookOutcome = {
  delivered: boolean
  httpStatus: number | null
  error: string | null
  errorPhrase?: Phrase
  retry: boolean
}

export type WebhookOptions = {
  /** Node's fetch by default; tests may pass another. */
  fetch?: typeof fetch
  /** How long the service has to answer: 5 seconds by default. */
  timeoutMs?: number
}

export const webhookTimeoutMs = 5000

/** The X-Herald-Signature header: `sha256=` and the hex HMAC-SHA256 of the raw body with the rule's secret. */
export function signature(body: string, secret: string): string {
  return `sha256=${createHmac('sha256', secret).update(body, 'utf8').digest('hex')}`
}

const failed = (said: Phrase, retry: boolean, httpStatus: number | null = null): WebhookOutcome => ({
  delivered: false,
  httpStatus,
  error: english(said),
  errorPhrase: said,
  retry,
})

/** What the service's answer means for the alert, in words. */
function answered(status: number): WebhookOutcome {
  if (status >= 200 && status < 300) return { delivered: true, httpStatus: status, error: null, retry: false }
  if (status >= 300 && status < 400)
    return failed(phrase('reporting.alertDelivery.redirect', { status }), false, status)
  if (status === 429) return failed(phrase('reporting.alertDelivery.tooMany', { again: 'no' }), true, status)
  if (status >= 500)
    return failed(phrase('reporting.alertDelivery.serverError', { status, again: 'no' }), true, status)
  return failed(phrase('reporting.alertDelivery.refused', { status }), false, status)
}

/** A post that got no answer, in words. */
function unanswered(error: unknown, url: string, timeoutMs: number): WebhookOutcome {
  const name = error instanceof Error ? error.name : ''
  if (name === 'TimeoutError' || name === 'AbortError')
    return failed(phrase('reporting.alertDelivery.timeout', { seconds: timeoutMs / 1000, again: 'no' }), true)
  const cause = error instanceof Error ? (error.cause as { code?: string } | undefined) : undefined
  const host = new URL(url).host
  return failed(
    phrase('reporting.alertDelivery.unreachable', {
      host,
      code: cause?.code ?? 'none',
      again: 'no',
    }),
    true,
  )
}

/**
 * Posts one alert: JSON, signed with the rule's secret, within the timeout. Never throws: the outcome says
 * what happened. Redirects are not followed, so an alert only ever goes to the address the user gave.
 */
export async function postWebhook(
  request: WebhookRequest,
  options: WebhookOptions = {},
): Promise<WebhookOutcome> {
  const problem = webhookUrlPhrase(request.url)
  if (problem) return failed(problem, false)
  const timeoutMs = options.timeoutMs ?? webhookTimeoutMs
  const post = options.fetch ?? fetch
  try {
    const response = await post(request.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'user-agent': `Herald/${appVersion}`,
        'x-herald-event': request.event,
        'x-herald-delivery': request.deliveryId,
        'x-herald-signature': signature(request.body, request.secret),
      },
      body: request.body,
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    })
    // The answer's body is not needed: let the connection go
    await response.body?.cancel().catch(() => undefined)
    return answered(response.status)
  } catch (error) {
    return unanswered(error, request.url, timeoutMs)
  }
}
