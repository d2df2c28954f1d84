import { phrase } from '../i18n/phrase'
import type { Phrase } from '../i18n/phrase'
import { english } from '../i18n/wording'
import type { Variant, VariantRule } from './campaigns'
import { seededRandom } from './random'
import { chooseVariant, fieldValue } from './variant-rule'

/** `fallback` is the text as written; `alternative` is it parsed, since a fallback may hold a {a|b} choice. */
type Field = { key: string; fallback: string | null; alternative: Parsed | null; at: number }
type Token =
  | { kind: 'text'; value: string; at: number }
  | { kind: 'open' | 'close' | 'pipe'; at: number }
  | ({ kind: 'field' } & Field)
type Node = string | ({ kind: 'field' } & Field) | { kind: 'spin'; options: Node[][]; at: number }
type Problem = { at: number; said: Phrase }
type Parsed = { nodes: Node[]; problems: Problem[] }

/** Stands where something rendered empty, so the tidy-up knows which spaces were ours to remove. */
const HOLE = '\uE000'

function fieldToken(inner: string, at: number): Token {
  const bar = inner.indexOf('|')
  const key = (bar < 0 ? inner : inner.slice(0, bar)).trim()
  const fallback = bar < 0 ? null : inner.slice(bar + 1).trim()
  return { kind: 'field', key, fallback, alternative: fallback === null ? null : parse(fallback), at }
}

/**
 * Where the `}}` closing a placeholder opened at `at` is, or -1 when the `{{` is two choice openings
 * instead, which is how `{{Hi|Hello} there|Hey}` nests. Braces may be used in the fallback only.
 */
function placeholderEnd(body: string, at: number): number {
  let depth = 0
  let end = -1
  for (let i = at + 2; i < body.length && end < 0; i++) {
    const c = body[i]
    if (c === '\\') i++
    else if (c === '{') depth++
    else if (c === '}' && depth > 0) depth--
    else if (c === '}') end = body[i + 1] === '}' ? i : body.length
  }
  const key = body.slice(at + 2, end).split('|')[0]!
  return end < 0 || end === body.length || /[{}]/.test(key) ? -1 : end
}

function tokenize(body: string): Token[] {
  const tokens: Token[] = []
  let text = ''
  let textAt = 0
  const push = (token: Token): void => {
    if (text !== '') tokens.push({ kind: 'text', value: text, at: textAt })
    text = ''
    tokens.push(token)
  }
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!
    if (text === '') textAt = i
    if (c === '\\' && '{}|\\'.includes(body[i + 1] ?? 'x')) {
      text += body[++i]!
    } else if (c === '{' && body[i + 1] === '{' && placeholderEnd(body, i) >= 0) {
      const end = placeholderEnd(body, i)
      push(fieldToken(body.slice(i + 2, end), i))
      i = end + 1
    } else if (c === '{' || c === '}' || c === '|') {
      push({ kind: c === '{' ? 'open' : c === '}' ? 'close' : 'pipe', at: i })
    } else text += c
  }
  if (text !== '') tokens.push({ kind: 'text', value: text, at: textAt })
  return tokens
}

/** Pairs every `{` with its `}`; the ones left over are shown as literal braces and reported. */
function matchBraces(tokens: Token[]): { pairs: Map<number, number>; strays: number[] } {
  const pairs = new Map<number, number>()
  const open: number[] = []
  const strays: number[] = []
  tokens.forEach((token, i) => {
    if (token.kind === 'open') open.push(i)
    if (token.kind !== 'close') return
    const start = open.pop()
    if (start === undefined) strays.push(i)
    else pairs.set(start, i)
  })
  return { pairs, strays: [...strays, ...open].sort((a, b) => a - b) }
}

function near(body: string, at: number, length = 1): string {
  let start = Math.max(0, at - 12)
  const space = body.indexOf(' ', start)
  if (start > 0 && space >= 0 && space < at) start = space + 1
  let end = Math.min(body.length, at + length + 12)
  const lastSpace = body.lastIndexOf(' ', end)
  if (end < body.length && lastSpace > at + length) end = lastSpace
  return `'${body.slice(start, end).replace(/\s+/g, ' ').trim()}'`
}

