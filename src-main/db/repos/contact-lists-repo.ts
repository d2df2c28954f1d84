import type { Database, Statement } from 'better-sqlite3'
import type {
  Contact,
  ContactList,
  ContactPage,
  ImportRow,
  Verdict,
  VerdictCounts,
} from '../../../src-shared/domain/contacts'
import { optedOutReason, verdicts } from '../../../src-shared/domain/contacts'
import { contactSearchText, foldForSearch } from '../../../src-shared/domain/search-text'

export type ListStatus = 'saving' | 'ready'

export type NewList = {
  name: string
  sourceFile: string
  sheet: string
  country: string
  fieldKeys: string[]
  createdAt: string
}

export type ContactQuery = { search?: string; verdict?: Verdict; offset: number; limit: number }

type ListRow = {
  id: number
  name: string
  source_file: string
  sheet: string
  country: string
  created_at: string
  field_keys: string
  /** Valid contacts whose number has opted out since the import. */
  opted_out_since: number
} & VerdictCounts

type ContactRow = {
  id: number
  row_number: number
  name: string | null
  phone_raw: string
  phone_e164: string | null
  fields: string
  verdict: Verdict
  reason: string | null
  duplicate_of: number | null
}

type PageParams = {
  listId: number
  text?: string
  folded?: string
  digits?: string | null
  national?: string | null
  limit?: number
  offset?: number
}

/** A LIKE pattern (for ESCAPE '\') that finds `text` anywhere, its own % and _ taken literally. */
export function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
}

/** The digits of a search that looks like (part of) a phone number; null for any other search. */
export function phoneDigits(search: string): string | null {
  if (!/^[\d\s+\-().]+$/.test(search)) return null
  const digits = search.replace(/\D/g, '')
  return digits === '' ? null : digits
}

// Opt-outs are counted when the list is read, not only at import: a number that opted out since then is
// no longer one the list will message. The few opt-outs lead; each finds the list's row by number.
const listColumns = `id, name, source_file, sheet, country, created_at, field_keys,
  total, valid, invalid, duplicate, opted_out, repaired,
  (SELECT count(*) FROM opt_outs o CROSS JOIN contacts c INDEXED BY contacts_list_phone
    WHERE c.list_id = contact_lists.id AND c.phone_e164 = o.phone_e164 AND c.verdict = 'valid'
  ) AS opted_out_since`

// Punctuation people put in phone numbers, removed so that "7700 900" finds "07700-900 123".
const rawDigits = `replace(replace(replace(replace(replace(replace(phone_raw,
  ' ', ''), '-', ''), '(', ''), ')', ''), '.', ''), '+', '')`

// Each part is a full scan of the list's rows, so the costly ones are narrowed first: a digit search
// strips the raw number only where there is no E.164 to match (the trunk 0 dropped, so "07700" finds
// "+447700…"), and JSON fields are opened only when their text could hold the search at all.
// Names and fields are searched folded (search_text, migration 0015): "nunez" finds "Núñez".
const searchFilter = `(search_text LIKE @folded ESCAPE '\\' OR phone_raw LIKE @text ESCAPE '\\'
  OR phone_e164 LIKE @text ESCAPE '\\'
  OR (@digits IS NOT NULL AND (phone_e164 LIKE @national OR (phone_e164 IS NULL AND ${rawDigits} LIKE @digits))))`

// A valid contact whose number has opted out since the import reads as opted out, as the list's counts do.
const optedOutSince = `(verdict = 'valid' AND phone_e164 IN (SELECT phone_e164 FROM opt_outs))`
const verdictFilters: Record<Verdict, string> = {
  valid: `verdict = 'valid' AND NOT ${optedOutSince}`,
  invalid: "verdict = 'invalid'",
  duplicate: "verdict = 'duplicate'",
  opted_out: `(verdict = 'opted_out' OR ${optedOutSince})`,
}
const verdictNow = `CASE WHEN ${optedOutSince} THEN 'opted_out' ELSE verdict END AS verdict,
  CASE WHEN ${optedOutSince} THEN '${optedOutReason}' ELSE reason END AS reason`

function contactFilter(search: boolean, verdict: Verdict | undefined): string {
  const where = ['list_id = @listId']
  if (verdict) where.push(verdictFilters[verdict])
  if (search) where.push(searchFilter)
  return where.join(' AND ')
}

