import {
  alertEventLabels,
  defaultOptOutThreshold,
  secretProblem,
  webhookUrlProblem,
} from '../../../src-shared/domain/alerts'
import type { AlertDelivery, AlertEvent, AlertRule, AlertRuleInput } from '../../../src-shared/domain/alerts'

/** What a rule watches for, in words: "Opt-out rate reaches 5 %" for the one with a threshold. */
export function ruleWhen(rule: Pick<AlertRule, 'event' | 'threshold'>): string {
  if (rule.event === 'opt-out-rate')
    return `Opt-out rate reaches ${rule.threshold ?? defaultOptOutThreshold}%`
  return alertEventLabels[rule.event]
}

/** Where a rule's alert goes: "Desktop notification and webhook" (the screen shows the address under it). */
export function ruleTargets(rule: Pick<AlertRule, 'notify' | 'webhookUrl'>): string {
  if (rule.notify && rule.webhookUrl) return 'Desktop notification and webhook'
  if (rule.notify) return 'Desktop notification'
  return rule.webhookUrl ? 'Webhook' : 'Nowhere'
}

export type Outcome = { label: string; tone: 'done' | 'waiting' | 'failed' }

/** What became of one attempt, in a word or two. */
export function deliveryOutcome(d: Pick<AlertDelivery, 'status' | 'channel' | 'httpStatus'>): Outcome {
  if (d.status === 'delivered')
    return d.channel === 'notification'
      ? { label: 'Shown', tone: 'done' }
      : { label: `Delivered${d.httpStatus ? ` (${d.httpStatus})` : ''}`, tone: 'done' }
  if (d.status === 'pending') return { label: 'Waiting to try again', tone: 'waiting' }
  if (d.status === 'sending') return { label: 'Sending…', tone: 'waiting' }
  return { label: d.httpStatus ? `Failed (${d.httpStatus})` : 'Failed', tone: 'failed' }
}

/** What "Send test" did, in a sentence. */
export function testWords(made: readonly AlertDelivery[]): string {
  const parts = made.map((d) => {
    if (d.channel === 'notification')
      return d.status === 'delivered'
        ? 'the desktop notification was shown'
        : `no notification: ${d.error ?? ''}`
    return d.status === 'delivered'
      ? `the webhook answered ${d.httpStatus ?? 'OK'}`
      : `the webhook failed: ${d.error ?? 'no reason given'}`
  })
  const sentence = parts.join('; ')
  return `Test sent: ${sentence}${sentence.endsWith('.') ? '' : '.'}`
}

/** The rule form as the user fills it in (numbers as typed). */
export type RuleDraft = {
  event: AlertEvent
  threshold: string
  notify: boolean
  webhook: boolean
  webhookUrl: string
  secret: string
  includeText: boolean
  enabled: boolean
}

export function draftOf(rule?: AlertRule): RuleDraft {
  return {
    event: rule?.event ?? 'finished',
    threshold: String(rule?.threshold ?? defaultOptOutThreshold),
    notify: rule?.notify ?? true,
    webhook: Boolean(rule?.webhookUrl),
    webhookUrl: rule?.webhookUrl ?? '',
    secret: '',
    includeText: rule?.includeText ?? false,
    enabled: rule?.enabled ?? true,
  }
}

/** What is wrong with the form, by field; `hasSecret`: the rule being changed keeps a secret already. */
export function draftProblems(
  draft: RuleDraft,
  hasSecret: boolean,
): Partial<Record<keyof RuleDraft, string>> {
  const problems: Partial<Record<keyof RuleDraft, string>> = {}
  if (!draft.notify && !draft.webhook)
    problems.notify = 'Choose where the alert goes: a desktop notification, a webhook, or both.'
  if (draft.event === 'opt-out-rate') {
    const share = Number(draft.threshold)
    if (draft.threshold.trim() === '' || !Number.isFinite(share) || share < 0.1 || share > 100)
      problems.threshold = 'Enter a share from 0.1 to 100, such as 5.'
  }
  if (draft.webhook) {
    const url = webhookUrlProblem(draft.webhookUrl)
    if (url) problems.webhookUrl = url
    if (draft.secret !== '' || !hasSecret) {
      const secret = draft.secret === '' ? 'Enter a secret, or press Make one.' : secretProblem(draft.secret)
      if (secret) problems.secret = secret
    }
  }
  return problems
}

/** The request that saves the form; a secret left empty keeps the rule's own. */
export function inputOf(draft: RuleDraft, id?: number): AlertRuleInput {
  return {
    ...(id === undefined ? {} : { id }),
    event: draft.event,
    threshold: draft.event === 'opt-out-rate' ? Number(draft.threshold) : null,
    notify: draft.notify,
    webhookUrl: draft.webhook ? draft.webhookUrl.trim() : null,
    ...(draft.webhook && draft.secret !== '' ? { secret: draft.secret } : {}),
    includeText: draft.webhook && draft.includeText,
    enabled: draft.enabled,
  }
}

/** A secret of 32 hexadecimal characters from the browser's random numbers. */
export function makeSecret(
  random: (bytes: Uint8Array<ArrayBuffer>) => Uint8Array = (bytes) => crypto.getRandomValues(bytes),
): string {
  return [...random(new Uint8Array(16))].map((byte) => byte.toString(16).padStart(2, '0')).join('')
}
