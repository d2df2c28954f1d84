import type { Variant, VariantRule } from '../../../src-shared/domain/campaigns'
import type { Translate } from '../../i18n/use-t'
import { quoted } from './names'

type ConditionRule = Extract<VariantRule, { kind: 'condition' }>

// The words of src-shared/domain/variant-rule.ts (describeRule, ruleProblems) in the window's language.

const fieldWords = (field: string): string => field.trim().replace(/[_-]+/g, ' ')

function unknownNames(t: Translate, names: string[], variants: Variant[]): string[] {
  const known = new Set(variants.map((v) => v.name))
  const unknown = [...new Set(names.filter((name) => !known.has(name)))]
  const list = quoted(
    t,
    variants.map((v) => v.name),
  )
  return unknown.map((name) => t('campaigns.rule.unknownVariant', { name, variants: list }))
}

/** What is wrong with a rule, in words for the shop owner; empty when it can be used. */
export function ruleProblemWords(t: Translate, rule: VariantRule, variants: Variant[]): string[] {
  switch (rule.kind) {
    case 'single':
      return []
    case 'split': {
      const used = Object.entries(rule.weights).filter(([, weight]) => weight > 0)
      const total = used.reduce((sum, [, weight]) => sum + weight, 0)
      const problems =
        Math.abs(total - 100) > 1e-6
          ? [t('campaigns.rule.notHundred', { total: Math.round(total * 100) / 10000 })]
          : []
      return [
        ...problems,
        ...unknownNames(
          t,
          used.map(([name]) => name),
          variants,
        ),
      ]
    }
    case 'condition': {
      const problems: string[] = []
      if (rule.field.trim() === '') problems.push(t('campaigns.rule.noField'))
      if ((rule.test === 'equals' || rule.test === 'contains') && (rule.value ?? '').trim() === '')
        problems.push(t('campaigns.rule.noValue', { field: fieldWords(rule.field) }))
      return [...problems, ...unknownNames(t, [rule.then, rule.otherwise], variants)]
    }
  }
}

function conditionWords(t: Translate, rule: ConditionRule): string {
  const values = {
    field: fieldWords(rule.field),
    value: (rule.value ?? '').trim(),
    then: rule.then,
    otherwise: rule.otherwise,
  }
  return t(`campaigns.rule.describe.${rule.test}`, values)
}

/** The rule in one plain sentence: "Contacts without a website get “creation”; the others get “enhancement”." */
export function describeRuleWords(t: Translate, rule: VariantRule): string {
  switch (rule.kind) {
    case 'single':
      return t('campaigns.rule.describe.single')
    case 'split': {
      const parts = Object.entries(rule.weights)
        .filter(([, weight]) => weight > 0)
        .map(([name, weight]) =>
          t('campaigns.rule.describe.share', { share: Math.round(weight * 100) / 10000, name }),
        )
      return parts.length === 0
        ? t('campaigns.rule.describe.first')
        : t('campaigns.rule.describe.split', { parts: parts.join(t('campaigns.listSeparator')) })
    }
    case 'condition':
      return conditionWords(t, rule)
  }
}
