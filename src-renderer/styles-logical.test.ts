// This test reads the stylesheets as files: imported, even with ?raw, Vitest hands a stylesheet over empty
// eslint-disable-next-line no-restricted-imports
import fs from 'node:fs'
// eslint-disable-next-line no-restricted-imports
import path from 'node:path'
import { describe, expect, it } from 'vitest'

/**
 * Herald's layout mirrors where text runs right to left (Arabic): every stylesheet says start and end
 * (margin-inline-start, inset-inline-end, text-align: start…), never left and right. A line that must stay
 * physical (an override under :dir(rtl) itself, a drawing that looks the same both ways) says why with a
 * trailing comment: `/* physical: the reason *\/`.
 */

const physicalProperty =
  /^(?:(?:margin|padding|scroll-margin|scroll-padding)-(?:left|right)|left|right|border-(?:left|right)(?:-(?:color|style|width))?|border-(?:top|bottom)-(?:left|right)-radius)$/

/** Shorthands of top, right, bottom and left: with four values, the second (right) must equal the fourth. */
const sidesShorthand =
  /^(?:margin|padding|inset|border-width|border-style|border-color|scroll-margin|scroll-padding)$/

const logicalFor: Record<string, string> = {
  'margin-left': 'margin-inline-start',
  'margin-right': 'margin-inline-end',
  'padding-left': 'padding-inline-start',
  'padding-right': 'padding-inline-end',
  left: 'inset-inline-start',
  right: 'inset-inline-end',
  'border-left': 'border-inline-start',
  'border-right': 'border-inline-end',
  'border-top-left-radius': 'border-start-start-radius',
  'border-top-right-radius': 'border-start-end-radius',
  'border-bottom-left-radius': 'border-end-start-radius',
  'border-bottom-right-radius': 'border-end-end-radius',
}

export type Finding = { line: number; text: string; problem: string }

/** A value's parts, split on spaces outside brackets: `var(--a) 0 calc(1px + 2px)` is three. */
function parts(value: string): string[] {
  const out: string[] = []
  let depth = 0
  let current = ''
  for (const ch of value.trim()) {
    if (ch === '(') depth++
    if (ch === ')') depth--
    if (/\s/.test(ch) && depth === 0) {
      if (current) out.push(current)
      current = ''
    } else current += ch
  }
  if (current) out.push(current)
  return out.filter((p) => p !== '!important')
}

function problemOf(property: string, value: string): string | null {
  const words = parts(value)
  if (physicalProperty.test(property)) {
    const base = property.replace(/-(?:color|style|width)$/, '')
    const logical = (logicalFor[base] ?? base) + property.slice(base.length)
    return `${property} is physical: use ${logical}`
  }
  if (/^(?:text-align|text-align-last)$/.test(property) && /^(?:left|right)$/.test(words[0] ?? ''))
    return `${property}: ${words[0]} is physical: use ${words[0] === 'left' ? 'start' : 'end'}`
  if (/^(?:float|clear)$/.test(property) && /^(?:left|right)$/.test(words[0] ?? ''))
    return `${property}: ${words[0]} is physical: use inline-${words[0] === 'left' ? 'start' : 'end'}`
  if (/^background-position(?:-x)?$/.test(property) && words.some((w) => /^(?:left|right)$/.test(w)))
    return `${property} names a side: turn it round under :dir(rtl) and mark both lines`
  if (sidesShorthand.test(property) && words.length === 4 && words[1] !== words[3]) {
    const [block, inline] = property.startsWith('border-')
      ? [property.replace('border-', 'border-block-'), property.replace('border-', 'border-inline-')]
      : [`${property}-block`, `${property}-inline`]
    return `${property} has a different right and left: say ${block} and ${inline} instead`
  }
  if (property === 'border-radius' && !value.includes('/')) {
    const [a, b = a, c = a, d = b] = words
    if (a !== b || c !== d)
      return 'border-radius has different left and right corners: say border-start-start-radius and the others'
  }
  return null
}

