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
import { contactSearchText } from '../../../src-shared/domain/search-text'
import { phrase } from '../../../src-shared/i18n/phrase'
import { ContactSearchIndex, indexedFilter, searchFilter, searchParams } from './contact-search'
import type { SearchMode, SearchParams } from './contact-search'
import { phraseText, storedPhrase } from './stored-phrase'

export { likePattern, phoneDigits } from './contact-search'

export type ListStatus = 'saving' | 'ready'

export type NewList = {
  name: string
  sourceFile: string
  sheet: string
  country: string
  fieldKeys: string[]
  /** The header each field key was made from, as the spreadsheet had it. */
  fieldHeaders: Record<string, string>
  createdAt: string
}

export type ContactQuery = { search?: string; verdict?: Verdict; offset: number; limit: number }

const contactColumns = `(list_id, row_number, name, phone_raw, phone_e164, fields, verdict, reason,
  reason_phrase, duplicate_of, repaired, search_text)`
const contactValues = '(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)'
const batchRows = 50

type ContactParams = [
  number,
  number,
  string | null,
  string,
  string | null,
  string,
  Verdict,
  string | null,
  string | null,
  number | null,
  0 | 1,
  string,
]

function contactParams(listId: number, r: ImportRow): ContactParams {
  const fields = JSON.stringify(r.fields)
  const search = contactSearchText(r.name, Object.values(r.fields))
  return [
    listId,
    r.row,
    r.name,
    r.phoneRaw,
    r.phone,
    fields,
    r.verdict,
    r.reason,
    phraseText(r.reasonPhrase),
    r.duplicateOf,
    r.repaired ? 1 : 0,
    search,
  ]
}

type ListRow = {
  id: number
  name: string
  source_file: string
  sheet: string
  country: string
  created_at: string
  field_keys: string
  field_headers: string
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
  reason_phrase: string | null
  duplicate_of: number | null
  repaired: 0 | 1
}

type PageParams = { listId: number; limit?: number; offset?: number } & Partial<SearchParams>

// Opt-outs are counted when the list is read, not only at import: a number that opted out since then is
// no longer one the list will message. The few opt-outs lead; each finds the list's row by number.
const listColumns = `id, name, source_file, sheet, country, created_at, field_keys, field_headers,
  total, valid, invalid, duplicate, opted_out, repaired,
  (SELECT count(*) FROM opt_outs o CROSS JOIN contacts c INDEXED BY contacts_list_phone
    WHERE c.list_id = contact_lists.id AND c.phone_e164 = o.phone_e164 AND c.verdict = 'valid'
  ) AS opted_out_since`

// A valid contact whose number has opted out since the import reads as opted out, as the list's counts do.
const optedOutSince = `(verdict = 'valid' AND phone_e164 IN (SELECT phone_e164 FROM opt_outs))`
const verdictFilters: Record<Verdict, string> = {
  valid: `verdict = 'valid' AND NOT ${optedOutSince}`,
  invalid: "verdict = 'invalid'",
  duplicate: "verdict = 'duplicate'",
  opted_out: `(verdict = 'opted_out' OR ${optedOutSince})`,
}
const optedOutPhrase = JSON.stringify(phrase('importing.verdict.optedOut'))
const verdictNow = `CASE WHEN ${optedOutSince} THEN 'opted_out' ELSE verdict END AS verdict,
  CASE WHEN ${optedOutSince} THEN '${optedOutReason}' ELSE reason END AS reason,
  CASE WHEN ${optedOutSince} THEN '${optedOutPhrase}' ELSE reason_phrase END AS reason_phrase`

function contactFilter(search: SearchMode, verdict: Verdict | undefined): string {
  const where = ['list_id = @listId']
  if (verdict) where.push(verdictFilters[verdict])
  if (search === 'index') where.push(indexedFilter)
  if (search !== 'none') where.push(searchFilter)
  return where.join(' AND ')
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
    fieldHeaders: JSON.parse(row.field_headers) as Record<string, string>,
  }
}

function toContact(row: ContactRow): Contact {
  const reasonPhrase = storedPhrase(row.reason_phrase)
  return {
    id: row.id,
    row: row.row_number,
    name: row.name,
    phoneRaw: row.phone_raw,
    phone: row.phone_e164,
    verdict: row.verdict,
    reason: row.reason,
    ...(reasonPhrase ? { reasonPhrase } : {}),
    duplicateOf: row.duplicate_of,
    repaired: row.repaired === 1,
    fields: JSON.parse(row.fields) as Record<string, string>,
  }
}

/** The contact_lists and contacts tables: a list's summary and its rows, kept in spreadsheet order. */
export class ContactListsRepo {
  private readonly nameTakenStmt
  private readonly insertListStmt
  private readonly insertContactStmt
  private readonly insertBatchStmt
  private readonly statusStmt
  private readonly markReadyStmt
  private readonly selectReady
  private readonly selectAllReady
  private readonly hideStmt
  private readonly deleteContactsStmt
  private readonly deleteSavingStmt
  private readonly savingIdsStmt
  private readonly validAtImportStmt
  private sizeStmt: Statement<[number], number> | undefined
  private readonly pages = new Map<string, PageStatements>()
  private readonly searchIndex: ContactSearchIndex

