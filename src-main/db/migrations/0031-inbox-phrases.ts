import type { Migration } from './migration'

export const inboxPhrases: Migration = {
  version: 31,
  name: 'inbox-phrases',
  up(db) {
    // Why an answer typed in the Inbox did not go (or may not have) as a phrase (a catalogue key and its
    // values, JSON), so that the conversation says it in the user's language; the English column stays for
    // the command line, the log and the answers recorded before, which have no phrase.
    db.exec(`
      ALTER TABLE conversation_messages ADD COLUMN error_phrase TEXT
        CHECK (error_phrase IS NULL OR json_valid(error_phrase));
    `)
  },
}
