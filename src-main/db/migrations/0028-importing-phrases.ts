import type { Migration } from './migration'

export const importingPhrases: Migration = {
  version: 28,
  name: 'importing-phrases',
  up(db) {
    // Why a contact will not be messaged ("Not a valid number for Spain (+34)") and why Herald put a number
    // on the opt-out list (a reply that asked to stop), as phrases: a catalogue key and its values (JSON), so
    // that the window says them in the user's language. The English columns stay for the command line and
    // the rows saved before, which have no phrase; a reason the user typed has none either.
    db.exec(`
      ALTER TABLE contacts ADD COLUMN reason_phrase TEXT
        CHECK (reason_phrase IS NULL OR json_valid(reason_phrase));
      ALTER TABLE opt_outs ADD COLUMN reason_phrase TEXT
        CHECK (reason_phrase IS NULL OR json_valid(reason_phrase));
    `)
  },
}
