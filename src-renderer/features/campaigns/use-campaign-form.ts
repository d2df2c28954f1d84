import { useState } from 'react'
import type { CampaignInput, Template, Variant, VariantRule } from '../../../src-shared/domain/campaigns'
import type { campaignPacePresets } from '../../../src-shared/domain/campaigns'
import { maxSkipRecentDays } from '../../../src-shared/domain/campaigns'
import type { ContactList } from '../../../src-shared/domain/contacts'
import type { Translate } from '../../i18n/use-t'
import { ruleProblemWords } from './rule-words'
import { accountsInput, sendFromError } from './send-from'
import type { NumbersChoice } from './send-from'

export type Pace = (typeof campaignPacePresets)[number]
export type ConditionTest = Extract<VariantRule, { kind: 'condition' }>['test']
export type Condition = { field: string; test: ConditionTest; value: string; then: string; otherwise: string }
/** "Leave out contacts messaged in the last [days] days", as ticked and typed. */
export type RecentChoice = { on: boolean; days: string }

export type CampaignForm = {
  name: string
  listId: number | null
  templateId: number | null
  ruleKind: 'split' | 'condition'
  /** Percentages as typed, by variant name; a message with other variant names starts from an even split. */
  weights: Record<string, string>
  condition: Condition | null
  pace: Pace | null
  dryRun: boolean
  startMode: 'now' | 'later'
  /** As the datetime-local input gives it: "2025-06-03T14:30", local time. */
  startAt: string
  /** Null until the user changes it: the Settings default applies. */
  recent: RecentChoice | null
  /** "Send from", once there are several numbers; null until the user changes it: the first number alone. */
  numbers: NumbersChoice | null
}

export type FormErrors = Partial<
  Record<'list' | 'template' | 'rule' | 'startAt' | 'pace' | 'recent' | 'numbers', string>
>

// Offered when Settings leave the cap off: a week is what most shops choose.
const suggestedRecentDays = 7

/** The cap as the form shows it: the user's choice, or the Settings default (`campaign.skipRecentDays`). */
export function recentFor(form: CampaignForm, settingDays: number): RecentChoice {
  return (
    form.recent ?? {
      on: settingDays > 0,
      days: String(settingDays > 0 ? settingDays : suggestedRecentDays),
    }
  )
}

/** The days to leave out as the campaign is created: 0 when off, null while the number typed is not one. */
export function recentDays(choice: RecentChoice): number | null {
  if (!choice.on) return 0
  const text = choice.days.trim()
  const days = Number(text)
  return /^\d+$/.test(text) && days >= 1 && days <= maxSkipRecentDays ? days : null
}

export function evenWeights(variants: Variant[]): Record<string, string> {
  const share = Math.floor(100 / variants.length)
  const rest = 100 - share * variants.length
  return Object.fromEntries(variants.map((v, i) => [v.name, String(i === 0 ? share + rest : share)]))
}

/** The weights typed for this message, or an even split when they belong to another message. */
export function weightsFor(form: CampaignForm, variants: Variant[]): Record<string, string> {
  const fits =
    variants.every((v) => v.name in form.weights) && Object.keys(form.weights).length === variants.length
  return fits ? form.weights : evenWeights(variants)
}

/**
 * The list New campaign offers first: the newest list read from a spreadsheet. A retry's list (made from a
 * campaign, so read from no sheet) is for that retry only, so it is chosen only when there is nothing else.
 */
export function defaultList(lists: readonly ContactList[]): ContactList | null {
  return lists.find((list) => list.sheet !== '') ?? lists[0] ?? null
}

/** The fields a rule can test on this list: its own columns, then the name every contact has. */
export function listFields(list: ContactList | null): string[] {
  return [...new Set([...(list?.fieldKeys ?? []), 'name'])]
}

