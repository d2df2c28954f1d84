import type { Migration } from './migration'

/**
 * The text a contact is found by in the search index, from the row `row` ('new', 'old' or the table):
 * its folded name and fields, the number as written, and the E.164 number — or, when there is none, the
 * digits of the number as written. Every text the search's LIKE filter looks in is part of it, so that a
 * contact the filter finds is always among those the index gives. The trigger that removes a contact from
 * the index and the statement that adds it must write exactly the same text: both use this.
 */
export function contactSearchDoc(row: string): string {
  const digits = `replace(replace(replace(replace(replace(replace(${row}.phone_raw,
    ' ', ''), '-', ''), '(', ''), ')', ''), '.', ''), '+', '')`
  return `${row}.search_text || char(10) || ${row}.phone_raw || char(10) || coalesce(${row}.phone_e164, ${digits})`
}

export const contactSearchIndex: Migration = {
  version: 17,
  name: 'contact-search-index',
  up(db) {
    // Search on a 100,000-contact list took 70–120 ms scanning every row with LIKE. A trigram index finds
    // the rows that hold every trigram of a 3+ character search; LIKE then checks those, so the results
    // stay exactly LIKE's. Hence no positions (detail=none): the index is smaller and quicker to write,
    // and searches were no slower. Contentless (the rows are in contacts), and without FTS5's diacritics
    // removal: the text is folded already (search_text), more widely than FTS5 would. Contacts are added
    // by the repository, one statement per chunk of rows (a trigger per row inserted made saving seven
    // times slower: FTS5 writes its pending terms at every statement), and each list notes how far its
    // rows are indexed. Removal is by trigger, so that every deletion is seen; rows never indexed are
    // left out of it.
    db.exec(`
      CREATE VIRTUAL TABLE contacts_fts USING fts5(doc, tokenize = 'trigram', content = '', columnsize = 0, detail = none);
      ALTER TABLE contact_lists ADD COLUMN search_indexed_through INTEGER NOT NULL DEFAULT 0;
      CREATE TRIGGER contacts_fts_delete AFTER DELETE ON contacts
      WHEN old.id <= (SELECT search_indexed_through FROM contact_lists WHERE id = old.list_id)
      BEGIN
        INSERT INTO contacts_fts (contacts_fts, rowid, doc) VALUES ('delete', old.id, ${contactSearchDoc('old')});
      END;
      CREATE TRIGGER contacts_fts_update AFTER UPDATE OF search_text, phone_raw, phone_e164 ON contacts
      WHEN old.id <= (SELECT search_indexed_through FROM contact_lists WHERE id = old.list_id)
      BEGIN
        INSERT INTO contacts_fts (contacts_fts, rowid, doc) VALUES ('delete', old.id, ${contactSearchDoc('old')});
        INSERT INTO contacts_fts (rowid, doc) VALUES (new.id, ${contactSearchDoc('new')});
      END;
      INSERT INTO contacts_fts (rowid, doc) SELECT id, ${contactSearchDoc('contacts')} FROM contacts;
      UPDATE contact_lists SET search_indexed_through =
        coalesce((SELECT max(id) FROM contacts WHERE list_id = contact_lists.id), 0);
    `)
  },
}
