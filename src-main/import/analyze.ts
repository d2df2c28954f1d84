import type {
  Column,
  ColumnRole,
  CountrySuggestion,
  ImportRow,
  VerdictCounts,
} from '../../src-shared/domain/contacts'
import { optedOutReason } from '../../src-shared/domain/contacts'
import { phrase } from '../../src-shared/i18n/phrase'
import type { Phrase } from '../../src-shared/i18n/phrase'
import { english } from '../../src-shared/i18n/wording'
import type { Rows } from './columns'
import { detectColumns, fieldKey, findHeaderRow } from './columns'
import { suggestCountry } from './country-hint'
import { countryParts, normalizePhone } from './phone'
import type { PhoneResult } from './phone'
import { refusalPhrase } from './phone-refusals'
import type { RawSheet } from './read-workbook'

export { pickDefaultSheet } from './default-sheet'

export type Analysis = {
  /** 1-based spreadsheet row of the header, 0 if none. */
  headerRow: number
  columns: Column[]
  rows: ImportRow[]
  counts: VerdictCounts
  /** What the user should do before the sheet can be saved, in English and as a phrase for the window. */
  problem: string | null
  problemPhrase: Phrase | null
  suggestedCountry: CountrySuggestion | null
}

export type AnalyzeOptions = {
  country: string
  roles?: { index: number; role: ColumnRole }[]
  optOuts: ReadonlySet<string>
  /** Numbers already checked for this country (on another thread), by the text of their cell. */
  checked?: ReadonlyMap<string, PhoneResult>
}

const noPhoneColumn = phrase('importing.problem.noPhoneColumn')
const oneColumnRoles = new Set<ColumnRole>(['name', 'phone', 'website', 'city'])
// Columns that hold a built-in detail get its name as their key, whatever the header's language
const builtInKeys: Partial<Record<ColumnRole, string>> = {
  name: 'name',
  phone: 'phone',
  website: 'website',
  city: 'city',
}

/** The user's choices win; choosing a second phone column makes the first one an extra field. */
function applyRoles(columns: Column[], choices: AnalyzeOptions['roles']): void {
  for (const choice of choices ?? []) {
    const column = columns.find((c) => c.index === choice.index)
    if (!column) continue
    if (oneColumnRoles.has(choice.role)) {
      for (const other of columns) if (other.role === choice.role && other !== column) other.role = 'field'
    }
    column.role = choice.role
  }
}

function assignKeys(columns: Column[]): void {
  const taken = new Set<string>(Object.values(builtInKeys))
  for (const column of columns) {
    const builtIn = builtInKeys[column.role]
    column.key = builtIn ?? fieldKey(column.header, taken)
  }
}

function emptyCounts(): VerdictCounts {
  return { total: 0, valid: 0, invalid: 0, duplicate: 0, opted_out: 0, repaired: 0 }
}

type Plan = { name: Column | undefined; phone: Column | undefined; fields: Column[] }

function planOf(columns: Column[]): Plan {
  return {
    name: columns.find((c) => c.role === 'name'),
    phone: columns.find((c) => c.role === 'phone'),
    fields: columns.filter((c) => c.role === 'field' || c.role === 'website' || c.role === 'city'),
  }
}

function fieldsOf(cells: readonly (string | null)[], fields: Column[]): Record<string, string> {
  const out = Object.create(null) as Record<string, string>
  for (const column of fields) {
    const value = cells[column.index]
    if (value !== null && value !== undefined) out[column.key] = value
  }
  return out
}

type Checker = (
  phoneRaw: string,
) => Pick<ImportRow, 'phone' | 'verdict' | 'reason' | 'reasonPhrase' | 'duplicateOf' | 'repaired'>

const optedOut = phrase('importing.verdict.optedOut')

