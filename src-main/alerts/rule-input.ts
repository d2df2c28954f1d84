import type { z } from 'zod'
import {
  AlertRuleInputSchema,
  defaultOptOutThreshold,
  maxSecretLength,
  maxWebhookUrl,
  minSecretLength,
  secretCheck,
  webhookUrlCheck,
  webhookUrlPhrase,
  secretPhrase,
} from '../../src-shared/domain/alerts'
import type { SecretProblem, WebhookUrlProblem } from '../../src-shared/domain/alerts'
import { phrase } from '../../src-shared/i18n/phrase'
import type { Phrase } from '../../src-shared/i18n/phrase'
import { english } from '../../src-shared/i18n/wording'
import type { RuleFields, AlertRuleRecord } from '../db/repos/alerts-repo'
import { AppError } from '../errors'

/** NOT_FOUND for a rule that is not there (removed meanwhile, or a wrong id). */
export function ruleGone(): AppError {
  return new AppError('NOT_FOUND', phrase('reporting.alertRule.gone'))
}

/** A field the schema refused: the threshold in words of its own, any other in zod's (English) words. */
function issueWords(issue: z.core.$ZodIssue): string | Phrase {
  if (issue.path[0] === 'threshold' && issue.code === 'too_small')
    return phrase('reporting.alertRule.thresholdLow', { min: 0.1 })
  if (issue.path[0] === 'threshold' && issue.code === 'too_big')
    return phrase('reporting.alertRule.thresholdHigh', { max: 100 })
  return issue.message
}

/**
 * The message of a refusal: the one problem, or both a webhook can have at once (its address and its
 * secret) in one phrase, so that the window says them in its language and the command line in English.
 */
function refusal(
  problems: Record<string, Phrase>,
  kinds: { url: WebhookUrlProblem | null; secret: SecretProblem | 'missing' | null },
): Phrase {
  const { url, secret } = kinds
  if (url && secret)
    return phrase('reporting.alertRule.urlAndSecret', {
      url,
      secret,
      urlMax: maxWebhookUrl,
      secretMin: minSecretLength,
      secretMax: maxSecretLength,
    })
  return Object.values(problems)[0] ?? phrase('reporting.alertRule.noTarget')
}

/**
 * The fields to store for a new rule or a change (`id`), checked together: BAD_INPUT naming each field that
 * is wrong and what to do. A change that leaves the secret out keeps the rule's own.
 */
export function ruleFields(
  input: unknown,
  existing: (ruleId: number) => AlertRuleRecord,
): { id: number | undefined; fields: RuleFields } {
  const parsed = AlertRuleInputSchema.safeParse(input)
  if (!parsed.success) {
    const fields = Object.fromEntries(
      parsed.error.issues.map((issue) => [issue.path.join('.') || 'rule', issueWords(issue)]),
    )
    const words = Object.values(fields).map((said) => (typeof said === 'string' ? said : english(said)))
    throw new AppError(
      'BAD_INPUT',
      phrase('reporting.alertRule.invalid', { problems: words.join(' ') }),
      fields,
    )
  }
  const rule = parsed.data
  const before = rule.id === undefined ? null : existing(rule.id)
  const webhookUrl = rule.webhookUrl?.trim() || null
  const given = rule.secret !== undefined && rule.secret.trim() !== '' ? rule.secret : null
  const secret = webhookUrl === null ? null : (given ?? before?.webhookSecret ?? null)
  const problems: Record<string, Phrase> = {}
  if (!rule.notify && webhookUrl === null) problems.notify = phrase('reporting.alertRule.noTarget')
  const urlKind = webhookUrl === null ? null : webhookUrlCheck(webhookUrl)
  const urlProblem = webhookUrl === null ? null : webhookUrlPhrase(webhookUrl)
  if (urlProblem) problems.webhookUrl = urlProblem
  let secretKind: SecretProblem | 'missing' | null = null
  if (webhookUrl !== null && secret === null) {
    secretKind = 'missing'
    problems.secret = phrase('reporting.alertRule.noSecret')
  }
  const weakSecret = given === null ? null : secretPhrase(given)
  if (webhookUrl !== null && given !== null && weakSecret) {
    secretKind = secretCheck(given)
    problems.secret = weakSecret
  }
  if (Object.keys(problems).length > 0)
    throw new AppError('BAD_INPUT', refusal(problems, { url: urlKind, secret: secretKind }), problems)
  const threshold =
    rule.event === 'opt-out-rate' ? (rule.threshold ?? before?.threshold ?? defaultOptOutThreshold) : null
  return {
    id: rule.id,
    fields: {
      event: rule.event,
      threshold,
      notify: rule.notify,
      webhookUrl,
      webhookSecret: secret,
      includeText: webhookUrl !== null && rule.includeText,
      enabled: rule.enabled,
    },
  }
}
