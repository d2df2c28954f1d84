import type { Database } from 'better-sqlite3'
import type { OptOut } from '../../../src-shared/domain/contacts'
import { likePattern, phoneDigits } from './contact-lists-repo'
import { phraseText, storedPhrase } from './stored-phrase'

export type OptOutQuery = { search?: string; offset: number; limit: number }

type OptOutRow = {
  phone_e164: string
  source: string
  reason: string | null
  reason_phrase: string | null
  created_at: string
}
type SearchParams = { text: string; digits: string | null }

const columns = 'phone_e164, source, reason, reason_phrase, created_at'
const searchFilter = `WHERE phone_e164 LIKE @text ESCAPE '\\' OR phone_e164 LIKE @digits
  OR reason LIKE @text ESCAPE '\\' OR source LIKE @text ESCAPE '\\'`

function toOptOut(row: OptOutRow): OptOut {
  const reasonPhrase = storedPhrase(row.reason_phrase)
  return {
    phone: row.phone_e164,
    source: row.source,
    reason: row.reason,
    // Only where Herald wrote the reason itself: the user's own words have none
    ...(reasonPhrase ? { reasonPhrase } : {}),
    createdAt: row.created_at,
  }
}

/** The opt_outs table: numbers that must never be messaged, by E.164. */
export class OptOutsRepo {
  private readonly insertStmt
  private readonly selectOne
  private readonly deleteStmt
  private readonly selectPhones
  private readonly countAll
  private readonly pageAll
  private readonly countSearch
  private readonly pageSearch

  constructor(db: Database) {
    this.insertStmt = db.prepare<[OptOutRow]>(
      `INSERT INTO opt_outs (${columns}) VALUES (@phone_e164, @source, @reason, @reason_phrase, @created_at)
       ON CONFLICT (phone_e164) DO NOTHING`,
    )
    this.selectOne = db.prepare<[string], OptOutRow>(`SELECT ${columns} FROM opt_outs WHERE phone_e164 = ?`)
    this.deleteStmt = db.prepare<[string]>('DELETE FROM opt_outs WHERE phone_e164 = ?')
    this.selectPhones = db.prepare<[], string>('SELECT phone_e164 FROM opt_outs').pluck()
    const order = 'ORDER BY created_at DESC, rowid DESC LIMIT @limit OFFSET @offset'
    this.countAll = db.prepare<[], number>('SELECT count(*) FROM opt_outs').pluck()
    this.pageAll = db.prepare<[{ limit: number; offset: number }], OptOutRow>(
      `SELECT ${columns} FROM opt_outs ${order}`,
    )
    this.countSearch = db
      .prepare<[SearchParams], number>(`SELECT count(*) FROM opt_outs ${searchFilter}`)
      .pluck()
    this.pageSearch = db.prepare<[SearchParams & { limit: number; offset: number }], OptOutRow>(
      `SELECT ${columns} FROM opt_outs ${searchFilter} ${order}`,
    )
  }

  /** Adds the number unless it is there already; either way returns what is stored, and whether it is new. */
  add(optOut: OptOut): { optOut: OptOut; added: boolean } {
    const added =
      this.insertStmt.run({
        phone_e164: optOut.phone,
        source: optOut.source,
        reason: optOut.reason,
        reason_phrase: phraseText(optOut.reasonPhrase),
        created_at: optOut.createdAt,
      }).changes > 0
    return { optOut: this.get(optOut.phone) ?? optOut, added }
  }

  get(phone: string): OptOut | undefined {
    const row = this.selectOne.get(phone)
    return row && toOptOut(row)
  }

  /** False when the number was not there. */
  remove(phone: string): boolean {
    return this.deleteStmt.run(phone).changes > 0
  }

  phones(): Set<string> {
    return new Set(this.selectPhones.all())
  }

  /** Newest first. */
  list(query: OptOutQuery): { total: number; rows: OptOut[] } {
    const search = query.search?.trim() ?? ''
    const paging = { limit: query.limit, offset: query.offset }
    if (search === '') {
      return { total: this.countAll.get() ?? 0, rows: this.pageAll.all(paging).map(toOptOut) }
    }
    const digits = phoneDigits(search)
    const params = { text: likePattern(search), digits: digits === null ? null : likePattern(digits) }
    return {
      total: this.countSearch.get(params) ?? 0,
      rows: this.pageSearch.all({ ...params, ...paging }).map(toOptOut),
    }
  }
}
