import type { VariantRule } from '../../../src-shared/domain/campaigns'
import { UsageError } from '../io'

export const variantRuleHelp = [
  '--variant-rule single                         every contact gets variant A (the default)',
  '--variant-rule split:A=50,B=50                A/B split by percentage',
  '--variant-rule field:website:empty:creation:enhancement',
  '                                              no website → "creation", a website → "enhancement"',
  '    tests: empty, not_empty, equals=VALUE, contains=VALUE',
].join('\n')

function split(text: string, usage: string): VariantRule {
  const weights: Record<string, number> = {}
  for (const part of text.split(',')) {
    const [name, weight] = part.split('=')
    const value = Number(weight)
    if (!name?.trim() || weight === undefined || !Number.isFinite(value)) {
      throw new UsageError(`Write the split as NAME=PERCENT,NAME=PERCENT, not "${text}".`, usage)
    }
    weights[name.trim()] = value
  }
  return { kind: 'split', weights }
}

function condition(parts: string[], usage: string): VariantRule {
  const [field, testText, then, otherwise] = parts
  if (!field || !testText || !then || !otherwise || parts.length !== 4) {
    throw new UsageError('Write the field rule as field:FIELD:TEST:THEN:OTHERWISE.', usage)
  }
  const [test, ...valueParts] = testText.split('=')
  const value = valueParts.join('=')
  if (test === 'empty' || test === 'not_empty') return { kind: 'condition', field, test, then, otherwise }
  if ((test === 'equals' || test === 'contains') && value !== '') {
    return { kind: 'condition', field, test, value, then, otherwise }
  }
  throw new UsageError(
    `Unknown test "${testText}": use empty, not_empty, equals=VALUE or contains=VALUE.`,
    usage,
  )
}

/** Reads --variant-rule as typed on the command line. */
export function parseVariantRule(text: string, usage: string): VariantRule {
  const trimmed = text.trim()
  if (trimmed === 'single') return { kind: 'single' }
  if (trimmed.startsWith('split:')) return split(trimmed.slice('split:'.length), usage)
  if (trimmed.startsWith('field:')) return condition(trimmed.slice('field:'.length).split(':'), usage)
  throw new UsageError(`Unknown variant rule "${text}".`, usage)
}