function strayProblems(body: string, tokens: Token[], strays: number[]): Problem[] {
  const problems: Problem[] = []
  let skipAt = -1
  for (const index of strays) {
    const { at, kind } = tokens[index]!
    if (at === skipAt) continue
    const doubled = body[at + 1] === (kind === 'open' ? '{' : '}')
    if (doubled) skipAt = at + 1
    const params = { near: near(body, at, 2) }
    let said: Phrase
    if (kind === 'open')
      said = doubled
        ? phrase('sending.template.unclosedPlaceholder', params)
        : phrase('sending.template.unclosed', params)
    else
      said = doubled
        ? phrase('sending.template.unopenedPlaceholder', params)
        : phrase('sending.template.unopened', params)
    problems.push({ at, said })
  }
  return problems
}

function spinProblems(body: string, at: number, end: number, options: Node[][]): Problem[] {
  const where = near(body, at, end - at + 1)
  if (options.length === 1) {
    const only = options[0]!
    const word = only.length === 1 && typeof only[0] === 'string' ? only[0].trim() : ''
    const said = /^[\p{L}\p{N}_ -]+$/u.test(word)
      ? phrase('sending.template.oneOptionField', { near: where, field: word })
      : phrase('sending.template.oneOption', { near: where })
    return [{ at, said }]
  }
  if (options.some((option) => option.length === 0))
    return [{ at, said: phrase('sending.template.emptyOption', { near: where }) }]
  return []
}

/** The token ranges of a choice's options: split on the `|`s that are not inside a nested choice. */
function optionRanges(
  tokens: Token[],
  pairs: Map<number, number>,
  open: number,
  close: number,
): [number, number][] {
  const ranges: [number, number][] = []
  let start = open + 1
  for (let j = open + 1; j < close; j++) {
    const inner = pairs.get(j)
    if (inner !== undefined) j = inner
    else if (tokens[j]!.kind === 'pipe') {
      ranges.push([start, j])
      start = j + 1
    }
  }
  return [...ranges, [start, close]]
}

function parse(body: string): Parsed {
  const tokens = tokenize(body)
  const { pairs, strays } = matchBraces(tokens)
  const problems = strayProblems(body, tokens, strays)
  // `{{name}` is one mistake: the lone `{` already reported stands for both braces.
  const reportedAt = new Set(strays.map((index) => tokens[index]!.at + 1))
  const build = (from: number, to: number): Node[] => {
    const nodes: Node[] = []
    for (let i = from; i < to; i++) {
      const token = tokens[i]!
      const close = pairs.get(i)
      if (token.kind === 'text') nodes.push(token.value)
      else if (token.kind === 'field') {
        const inFallback = token.alternative?.problems ?? []
        problems.push(...inFallback.map((problem) => ({ ...problem, at: token.at })))
        if (token.key === '') {
          problems.push({
            at: token.at,
            said: phrase('sending.template.noFieldName', { near: near(body, token.at, 4) }),
          })
        }
        nodes.push(token)
      } else if (token.kind === 'open' && close !== undefined) {
        const options = optionRanges(tokens, pairs, i, close).map(([a, b]) => build(a, b))
        if (!reportedAt.has(token.at))
          problems.push(...spinProblems(body, token.at, tokens[close]!.at, options))
        nodes.push({ kind: 'spin', options, at: token.at })
        i = close
      } else nodes.push(token.kind === 'open' ? '{' : token.kind === 'close' ? '}' : '|')
    }
    return nodes
  }
  const nodes = build(0, tokens.length)
  return { nodes, problems: problems.sort((a, b) => a.at - b.at) }
}

const cache = new Map<string, Parsed>()

/** Templates are rendered once per contact, so the few bodies of a campaign are parsed once. */
function parsed(body: string): Parsed {
  let hit = cache.get(body)
  if (!hit) {
    if (cache.size >= 50) cache.delete(cache.keys().next().value!)
    hit = parse(body)
    cache.set(body, hit)
  }
  return hit
}

