import { defaultOptOutThreshold, secretPhrase, webhookUrlPhrase } from '../../../src-shared/domain/alerts'
import type { AlertDelivery, AlertEvent, AlertRule, AlertRuleInput } from '../../../src-shared/domain/alerts'
import type { Say, Translate } from '../../i18n/use-t'

/** An event's name: "A campaign finished". */
export const eventWord = (t: Translate, event: AlertEvent): string => t(`alerts.event.${event}`)

/** What a rule watches for, in words: "Opt-out rate reaches 5 %" for the one with a threshold. */
export function ruleWhen(t: Translate, rule: Pick<AlertRule, 'event' | 'threshold'>): string {
  if (rule.event === 'opt-out-rate')
    return t('alerts.rule.optOutRate', { threshold: rule.threshold ?? defaultOptOutThreshold })
  return eventWord(t, rule.event)
}

/** Where a rule's alert goes: "Desktop notification and webhook" (the screen shows the address under it). */
export function ruleTargets(t: Translate, rule: Pick<AlertRule, 'notify' | 'webhookUrl'>): string {
  if (rule.notify && rule.webhookUrl) return t('alerts.targets.both')
  if (rule.notify) return t('alerts.targets.notification')
  return rule.webhookUrl ? t('alerts.targets.webhook') : t('alerts.targets.nowhere')
}

export type Outcome = { label: string; tone: 'done' | 'waiting' | 'failed' }

/** What became of one attempt, in a word or two. */
export function deliveryOutcome(
  t: Translate,
  d: Pick<AlertDelivery, 'status' | 'channel' | 'httpStatus'>,
): Outcome {
  // The HTTP status is a code, written as it is ("200"), not as a figure of the language
  const code = d.httpStatus ? String(d.httpStatus) : ''
  if (d.status === 'delivered')
    return d.channel === 'notification'
      ? { label: t('alerts.outcome.shown'), tone: 'done' }
      : {
          label: code ? t('alerts.outcome.deliveredCode', { code }) : t('alerts.outcome.delivered'),
          tone: 'done',
        }
  if (d.status === 'pending') return { label: t('alerts.outcome.pending'), tone: 'waiting' }
  if (d.status === 'sending') return { label: t('alerts.outcome.sending'), tone: 'waiting' }
  return {
    label: code ? t('alerts.outcome.failedCode', { code }) : t('alerts.outcome.failed'),
    tone: 'failed',
  }
}

/** Why an attempt failed, in the window's language when Herald said it as a phrase; null when it did not fail. */
export function deliveryError(say: Say, d: Pick<AlertDelivery, 'error' | 'errorPhrase'>): string | null {
  return d.error === null ? null : say(d.errorPhrase, d.error)
}

/** What "Send test" did, in a sentence: each channel's outcome, then the sentence's own full stop. */
export function testWords(
  t: Translate,
  made: readonly AlertDelivery[],
  say: Say = (_said, english) => english,
): string {
  const parts = made.map((d) => {
    const error = (deliveryError(say, d) ?? '').replace(/[.।]$/, '')
    if (d.channel === 'notification')
      return d.status === 'delivered'
        ? t('alerts.test.notificationShown')
        : t('alerts.test.notificationFailed', { error })
    if (d.status === 'delivered')
      return t('alerts.test.webhookAnswered', { code: d.httpStatus ? String(d.httpStatus) : 'OK' })
    return error ? t('alerts.test.webhookFailed', { error }) : t('alerts.test.webhookFailedNoReason')
  })
  return t('alerts.test.sent', { parts: parts.join(t('alerts.test.separator')) })
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
  t: Translate,
  draft: RuleDraft,
  hasSecret: boolean,
): Partial<Record<keyof RuleDraft, string>> {
  const problems: Partial<Record<keyof RuleDraft, string>> = {}
  if (!draft.notify && !draft.webhook) problems.notify = t('alerts.form.problem.noTarget')
  if (draft.event === 'opt-out-rate') {
    const share = Number(draft.threshold)
    if (draft.threshold.trim() === '' || !Number.isFinite(share) || share < 0.1 || share > 100)
      problems.threshold = t('alerts.form.problem.threshold', { min: 0.1, max: 100, example: 5 })
  }
  if (draft.webhook) {
    const url = webhookUrlWords(t, draft.webhookUrl)
    if (url) problems.webhookUrl = url
    if (draft.secret !== '' || !hasSecret) {
      const secret = draft.secret === '' ? t('alerts.form.problem.noSecret') : secretWords(t, draft.secret)
      if (secret) problems.secret = secret
    }
  }
  return problems
}

/**
 * What is wrong with a webhook address, in words; null when Herald may post to it. The rule and its phrase
 * are the service's own (webhookUrlPhrase in src-shared/domain/alerts.ts), which it checks again.
 */
export function webhookUrlWords(t: Translate, url: string): string | null {
  const said = webhookUrlPhrase(url)
  return said && t(said.key, said.params)
}

/** What is wrong with a signing secret, in words (secretPhrase's rule); null when it will do. */
export function secretWords(t: Translate, secret: string): string | null {
  const said = secretPhrase(secret)
  return said && t(said.key, said.params)
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
