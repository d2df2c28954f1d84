import type { Migration } from './migration'

export const reportingPhrases: Migration = {
  version: 30,
  name: 'reporting-phrases',
  up(db) {
    // The words of a failed scheduled run and of a failed alert delivery as phrases (a catalogue key and its
    // values, JSON), so that the window says them in the user's language; the English columns stay for the
    // command line, the log and the rows written before, which have no phrase.
    db.exec(`
      ALTER TABLE report_schedule_runs ADD COLUMN detail_phrase TEXT
        CHECK (detail_phrase IS NULL OR json_valid(detail_phrase));
      ALTER TABLE alert_deliveries ADD COLUMN error_phrase TEXT
        CHECK (error_phrase IS NULL OR json_valid(error_phrase));
    `)
  },
}