/** Every {{field}} in the body, in order of appearance (each key/fallback pair once), in every choice. */
export function placeholdersOf(body: string): { key: string; fallback: string | null }[] {
  const found = new Map<string, { key: string; fallback: string | null }>()
  const walk = (nodes: Node[]): void => {
    for (const node of nodes) {
      if (typeof node === 'string') continue
      if (node.kind === 'spin') node.options.forEach(walk)
      else if (node.key !== '') {
        const id = `${node.key}|${node.fallback ?? ''}|${node.fallback === null}`
        if (!found.has(id)) found.set(id, { key: node.key, fallback: node.fallback })
        walk(node.alternative?.nodes ?? [])
      }
    }
  }
  walk(parsed(body).nodes)
  return [...found.values()]
}

/**
 * What is wrong with the body's braces and placeholders, as phrases the window words in the user's language
 * (src-shared/i18n/messages/<locale>/sending.json); empty when fine.
 */
export function templateProblemPhrases(body: string): Phrase[] {
  if (body.trim() === '') return [phrase('sending.template.write')]
  return parsed(body).problems.map((problem) => problem.said)
}

/** The same problems in English, for the CLI and the log. */
export function templateProblems(body: string): string[] {
  return templateProblemPhrases(body).map(english)
}

function renderNodes(
  nodes: Node[],
  fields: Readonly<Record<string, string>>,
  random: () => number,
  missing: Set<string>,
): string {
  let out = ''
  for (const node of nodes) {
    if (typeof node === 'string') out += node
    else if (node.kind === 'spin') {
      const index = Math.min(node.options.length - 1, Math.floor(random() * node.options.length))
      out += renderNodes(node.options[index]!, fields, random, missing) || HOLE
    } else {
      const value = fieldValue(fields, node.key)?.trim() ?? ''
      if (value === '' && node.fallback === null) missing.add(node.key)
      const alternative = node.alternative ? renderNodes(node.alternative.nodes, fields, random, missing) : ''
      out += value || alternative || HOLE
    }
  }
  return out
}

/** Removes the spaces an empty value leaves behind: "Hi {{name}}, welcome" → "Hi, welcome", not "Hi , welcome". */
function tidy(text: string): string {
  return text
    .replace(new RegExp(`[ \\t]*\\([ \\t]*${HOLE}+[ \\t]*\\)`, 'g'), HOLE)
    .replace(new RegExp(`(^|\\n)[ \\t]*(?:${HOLE}[ \\t]*)+(?:[,;:.!][ \\t]*)?`, 'g'), '$1')
    .replace(new RegExp(`[ \\t]+${HOLE}+(?=[ \\t])`, 'g'), '')
    .replace(new RegExp(`[ \\t]*${HOLE}+(?=[,;:.!?)]|\\n|$)`, 'g'), '')
    .replaceAll(HOLE, '')
    .trim()
}

/**
 * The body with placeholders filled and one option of each {a|b} chosen by `random`. A field that is
 * unknown or blank uses its fallback; without one it renders empty and its key is listed in `missing`.
 */
export function renderBody(
  body: string,
  fields: Readonly<Record<string, string>>,
  random: () => number,
): { text: string; missing: string[] } {
  const missing = new Set<string>()
  const text = tidy(renderNodes(parsed(body).nodes, fields, random, missing))
  return { text, missing: [...missing] }
}

/**
 * The text one contact gets. Deterministic per `seedKey` (the engine passes `${campaignId}:${contactId}`):
 * the seed drives both the choice of variant and the spintax, so a resumed campaign sends the same text.
 */
export function renderMessage(
  variants: Variant[],
  rule: VariantRule,
  fields: Readonly<Record<string, string>>,
  seedKey: string,
): { variant: string; text: string; missing: string[] } {
  const random = seededRandom(seedKey)
  const name = chooseVariant(rule, variants, fields, random)
  const variant = variants.find((v) => v.name === name) ?? variants[0]!
  return { variant: variant.name, ...renderBody(variant.body, fields, random) }
}

let segmenter: Intl.Segmenter | null | undefined

/** Characters as a person counts them: an emoji or an accented letter counts once. */
export function messageLength(text: string): number {
  if (segmenter === undefined) {
    segmenter =
      typeof Intl.Segmenter === 'function' ? new Intl.Segmenter(undefined, { granularity: 'grapheme' }) : null
  }
  if (!segmenter) return [...text].length
  return Array.from(segmenter.segment(text)).length
}
