import type { Column } from '../../src-shared/domain/contacts'
import type { KeyRole } from './header-words'
import { headerScore, plainWords } from './header-words'
import { normalizePhone } from './phone'

export type Rows = readonly (readonly (string | null)[])[]

const scanRows = 30
const sampleRows = 200
const keyRoles: readonly KeyRole[] = ['phone', 'website', 'city', 'name']
const phoneLike = /^[+(]?[\d\s().\-/\u00a0]{6,}$/
const numberLike = /^[-+]?[\d\s.,:/%()€$£-]+$/
const urlLike = /^(?:https?:\/\/|www\.)\S+$|^[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?:\/\S*)?$/i
const unsafeKeys = new Set(['__proto__', 'constructor', 'prototype'])

/** "A", "B", … "Z", "AA": the letters the user sees above each column. */
export function columnLetter(index: number): string {
  let letters = ''
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters
  }
  return letters
}

function filled(row: readonly (string | null)[] | undefined): string[] {
  return (row ?? []).filter((cell): cell is string => cell !== null)
}

function looksLikePhone(value: string): boolean {
  return phoneLike.test(value.trim()) && value.replace(/\D/g, '').length >= 7
}

/** Saves normalising the values that cannot be phone numbers, for wide sheets. */
function mayBePhone(value: string): boolean {
  if (value.length > 60) return false
  let digits = 0
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i)
    if (code >= 48 && code <= 57) digits++
  }
  return digits >= 6
}

function isHeaderLike(cells: string[], minCells: number): boolean {
  if (cells.length < minCells) return false
  const texts = cells.filter((cell) => !numberLike.test(cell) && cell.length <= 80)
  return texts.length / cells.length >= 0.6
}

/**
 * A header is followed by rows of data: the next filled row has at least half as many cells and, when
 * `strict`, no more ("Prepared by | Ann" above a wider table is a note, not the header).
 */
function followedByData(rows: Rows, index: number, width: number, strict: boolean): boolean {
  for (let r = index + 1; r < rows.length && r <= index + 5; r++) {
    const cells = filled(rows[r])
    if (cells.length === 0) continue
    return cells.length >= Math.max(1, Math.floor(width / 2)) && (!strict || cells.length <= width)
  }
  return false
}

/**
 * The 0-based index of the header row, or -1 when the sheet has none. Title rows ("Customers 2024"),
 * notes narrower than the table and blank rows above the header are skipped.
 */
export function findHeaderRow(rows: Rows): number {
  const head = rows.slice(0, scanRows)
  const widest = Math.max(0, ...head.map((row) => filled(row).length))
  const minCells = widest <= 1 ? 1 : Math.max(2, Math.ceil(widest * 0.6))
  for (const strict of [true, false]) {
    for (let r = 0; r < head.length; r++) {
      const cells = filled(head[r])
      if (!isHeaderLike(cells, minCells) || !followedByData(rows, r, cells.length, strict)) continue
      return cells.some(looksLikePhone) ? -1 : r
    }
  }
  return onlyAHeader(rows)
}

/** A sheet whose one filled row is a header ("Name | Phone" and nothing under it): that row, else -1. */
function onlyAHeader(rows: Rows): number {
  let found = -1
  for (let r = 0; r < rows.length; r++) {
    if (filled(rows[r]).length === 0) continue
    if (found !== -1) return -1
    found = r
  }
  const cells = filled(rows[found])
  return found !== -1 && isHeaderLike(cells, 2) && !cells.some(looksLikePhone) ? found : -1
}

/** Makes a header into a placeholder name: "Teléfono móvil" → "telefono_movil", unique among `taken`. */
export function fieldKey(header: string, taken: Set<string> = new Set()): string {
  let base = plainWords(header).replace(/ /g, '_') || 'field'
  if (unsafeKeys.has(base) || base in Object.prototype) base = `field_${base}`
  let key = base
  for (let n = 2; taken.has(key); n++) key = `${base}_${n}`
  taken.add(key)
  return key
}

