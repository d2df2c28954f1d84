import type { Migration } from './migration'

export const messageDetailPhrases: Migration = {
  version: 32,
  name: 'message-detail-phrases',
  up(db) {
    // Why a message failed or was skipped, as Herald said it, as a phrase: a catalogue key and its values
    // (JSON), so that History, the campaign's page and the exports say it in the user's language. The English
    // column stays for the command line and the messages recorded before, which have no phrase; so do the
    // words that came from WhatsApp Web as they were. Only a message with a detail has one.
    db.exec(`
      ALTER TABLE messages ADD COLUMN error_detail_phrase TEXT
        CHECK (error_detail_phrase IS NULL OR json_valid(error_detail_phrase));
    `)
  },
}
