import type { Migration } from './migration'

const attachmentColumn = `attachment TEXT CHECK (attachment IS NULL OR
  (json_valid(attachment) AND json_type(attachment) = 'object'))`

// An image or PDF sent with the message, as JSON { file, name, mime, bytes }: `file` names the copy in the
// data folder's attachments folder. A campaign keeps its own reference, copied from its template when it
// is created, like its copy of the variants: editing the template later never changes what it sends.
export const attachments: Migration = {
  version: 7,
  name: 'attachments',
  up(db) {
    db.exec(`
      ALTER TABLE templates ADD COLUMN ${attachmentColumn};
      ALTER TABLE campaigns ADD COLUMN ${attachmentColumn};
    `)
  },
}