export function conditionFor(form: CampaignForm, variants: Variant[], fields: string[]): Condition {
  const names = variants.map((v) => v.name)
  const c = form.condition
  if (c && names.includes(c.then) && names.includes(c.otherwise)) return c
  // "Has a website?" is the usual question, when the list has websites; otherwise its first field.
  const field = fields.includes('website') ? 'website' : (fields[0] ?? 'name')
  return { field, test: 'empty', value: '', then: names[0] ?? '', otherwise: names[1] ?? names[0] ?? '' }
}

export function ruleFor(form: CampaignForm, template: Template | null, fields: string[]): VariantRule {
  const variants = template?.variants ?? []
  if (variants.length < 2) return { kind: 'single' }
  if (form.ruleKind === 'split') {
    const typed = weightsFor(form, variants)
    return {
      kind: 'split',
      weights: Object.fromEntries(variants.map((v) => [v.name, Number(typed[v.name]) || 0])),
    }
  }
  const c = conditionFor(form, variants, fields)
  const value = c.test === 'equals' || c.test === 'contains' ? c.value : undefined
  return { kind: 'condition', field: c.field, test: c.test, value, then: c.then, otherwise: c.otherwise }
}

/** The date-time input's value as an instant, or null when it is not a time. */
export function startInstant(local: string): Date | null {
  const date = new Date(local)
  return local && !Number.isNaN(date.getTime()) ? date : null
}

type Context = {
  list: ContactList | null
  template: Template | null
  rule: VariantRule
  pace: Pace
  recent: RecentChoice
  /** The numbers it goes out from (see chosenNumbers); left out where the form offers no choice. */
  sendFrom?: readonly number[]
  now: number
}

export function validate(t: Translate, form: CampaignForm, context: Context): FormErrors {
  const errors: FormErrors = {}
  if (!context.list) errors.list = t('campaigns.form.error.noList')
  else if (context.list.counts.valid === 0) errors.list = t('campaigns.form.error.emptyList')
  if (!context.template) errors.template = t('campaigns.form.error.noMessage')
  const problems = context.template ? ruleProblemWords(t, context.rule, context.template.variants) : []
  if (problems.length) errors.rule = problems.join(' ')
  if (context.pace === 'none' && !form.dryRun) errors.pace = t('campaigns.form.error.noWaiting')
  if (recentDays(context.recent) === null)
    errors.recent = t('campaigns.form.error.recentDays', { max: maxSkipRecentDays })
  const numbers = context.sendFrom ? sendFromError(t, form.numbers, context.sendFrom) : null
  if (numbers) errors.numbers = numbers
  if (form.startMode === 'later') {
    const at = startInstant(form.startAt)
    if (!at) errors.startAt = t('campaigns.form.error.noStart')
    else if (at.getTime() <= context.now) errors.startAt = t('campaigns.form.error.startPassed')
  }
  return errors
}

export function inputFor(form: CampaignForm, context: Context, fallbackName: string): CampaignInput {
  const at = form.startMode === 'later' ? startInstant(form.startAt) : null
  return {
    name: form.name.trim() || fallbackName,
    listId: context.list?.id ?? 0,
    templateId: context.template?.id ?? 0,
    dryRun: form.dryRun,
    pace: context.pace,
    variantRule: context.rule,
    scheduledAt: at ? at.toISOString() : undefined,
    skipRecentDays: recentDays(context.recent) ?? undefined,
    accounts: accountsInput(form.numbers, context.sendFrom),
  }
}

export function useCampaignForm(initial: Partial<CampaignForm>): {
  form: CampaignForm
  update: (patch: Partial<CampaignForm>) => void
} {
  const [form, setForm] = useState<CampaignForm>(() => ({
    name: '',
    listId: null,
    templateId: null,
    ruleKind: 'split',
    weights: {},
    condition: null,
    pace: null,
    dryRun: true,
    startMode: 'now',
    startAt: '',
    recent: null,
    numbers: null,
    ...initial,
  }))
  return { form, update: (patch) => setForm((f) => ({ ...f, ...patch })) }
}