type Profile = {
  index: number
  header: string
  values: string[]
  phones: number
  urls: number
  texts: number
}

function profile(rows: Rows, headerIndex: number, index: number, country: string): Profile {
  const header = headerIndex >= 0 ? (rows[headerIndex]?.[index] ?? '').trim() : ''
  const values: string[] = []
  let phones = 0
  let urls = 0
  let texts = 0
  for (let r = headerIndex + 1; r < rows.length && values.length < sampleRows; r++) {
    const value = rows[r]?.[index]
    if (value === null || value === undefined) continue
    values.push(value)
    if (mayBePhone(value) && normalizePhone(value, country).ok) phones++
    else if (urlLike.test(value.trim()) && !value.includes('@')) urls++
    else if (/\p{L}{2}/u.test(value) && !numberLike.test(value)) texts++
  }
  return { index, header, values, phones, urls, texts }
}

function roleByHeader(p: Profile): { role: KeyRole; score: number } | null {
  let best: { role: KeyRole; score: number } | null = null
  for (const role of keyRoles) {
    const score = headerScore(p.header, role)
    if (score > 0 && (!best || score > best.score)) best = { role, score }
  }
  return best
}

/** Content decides where headers do not: mostly phone numbers, mostly web addresses, or names in a headerless sheet. */
function roleByContent(p: Profile, hasHeader: boolean): { role: KeyRole; score: number } | null {
  const n = p.values.length
  if (n === 0) return null
  if (p.phones / n >= 0.5) return { role: 'phone', score: p.phones / n }
  if (p.urls / n >= 0.5) return { role: 'website', score: p.urls / n }
  if (!hasHeader && p.texts / n >= 0.8) return { role: 'name', score: p.texts / n }
  return null
}

/** Claims by header outrank claims by content; each role goes to its best claim, each column to one role. */
function assignRoles(profiles: Profile[], hasHeader: boolean): Map<number, KeyRole> {
  const claims: { index: number; role: KeyRole; score: number }[] = []
  for (const p of profiles) {
    const byHeader = roleByHeader(p)
    const byContent = roleByContent(p, hasHeader)
    // A phone header over values none of which is a number yields to a column full of them
    const phoneless = byHeader?.role === 'phone' && p.values.length > 0 && p.phones === 0
    if (byHeader)
      claims.push({ index: p.index, role: byHeader.role, score: phoneless ? 0.4 : 10 + byHeader.score })
    if (byContent) claims.push({ index: p.index, ...byContent })
  }
  claims.sort((a, b) => b.score - a.score || a.index - b.index)
  const roles = new Map<number, KeyRole>()
  const taken = new Set<KeyRole>()
  for (const claim of claims) {
    if (taken.has(claim.role) || roles.has(claim.index)) continue
    roles.set(claim.index, claim.role)
    taken.add(claim.role)
  }
  return roles
}

/**
 * The columns of the sheet with their detected roles. Columns with neither a header nor a value are left
 * out; `key` is assigned later, once the user's choices of role are known.
 */
export function detectColumns(rows: Rows, headerIndex: number, country: string): Column[] {
  const width = Math.max(0, ...rows.map((row) => row.length))
  const profiles: Profile[] = []
  for (let c = 0; c < width; c++) {
    const p = profile(rows, headerIndex, c, country)
    const emptyBelow =
      p.values.length === 0 && !rows.slice(headerIndex + 1 + sampleRows).some((row) => row[c] !== null)
    if (p.header === '' && emptyBelow) continue
    profiles.push(p)
  }
  const roles = assignRoles(profiles, headerIndex >= 0)
  return profiles.map((p) => ({
    index: p.index,
    header: p.header || `Column ${columnLetter(p.index)}`,
    key: '',
    role: roles.get(p.index) ?? 'field',
    samples: p.values.slice(0, 5),
  }))
}