function searchParams(search: string): Pick<PageParams, 'text' | 'folded' | 'digits' | 'national'> {
  const digits = phoneDigits(search)
  const national = digits?.replace(/^0+/, '') || digits
  return {
    text: likePattern(search),
    folded: likePattern(foldForSearch(search)),
    digits: digits === null ? null : likePattern(digits),
    national: national === null ? null : likePattern(national),
  }
}

type PageStatements = { count: Statement<[PageParams], number>; page: Statement<[PageParams], ContactRow> }

function toList(row: ListRow): ContactList {
  return {
    id: row.id,
    name: row.name,
    sourceFile: row.source_file,
    sheet: row.sheet,
    country: row.country,
    createdAt: row.created_at,
    counts: {
      total: row.total,
      valid: row.valid - row.opted_out_since,
      invalid: row.invalid,
      duplicate: row.duplicate,
      opted_out: row.opted_out + row.opted_out_since,
      repaired: row.repaired,
    },
    fieldKeys: JSON.parse(row.field_keys) as string[],
  }
}

function toContact(row: ContactRow): Contact {
  return {
    id: row.id,
    row: row.row_number,
    name: row.name,
    phoneRaw: row.phone_raw,
    phone: row.phone_e164,
    verdict: row.verdict,
    reason: row.reason,
    duplicateOf: row.duplicate_of,
    fields: JSON.parse(row.fields) as Record<string, string>,
  }
}

/** The contact_lists and contacts tables: a list's summary and its rows, kept in spreadsheet order. */
export class ContactListsRepo {
  private readonly nameTakenStmt
  private readonly insertListStmt
  private readonly insertContactStmt
  private readonly statusStmt
  private readonly markReadyStmt
  private readonly selectReady
  private readonly selectAllReady
  private readonly hideStmt
  private readonly deleteContactsStmt
  private readonly deleteSavingStmt
  private readonly deleteAllSavingStmt
  private readonly validAtImportStmt
  private readonly pages = new Map<string, PageStatements>()