  /**
   * `useIndex: false` searches with LIKE alone, as before migration 0017, and `true` through the index
   * whenever it can (both for comparisons); by default the index is used where it is the quicker way.
   */
  constructor(
    private readonly db: Database,
    private readonly options: { useIndex?: boolean } = {},
  ) {
    this.searchIndex = new ContactSearchIndex(db)
    this.nameTakenStmt = db
      .prepare<[string], number>('SELECT 1 FROM contact_lists WHERE name = ? COLLATE NOCASE')
      .pluck()
    this.insertListStmt = db.prepare<
      [Omit<NewList, 'fieldKeys' | 'fieldHeaders'> & { fieldKeys: string; fieldHeaders: string }]
    >(
      `INSERT INTO contact_lists (name, source_file, sheet, country, created_at, status, field_keys,
         field_headers)
       VALUES (@name, @sourceFile, @sheet, @country, @createdAt, 'saving', @fieldKeys, @fieldHeaders)`,
    )
    this.insertContactStmt = db.prepare<ContactParams>(
      `INSERT INTO contacts ${contactColumns} VALUES ${contactValues}`,
    )
    this.insertBatchStmt = db.prepare<unknown[]>(
      `INSERT INTO contacts ${contactColumns} VALUES ${Array(batchRows).fill(contactValues).join(', ')}`,
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
    // Only once its contacts are gone: a cascade would delete them in one statement, and past the search
    // index's trigger (which needs the list's row to know which of them the index holds).
    this.deleteSavingStmt = db.prepare<[{ listId: number }]>(
      `DELETE FROM contact_lists WHERE id = @listId AND status = 'saving'
         AND NOT EXISTS (SELECT 1 FROM contacts WHERE list_id = @listId)`,
    )
    this.savingIdsStmt = db
      .prepare<[], number>("SELECT id FROM contact_lists WHERE status = 'saving' ORDER BY id")
      .pluck()
    this.validAtImportStmt = db.prepare<[number, number, number], ContactRow>(
      `SELECT id, row_number, name, phone_raw, phone_e164, fields, verdict, reason, reason_phrase,
         duplicate_of, repaired
       FROM contacts WHERE list_id = ? AND verdict = 'valid' ORDER BY row_number LIMIT ? OFFSET ?`,
    )
    for (const search of ['none', 'like', 'index'] as const) {
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
      this.insertListStmt.run({
        ...list,
        fieldKeys: JSON.stringify(list.fieldKeys),
        fieldHeaders: JSON.stringify(list.fieldHeaders),
      }).lastInsertRowid,
    )
  }

  status(listId: number): ListStatus | undefined {
    return this.statusStmt.get(listId)
  }

  /** All rows or none; `batchRows` to a statement, which makes saving a big list about a third faster. */
  insertContacts(listId: number, rows: readonly ImportRow[]): void {
    this.db.transaction(() => {
      const batch: unknown[] = []
      let at = 0
      for (; at + batchRows <= rows.length; at += batchRows) {
        batch.length = 0
        for (let i = at; i < at + batchRows; i++) batch.push(...contactParams(listId, rows[i]!))
        this.insertBatchStmt.run(batch)
      }
      for (; at < rows.length; at++) this.insertContactStmt.run(...contactParams(listId, rows[at]!))
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

  /** Adds up to `limit` more of a list's rows to the search index; returns how many (0: all are in). */
  indexSearch(listId: number, limit: number): number {
    return this.searchIndex.addSome(listId, limit)
  }

  private sizeOf(listId: number): number {
    this.sizeStmt ??= this.db
      .prepare<[number], number>('SELECT count(*) FROM contacts WHERE list_id = ?')
      .pluck()
    return this.sizeStmt.get(listId) ?? 0
  }

  /** Saved lists whose rows are not all in the search index yet. */
  listsBehindInSearch(): number[] {
    return this.searchIndex.behind()
  }

  contacts(listId: number, query: ContactQuery): ContactPage {
    const search = query.search?.trim() ?? ''
    const params: PageParams = { listId }
    let mode: SearchMode = 'none'
    if (search !== '') {
      const found = searchParams(search)
      mode = found.mode === 'index' && this.options.useIndex === false ? 'like' : found.mode
      // In a third of the list or more, reading every row with LIKE is quicker than the index's row ids
      if (
        mode === 'index' &&
        this.options.useIndex === undefined &&
        this.searchIndex.candidatesAtMost(found.terms) > this.sizeOf(listId) / 3
      )
        mode = 'like'
      Object.assign(params, found.params)
    }
    const statements = this.pages.get(`${mode}/${query.verdict ?? ''}`)
    if (!statements) throw new Error('No statement for this contact query')
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

  /** Deletes a list in status 'saving' once it has no contacts left (deleteContacts first). */
  deleteIfSaving(listId: number): boolean {
    return this.deleteSavingStmt.run({ listId }).changes > 0
  }

  /** The lists in status 'saving': being written, being deleted, or left so by an earlier run. */
  savingIds(): number[] {
    return this.savingIdsStmt.all()
  }

  private preparePage(search: SearchMode, verdict: Verdict | undefined): PageStatements {
    const where = contactFilter(search, verdict)
    return {
      count: this.db.prepare<[PageParams], number>(`SELECT count(*) FROM contacts WHERE ${where}`).pluck(),
      page: this.db.prepare<[PageParams], ContactRow>(
        `SELECT id, row_number, name, phone_raw, phone_e164, fields, ${verdictNow}, duplicate_of, repaired
         FROM contacts WHERE ${where} ORDER BY row_number LIMIT @limit OFFSET @offset`,
      ),
    }
  }
}
