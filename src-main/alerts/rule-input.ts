import {
  AlertRuleInputSchema,
  defaultOptOutThreshold,
  secretProblem,
  webhookUrlProblem,
} from '../../src-shared/domain/alerts'
import type { RuleFields, AlertRuleRecord } from '../db/repos/alerts-repo'
import { AppError } from '../errors'

/** NOT_FOUND for a rule that is not there (removed meanwhile, or a wrong id). */
export function ruleGone(): AppError {
  return new AppError('NOT_FOUND', 'There is no such alert rule any more. Look at the list of alerts again.')
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
      parsed.error.issues.map((issue) => [issue.path.join('.') || 'rule', issue.message]),
    )
    throw new AppError(
      'BAD_INPUT',
      `This alert rule is not valid: ${Object.values(fields).join(' ')}`,
      fields,
    )
  }
  const rule = parsed.data
  const before = rule.id === undefined ? null : existing(rule.id)
  const webhookUrl = rule.webhookUrl?.trim() || null
  const given = rule.secret !== undefined && rule.secret.trim() !== '' ? rule.secret : null
  const secret = webhookUrl === null ? null : (given ?? before?.webhookSecret ?? null)
  const problems: Record<string, string> = {}
  if (!rule.notify && webhookUrl === null)
    problems.notify = 'Choose where the alert goes: a desktop notification, a webhook, or both.'
  const urlProblem = webhookUrl === null ? null : webhookUrlProblem(webhookUrl)
  if (urlProblem) problems.webhookUrl = urlProblem
  if (webhookUrl !== null && secret === null)
    problems.secret = 'Enter a secret for the webhook: the service checks each alert’s signature with it.'
  const weakSecret = given === null ? null : secretProblem(given)
  if (webhookUrl !== null && weakSecret) problems.secret = weakSecret
  if (Object.keys(problems).length > 0)
    throw new AppError('BAD_INPUT', Object.values(problems).join(' '), problems)
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
