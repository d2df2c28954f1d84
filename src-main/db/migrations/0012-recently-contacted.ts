import type { Migration } from './migration'
import { errorCategoriesOf0009 } from './0009-new-chat-refused'
import { rebuildTable, withAllowedValues } from './rebuild'

/** The categories as of this migration: 0009's and `recently_contacted`. */
export const errorCategoriesOf0012 = [...errorCategoriesOf0009, 'recently_contacted'] as const

export const recentlyContacted: Migration = {
  version: 12,
  name: 'recently-contacted',
  rebuildsTables: true,
  up(db) {
    // The contact frequency cap leaves out numbers that got a Herald message in the last N days: they are
    // recorded as skipped with a cause of their own, so the log says why and a retry may send to them later.
    rebuildTable(db, 'messages', (sql) => withAllowedValues(sql, 'error_category', errorCategoriesOf0012))
  },
}
