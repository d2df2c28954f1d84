import { contactSearchText, foldForSearch } from '../../../src-shared/domain/search-text'
import type { Migration } from './migration'

export const searchText: Migration = {
  version: 15,
  name: 'search-text',
  up(db) {
    // Search finds "Núñez" by "nunez": each contact keeps its name and fields folded (accents off, lower
    // case), each message its contact's name, written with the row and searched with a plain LIKE. FTS5's
    // trigram index would fold only Latin accents and find nothing under three letters.
    db.exec(`ALTER TABLE contacts ADD COLUMN search_text TEXT NOT NULL DEFAULT '';
      ALTER TABLE messages ADD COLUMN name_folded TEXT;`)
    db.function('herald_fold', { deterministic: true }, (text: unknown) =>
      typeof text === 'string' ? foldForSearch(text) : null,
    )
    db.function('herald_contact_search', { deterministic: true }, (name: unknown, fields: unknown) =>
      contactSearchText(
        typeof name === 'string' ? name : null,
        Object.values(JSON.parse(String(fields)) as Record<string, unknown>).map(String),
      ),
    )
    // The message log's filters keep reading the index alone (0008): it holds the folded name now.
    db.exec(`UPDATE contacts SET search_text = herald_contact_search(name, fields);
      UPDATE messages SET name_folded = herald_fold(name) WHERE name IS NOT NULL;
      DROP INDEX messages_log;
      CREATE INDEX messages_log ON messages (campaign_id, contact_id, status, variant, error_category,
        phone_e164, name_folded);`)
  },
}
