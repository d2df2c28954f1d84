import type { Migration } from './migration'
import { releasedErrorCategories } from './0004-campaigns'
import { rebuildTable, withAllowedValues } from './rebuild'

/** The categories as of this migration: 0004's and `new_chat_refused`. */
export const errorCategoriesOf0009 = [...releasedErrorCategories, 'new_chat_refused'] as const

export const newChatRefused: Migration = {
  version: 9,
  name: 'new-chat-refused',
  rebuildsTables: true,
  up(db) {
    // WhatsApp Web refuses a first message to a number whose private id it has not learned yet ("No LID for
    // user"): a failure of its own, with its own advice, rather than "unexpected error".
    rebuildTable(db, 'messages', (sql) => withAllowedValues(sql, 'error_category', errorCategoriesOf0009))
  },
}
