import type { Migration } from './migration'

export const pausePhrases: Migration = {
  version: 29,
  name: 'pause-phrases',
  up(db) {
    // Why a campaign paused or stopped, and why one of its numbers paused, as phrases: a catalogue key and its
    // values (JSON), so that the window says them in the user's language. The English columns stay for the
    // command line and the rows saved before, which have no phrase.
    db.exec(`
      ALTER TABLE campaigns ADD COLUMN status_reason_phrase TEXT
        CHECK (status_reason_phrase IS NULL OR json_valid(status_reason_phrase));
      ALTER TABLE campaign_accounts ADD COLUMN paused_reason_phrase TEXT
        CHECK (paused_reason_phrase IS NULL OR json_valid(paused_reason_phrase));
    `)
  },
}
