import type { Migration } from './migration'

export const campaignWaiting: Migration = {
  version: 14,
  name: 'campaign-waiting',
  up(db) {
    // Why a running campaign's next message waits (JSON, src-shared `Waiting`), written by the process that
    // sends it, so that every window and `herald campaign status` in another process can say it.
    db.exec('ALTER TABLE campaigns ADD COLUMN waiting TEXT')
  },
}