/** Every physical left/right declaration in a stylesheet, by line, except lines marked `/* physical: why *\/`. */
export function physicalDeclarations(css: string): Finding[] {
  const lines = css.split('\n')
  const excused = new Set(
    lines.flatMap((line, i) => (/\/\*\s*physical:\s*\S[^*]*\*\//.test(line) ? [i + 1] : [])),
  )
  // Comments blanked out, keeping every character's place so that line numbers still count
  const code = css.replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ' '))
  const findings: Finding[] = []
  // A declaration ends at ; or }: a selector such as a:hover or a rule such as @media (min-width: 1px) at {
  const declaration = /([a-z-]+)\s*:\s*([^;{}]*?)\s*(?=[;}])/g
  for (const match of code.matchAll(declaration)) {
    const property = match[1] ?? ''
    const problem = problemOf(property, match[2] ?? '')
    if (!problem) continue
    const first = code.slice(0, match.index).split('\n').length
    const last = first + (match[0].match(/\n/g)?.length ?? 0)
    if (excused.has(first) || excused.has(last)) continue
    findings.push({ line: first, text: (lines[first - 1] ?? '').trim(), problem })
  }
  return findings
}

const root = path.resolve(__dirname)

/** Every stylesheet under src-renderer, by its path from there ("ui/base.css"). */
function stylesheets(folder = root): string[] {
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name)
    if (entry.isDirectory()) return stylesheets(full)
    return entry.name.endsWith('.css') ? [path.relative(root, full).split(path.sep).join('/')] : []
  })
}

const read = (file: string): string => fs.readFileSync(path.join(root, file), 'utf8')

describe('the check for physical left and right', () => {
  it('finds each kind, with its line', () => {
    const css = [
      '.a {',
      '  margin-left: 4px;',
      '  padding-right: 2px;',
      '  right: 0;',
      '  border-left-color: red;',
      '  text-align: left;',
      '  float: right;',
      '  padding: 1px 2px 3px 4px;',
      '  border-radius: 8px 0 8px 8px;',
      '  background-position: right 10px center;',
      '  border-top-left-radius: 2px;',
      '}',
    ].join('\n')
    expect(physicalDeclarations(css).map((f) => f.line)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11])
    expect(physicalDeclarations(css)[0]?.problem).toBe('margin-left is physical: use margin-inline-start')
    expect(physicalDeclarations(css)[3]?.problem).toBe(
      'border-left-color is physical: use border-inline-start-color',
    )
    expect(physicalDeclarations('.a { border-width: 0 0 2px 2px }')[0]?.problem).toBe(
      'border-width has a different right and left: say border-block-width and border-inline-width instead',
    )
  })

  it('lets logical properties, symmetric shorthands, selectors and comments be', () => {
    const css = [
      '/* left: 0 in a comment */',
      '@media (max-width: 900px) {',
      '  .a:hover .b:dir(rtl) {',
      '    margin-inline-start: auto; inset-inline-end: 0; text-align: end;',
      '    padding: 1px 2px 3px 2px; margin: 0 auto; inset: 9px 8px 11px;',
      '    border-radius: var(--r) var(--r) 0 0; border-left-width: 1px; /* physical: drawn, not read */',
      '    border-spacing: 0; line-height: 1.4',
      '  }',
      '}',
    ].join('\n')
    expect(physicalDeclarations(css)).toEqual([])
  })

  it('does not take an empty reason as an excuse', () => {
    expect(physicalDeclarations('.a { left: 0; /* physical: */ }')).toHaveLength(1)
  })
})

describe('every stylesheet of the renderer says start and end, not left and right', () => {
  const files = stylesheets().sort()

  it('finds the stylesheets, and reads what is in them', () => {
    expect(files.length).toBeGreaterThan(20)
    expect(read('ui/base.css')).toContain('.icon--directional:dir(rtl)')
  })

  it.each(files)('%s', (file) => {
    const found = physicalDeclarations(read(file))
    const report = found.map((f) => `src-renderer/${file}:${f.line}: ${f.text}  → ${f.problem}`)
    expect(report, 'Mark a line that must stay physical with /* physical: why */').toEqual([])
  })
})