function phoneChecker(options: AnalyzeOptions, rowOf: () => number): Checker {
  const { country, optOuts, checked } = options
  const firstRow = new Map<string, number>()
  return (phoneRaw) => {
    const result = checked?.get(phoneRaw) ?? normalizePhone(phoneRaw, country)
    if (!result.ok) {
      const reasonPhrase = refusalPhrase(result.refusal)
      return {
        phone: null,
        verdict: 'invalid',
        reason: result.reason,
        reasonPhrase,
        duplicateOf: null,
        repaired: false,
      }
    }
    const { e164, repaired } = result
    const earlier = firstRow.get(e164)
    if (earlier !== undefined) {
      return {
        phone: e164,
        verdict: 'duplicate',
        reason: `Same number as row ${earlier}`,
        reasonPhrase: phrase('importing.verdict.duplicateOf', { row: earlier }),
        duplicateOf: earlier,
        repaired,
      }
    }
    firstRow.set(e164, rowOf())
    if (optOuts.has(e164)) {
      return {
        phone: e164,
        verdict: 'opted_out',
        reason: optedOutReason,
        reasonPhrase: optedOut,
        duplicateOf: null,
        repaired,
      }
    }
    return { phone: e164, verdict: 'valid', reason: null, duplicateOf: null, repaired }
  }
}

function isBlank(cells: readonly (string | null)[] | undefined): boolean {
  return !cells || cells.every((cell) => cell === null)
}

function buildRows(rows: Rows, start: number, plan: Plan, check: Checker, at: { row: number }): ImportRow[] {
  const out: ImportRow[] = []
  const noPhone = {
    phone: null,
    verdict: 'invalid',
    reason: 'No phone column chosen',
    reasonPhrase: phrase('importing.verdict.noPhoneColumn'),
    duplicateOf: null,
    repaired: false,
  } as const
  for (let r = start; r < rows.length; r++) {
    const cells = rows[r]
    if (!cells || isBlank(cells)) continue
    at.row = r + 1
    const phoneRaw = plan.phone ? (cells[plan.phone.index] ?? '') : ''
    const name = plan.name ? (cells[plan.name.index] ?? null) : null
    const verdict = plan.phone ? check(phoneRaw) : noPhone
    out.push({ row: r + 1, name, phoneRaw, ...verdict, fields: fieldsOf(cells, plan.fields) })
  }
  return out
}

function countOf(rows: ImportRow[]): VerdictCounts {
  const counts = emptyCounts()
  for (const row of rows) {
    counts.total++
    counts[row.verdict]++
    if (row.repaired) counts.repaired++
  }
  return counts
}

function problemOf(plan: Plan, counts: VerdictCounts, country: string): Phrase | null {
  if (!plan.phone) return noPhoneColumn
  if (counts.total === 0 || counts.invalid !== counts.total) return null
  const column = plan.phone.header
  const parts = countryParts(country)
  if (!parts) return phrase('importing.problem.noneValidCode', { column, country })
  return phrase('importing.problem.noneValid', { column, ...parts })
}

/** The phone cells the analysis will check, in order, so that another thread can check some ahead. */
export function phoneCells(sheet: RawSheet, options: Pick<AnalyzeOptions, 'country' | 'roles'>): string[] {
  const headerIndex = findHeaderRow(sheet.rows)
  const columns = detectColumns(sheet.rows, headerIndex, options.country)
  applyRoles(columns, options.roles)
  const phone = columns.find((c) => c.role === 'phone')
  const out: string[] = []
  if (!phone) return out
  for (let r = headerIndex + 1; r < sheet.rows.length; r++) {
    const cell = sheet.rows[r]?.[phone.index]
    if (cell !== null && cell !== undefined) out.push(cell)
  }
  return out
}

/**
 * Finds the header and the role of each column, then checks every row's phone number: invalid, duplicate
 * of an earlier row, opted out, or valid. Row numbers are those the user sees in the spreadsheet.
 */
export function analyzeSheet(sheet: RawSheet, options: AnalyzeOptions): Analysis {
  const headerIndex = findHeaderRow(sheet.rows)
  const columns = detectColumns(sheet.rows, headerIndex, options.country)
  applyRoles(columns, options.roles)
  assignKeys(columns)
  const plan = planOf(columns)
  const at = { row: 0 }
  const check = phoneChecker(options, () => at.row)
  const rows = buildRows(sheet.rows, headerIndex + 1, plan, check, at)
  const counts = countOf(rows)
  const problem = problemOf(plan, counts, options.country)
  return {
    headerRow: headerIndex + 1,
    columns,
    rows,
    counts,
    problem: problem && english(problem),
    problemPhrase: problem,
    suggestedCountry: plan.phone ? suggestCountry(rows, options.country) : null,
  }
}
