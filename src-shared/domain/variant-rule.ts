import { phrase } from '../i18n/phrase'
import type { Phrase } from '../i18n/phrase'
import { english } from '../i18n/wording'
import type { Variant, VariantRule } from './campaigns'

type ConditionRule = Extract<VariantRule, { kind: 'condition' }>

const normaliseKey = (key: string): string => key.toLowerCase().replace(/[\s_-]+/g, '')

/**
 * A contact's value for a field key, forgiving about case, spaces, underscores and dashes, because shop
 * owners type `{{First Name}}` for a column imported as `first_name`. Missing → undefined.
 */
export function fieldValue(fields: Readonly<Record<string, string>>, key: string): string | undefined {
  const exact = fields[key]
  if (exact !== undefined) return exact
  const wanted = normaliseKey(key)
  for (const [name, value] of Object.entries(fields)) {
    if (normaliseKey(name) === wanted) return value
  }
  return undefined
}

const comparable = (text: string): string => text.normalize('NFC').trim().toLocaleLowerCase()

function conditionHolds(rule: ConditionRule, fields: Readonly<Record<string, string>>): boolean {
  const value = comparable(fieldValue(fields, rule.field) ?? '')
  const wanted = comparable(rule.value ?? '')
  switch (rule.test) {
    case 'empty':
      return value === ''
    case 'not_empty':
      return value !== ''
    case 'equals':
      return value === wanted
    case 'contains':
      return value.includes(wanted)
  }
}

function pickWeighted(
  weights: Readonly<Record<string, number>>,
  variants: Variant[],
  random: () => number,
): string {
  const first = variants[0]!.name
  const shares = variants.map((v) => Math.max(0, weights[v.name] ?? 0))
  const total = shares.reduce((sum, share) => sum + share, 0)
  if (total <= 0) return first
  let point = random() * total
  for (const [i, share] of shares.entries()) {
    if (point < share) return variants[i]!.name
    point -= share
  }
  // Rounding can leave the point a hair past the end; the last variant with a share takes it.
  const last = shares.findLastIndex((share) => share > 0)
  return variants[last]?.name ?? first
}

/**
 * The name of the variant this contact gets. 'split' draws one number from `random`; 'single' and
 * 'condition' draw none. A name the rule gives that is not among the variants falls back to the first.
 * Throws when there are no variants at all: there is nothing to send.
 */
export function chooseVariant(
  rule: VariantRule,
  variants: Variant[],
  fields: Readonly<Record<string, string>>,
  random: () => number,
): string {
  const first = variants[0]
  if (!first) throw new Error('The message has no wording to send.')
  switch (rule.kind) {
    case 'single':
      return first.name
    case 'split':
      return pickWeighted(rule.weights, variants, random)
    case 'condition': {
      const name = conditionHolds(rule, fields) ? rule.then : rule.otherwise
      return variants.some((v) => v.name === name) ? name : first.name
    }
  }
}

const quoted = (text: string): string => `“${text}”`

function unknownNames(names: string[], variants: Variant[]): Phrase[] {
  const known = new Set(variants.map((v) => v.name))
  const unknown = [...new Set(names.filter((name) => !known.has(name)))]
  const list = variants.map((v) => quoted(v.name)).join(', ')
  return unknown.map((name) => phrase('sending.rule.unknownVariant', { name, variants: list }))
}

/**
 * What is wrong with a rule, as phrases for the shop owner (the window words them in the user's language);
 * empty when it can be used.
 */
export function ruleProblemPhrases(rule: VariantRule, variants: Variant[]): Phrase[] {
  switch (rule.kind) {
    case 'single':
      return []
    case 'split': {
      const used = Object.entries(rule.weights).filter(([, weight]) => weight > 0)
      const total = used.reduce((sum, [, weight]) => sum + weight, 0)
      // A share of one, as the percentage it is written with: 120 → "120%"
      const problems =
        Math.abs(total - 100) > 1e-6
          ? [phrase('sending.rule.notHundred', { total: Math.round(total * 100) / 10000 })]
          : []
      return [
        ...problems,
        ...unknownNames(
          used.map(([name]) => name),
          variants,
        ),
      ]
    }
    case 'condition': {
      const problems: Phrase[] = []
      if (rule.field.trim() === '') problems.push(phrase('sending.rule.noField'))
      if ((rule.test === 'equals' || rule.test === 'contains') && (rule.value ?? '').trim() === '') {
        problems.push(phrase('sending.rule.noValue', { field: describeField(rule.field) }))
      }
      return [...problems, ...unknownNames([rule.then, rule.otherwise], variants)]
    }
  }
}

/** The same problems in English, for the CLI and the log. */
export function ruleProblems(rule: VariantRule, variants: Variant[]): string[] {
  return ruleProblemPhrases(rule, variants).map(english)
}

const describeField = (field: string): string => field.trim().replace(/[_-]+/g, ' ')

const withArticle = (field: string): string => `${/^[aeiou]/i.test(field) ? 'an' : 'a'} ${field}`

function describeCondition(rule: ConditionRule): string {
  const field = describeField(rule.field)
  const value = quoted((rule.value ?? '').trim())
  switch (rule.test) {
    case 'empty':
      return `Contacts without ${withArticle(field)}`
    case 'not_empty':
      return `Contacts with ${withArticle(field)}`
    case 'equals':
      return `Contacts whose ${field} is ${value}`
    case 'contains':
      return `Contacts whose ${field} contains ${value}`
  }
}

/** The rule in one plain sentence, e.g. "Contacts without a website get “creation”; the others get “enhancement”". */
export function describeRule(rule: VariantRule): string {
  switch (rule.kind) {
    case 'single':
      return 'Every contact gets the same wording.'
    case 'split': {
      const parts = Object.entries(rule.weights)
        .filter(([, weight]) => weight > 0)
        .map(([name, weight]) => `${Math.round(weight * 100) / 100}% get ${quoted(name)}`)
      return parts.length === 0
        ? 'Every contact gets the first wording.'
        : `Contacts are split at random: ${parts.join(', ')}.`
    }
    case 'condition':
      return `${describeCondition(rule)} get ${quoted(rule.then)}; the others get ${quoted(rule.otherwise)}.`
  }
}