  constructor(private readonly db: Database) {
    this.nameTakenStmt = db
      .prepare<[string], number>('SELECT 1 FROM contact_lists WHERE name = ? COLLATE NOCASE')
      .pluck()
    this.insertListStmt = db.prepare<[Omit<NewList, 'fieldKeys'> & { fieldKeys: string }]>(
      `INSERT INTO contact_lists (name, source_file, sheet, country, created_at, status, field_keys)
       VALUES (@name, @sourceFile, @sheet, @country, @createdAt, 'saving', @fieldKeys)`,
    )
    this.insertContactStmt = db.prepare<
      [
        number,
        number,
        string | null,
        string,
        string | null,
        string,
        Verdict,
        string | null,
        number | null,
        string,
      ]
    >(
      `INSERT INTO contacts
         (list_id, row_number, name, phone_raw, phone_e164, fields, verdict, reason, duplicate_of, search_text)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    this.statusStmt = db
      .prepare<[number], ListStatus>('SELECT status FROM contact_lists WHERE id = ?')
      .pluck()
    this.markReadyStmt = db.prepare<[VerdictCounts & { id: number }]>(
      `UPDATE contact_lists SET status = 'ready', total = @total, valid = @valid, invalid = @invalid,
         duplicate = @duplicate, opted_out = @opted_out, repaired = @repaired
       WHERE id = @id AND status = 'saving'`,
    )
    this.selectReady = db.prepare<[number], ListRow>(
      `SELECT ${listColumns} FROM contact_lists WHERE id = ? AND status = 'ready'`,
    )
    this.selectAllReady = db.prepare<[], ListRow>(
      `SELECT ${listColumns} FROM contact_lists WHERE status = 'ready' ORDER BY created_at DESC, id DESC`,
    )
    this.hideStmt = db.prepare<[number]>(
      "UPDATE contact_lists SET status = 'saving' WHERE id = ? AND status = 'ready'",
    )
    this.deleteContactsStmt = db.prepare<[number, number]>(
      'DELETE FROM contacts WHERE id IN (SELECT id FROM contacts WHERE list_id = ? LIMIT ?)',
    )
    this.deleteSavingStmt = db.prepare<[number]>(
      "DELETE FROM contact_lists WHERE id = ? AND status = 'saving'",
    )
    this.deleteAllSavingStmt = db.prepare("DELETE FROM contact_lists WHERE status = 'saving'")
    this.validAtImportStmt = db.prepare<[number, number, number], ContactRow>(
      `SELECT id, row_number, name, phone_raw, phone_e164, fields, verdict, reason, duplicate_of
       FROM contacts WHERE list_id = ? AND verdict = 'valid' ORDER BY row_number LIMIT ? OFFSET ?`,
    )
    for (const search of [false, true]) {
      for (const verdict of [undefined, ...verdicts])
        this.pages.set(`${search}/${verdict ?? ''}`, this.preparePage(search, verdict))
    }
  }

  nameTaken(name: string): boolean {
    return this.nameTakenStmt.get(name) !== undefined
  }

  /** A new list in status 'saving': invisible until markReady. */
  insertList(list: NewList): number {
    return Number(
      this.insertListStmt.run({ ...list, fieldKeys: JSON.stringify(list.fieldKeys) }).lastInsertRowid,
    )
  }

  status(listId: number): ListStatus | undefined {
    return this.statusStmt.get(listId)
  }

  /** All rows or none. */
  insertContacts(listId: number, rows: readonly ImportRow[]): void {
    this.db.transaction(() => {
      for (const r of rows) {
        this.insertContactStmt.run(
          listId,
          r.row,
          r.name,
          r.phoneRaw,
          r.phone,
          JSON.stringify(r.fields),
          r.verdict,
          r.reason,
          r.duplicateOf,
          contactSearchText(r.name, Object.values(r.fields)),
        )
      }
    })()
  }

  /** False when there is no list in status 'saving' with that id. */
  markReady(listId: number, counts: VerdictCounts): boolean {
    return this.markReadyStmt.run({ ...counts, id: listId }).changes > 0
  }

  get(listId: number): ContactList | undefined {
    const row = this.selectReady.get(listId)
    return row && toList(row)
  }

  /** Ready lists, newest first. */
  all(): ContactList[] {
    return this.selectAllReady.all().map(toList)
  }

  contacts(listId: number, query: ContactQuery): ContactPage {
    const search = query.search?.trim() ?? ''
    const statements = this.pages.get(`${search !== ''}/${query.verdict ?? ''}`)
    if (!statements) throw new Error('No statement for this contact query')
    const params: PageParams = { listId }
    if (search !== '') Object.assign(params, searchParams(search))
    const total = statements.count.get(params) ?? 0
    const rows = statements.page.all({ ...params, limit: query.limit, offset: query.offset })
    return { total, rows: rows.map(toContact) }
  }

  /**
   * The contacts valid when the list was imported, those opted out since included: a new campaign
   * records each of those as skipped, with its reason.
   */
  validAtImport(listId: number, offset: number, limit: number): Contact[] {
    return this.validAtImportStmt.all(listId, limit, offset).map(toContact)
  }

  /**
   * Takes a ready list back to 'saving', where it is invisible and, should Herald stop before the list
   * is gone, removed at the next start-up. False when there is no ready list with that id.
   */
  hide(listId: number): boolean {
    return this.hideStmt.run(listId).changes > 0
  }

  /** Deletes up to `limit` of a list's contacts; returns how many went. */
  deleteContacts(listId: number, limit: number): number {
    return this.deleteContactsStmt.run(listId, limit).changes
  }

  deleteIfSaving(listId: number): boolean {
    return this.deleteSavingStmt.run(listId).changes > 0
  }

  deleteAllSaving(): number {
    return this.deleteAllSavingStmt.run().changes
  }

  private preparePage(search: boolean, verdict: Verdict | undefined): PageStatements {
    const where = contactFilter(search, verdict)
    return {
      count: this.db.prepare<[PageParams], number>(`SELECT count(*) FROM contacts WHERE ${where}`).pluck(),
      page: this.db.prepare<[PageParams], ContactRow>(
        `SELECT id, row_number, name, phone_raw, phone_e164, fields, ${verdictNow}, duplicate_of
         FROM contacts WHERE ${where} ORDER BY row_number LIMIT @limit OFFSET @offset`,
      ),
    }
  }
}
