import type { Database, Statement } from 'better-sqlite3'
import { foldForSearch } from '../../../src-shared/domain/search-text'
import { contactSearchDoc } from '../migrations/0017-contact-search-index'

/** How a search is run: none, LIKE over the list's rows, or the trigram index first (migration 0017). */
export type SearchMode = 'none' | 'like' | 'index'

export type SearchParams = {
  text: string
  folded: string
  digits: string | null
  national: string | null
  /** The FTS5 query that gives every contact LIKE could find (and some more); '' for a LIKE search. */
  match: string
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

// Punctuation people put in phone numbers, removed so that "7700 900" finds "07700-900 123".
const rawDigits = `replace(replace(replace(replace(replace(replace(phone_raw,
  ' ', ''), '-', ''), '(', ''), ')', ''), '.', ''), '+', '')`

// Without the index each part is a full scan of the list's rows, so the costly ones are narrowed first: a
// digit search strips the raw number only where there is no E.164 to match (the trunk 0 dropped, so
// "07700" finds "+447700…"). Names and fields are searched folded (search_text, migration 0015): "nunez"
// finds "Núñez". With the index, this filter still decides: the index only picks the rows it looks at.
export const searchFilter = `(search_text LIKE @folded ESCAPE '\\' OR phone_raw LIKE @text ESCAPE '\\'
  OR phone_e164 LIKE @text ESCAPE '\\'
  OR (@digits IS NOT NULL AND (phone_e164 LIKE @national OR (phone_e164 IS NULL AND ${rawDigits} LIKE @digits))))`

// The rows the index holds a term of the search in, and the list's rows not in the index yet (written
// without it: they are looked at all).
export const indexedFilter = `(id IN (SELECT rowid FROM contacts_fts WHERE contacts_fts MATCH @match)
  OR id > (SELECT search_indexed_through FROM contact_lists WHERE id = @listId))`

const phrase = (term: string): string => `"${term.replaceAll('"', '""')}"`

/** Every trigram of the term (the index keeps no positions: detail=none); LIKE then checks the order. */
function trigrams(term: string): string {
  const chars = [...term]
  const found = new Set<string>()
  for (let at = 0; at + 3 <= chars.length; at += 1) found.add(phrase(chars.slice(at, at + 3).join('')))
  return `(${[...found].join(' AND ')})`
}

/**
 * The LIKE patterns of a search and, when each text LIKE looks for is 3 characters or more, the FTS5 query
 * for the rows holding every trigram of one of them: a trigram index finds nothing shorter. The folded text is what search_text holds; the text as
 * typed is what the number as written holds; the national digits are within the E.164 number and within
 * the digits of a number as written (a search for "07700" finds "+447700…" and "(07700)").
 */
export function searchParams(search: string): {
  mode: SearchMode
  params: SearchParams
  /** The texts the index is asked for (each found by all its trigrams). */
  terms: string[]
} {
  const digits = phoneDigits(search)
  const national = digits?.replace(/^0+/, '') || digits
  const folded = foldForSearch(search)
  const terms = new Set([folded, search, ...(national === null ? [] : [national])])
  const indexed = [...terms].every((term) => [...term].length >= 3)
  return {
    mode: indexed ? 'index' : 'like',
    params: {
      text: likePattern(search),
      folded: likePattern(folded),
      digits: digits === null ? null : likePattern(digits),
      national: national === null ? null : likePattern(national),
      match: indexed ? [...terms].map(trigrams).join(' OR ') : '',
    },
    terms: [...terms],
  }
}

/** At most four trigrams of the term, spread over it: enough to tell a rare text from a common one. */
function sampleTrigrams(term: string): string[] {
  const chars = [...term.toLowerCase()]
  const count = chars.length - 2
  const picks = new Set([0, Math.floor(count / 3), Math.floor((2 * count) / 3), count - 1])
  return [...picks].filter((at) => at >= 0).map((at) => chars.slice(at, at + 3).join(''))
}

/**
 * Adds a list's contacts to the search index after the list is saved, a chunk at a time: FTS5 costs about
 * as much as writing the rows, so saving does not wait for it, and a search meanwhile reads the rows past
 * the list's mark without the index (indexedFilter). One statement a chunk, in rowid order: FTS5 writes
 * its pending terms at every statement and whenever a rowid is lower than the one before.
 */
export class ContactSearchIndex {
  private readonly lastOfChunk: Statement<[{ listId: number; limit: number }], number | null>
  private readonly addStmt: Statement<[{ listId: number; upTo: number }]>
  private readonly markStmt: Statement<[{ listId: number; upTo: number }]>
  private readonly behindStmt: Statement<[], number>
  private vocabulary: Statement<[string], number> | undefined

  constructor(private readonly db: Database) {
    const mark = '(SELECT search_indexed_through FROM contact_lists WHERE id = @listId)'
    this.lastOfChunk = db
      .prepare<[{ listId: number; limit: number }], number | null>(
        `SELECT max(id) FROM (SELECT id FROM contacts WHERE list_id = @listId AND id > ${mark}
           ORDER BY id LIMIT @limit)`,
      )
      .pluck()
    this.addStmt = db.prepare(
      `INSERT INTO contacts_fts (rowid, doc) SELECT id, ${contactSearchDoc('contacts')}
       FROM contacts WHERE list_id = @listId AND id > ${mark} AND id <= @upTo ORDER BY id`,
    )
    this.markStmt = db.prepare('UPDATE contact_lists SET search_indexed_through = @upTo WHERE id = @listId')
    this.behindStmt = db
      .prepare<[], number>(
        `SELECT l.id FROM contact_lists l WHERE l.status = 'ready'
           AND EXISTS (SELECT 1 FROM contacts c WHERE c.list_id = l.id AND c.id > l.search_indexed_through)`,
      )
      .pluck()
  }

  /** Indexes up to `limit` more of the list's rows, all or nothing; returns how many. */
  addSome(listId: number, limit: number): number {
    return this.db.transaction(() => {
      const upTo = this.lastOfChunk.get({ listId, limit })
      if (upTo === null || upTo === undefined) return 0
      const added = this.addStmt.run({ listId, upTo }).changes
      this.markStmt.run({ listId, upTo })
      return added
    })()
  }

  /**
   * How many indexed contacts could match the terms at most: for each term, the fewest rows holding one of
   * its trigrams (FTS5's vocabulary, one lookup a trigram). A search in most of a list's rows is quicker
   * without the index, which then hands over more row ids than LIKE has rows to read.
   */
  candidatesAtMost(terms: readonly string[]): number {
    this.vocabulary ??= this.openVocabulary()
    let total = 0
    for (const term of terms) {
      let fewest = Number.POSITIVE_INFINITY
      for (const trigram of sampleTrigrams(term)) fewest = Math.min(fewest, this.vocabulary.get(trigram) ?? 0)
      total += Number.isFinite(fewest) ? fewest : 0
    }
    return total
  }

  private openVocabulary(): Statement<[string], number> {
    this.db.exec(
      "CREATE VIRTUAL TABLE IF NOT EXISTS temp.contacts_fts_vocab USING fts5vocab(main, contacts_fts, 'row')",
    )
    return this.db.prepare<[string], number>('SELECT doc FROM temp.contacts_fts_vocab WHERE term = ?').pluck()
  }

  /** Saved lists with rows not in the index yet (a run that stopped while indexing). */
  behind(): number[] {
    return this.behindStmt.all()
  }
}
