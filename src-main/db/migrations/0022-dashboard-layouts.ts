import type { Migration } from './migration'

export const dashboardLayouts: Migration = {
  version: 22,
  name: 'dashboard-layouts',
  up(db) {
    // A layout keeps its widgets as JSON: [{ id, visible, width }] in the order shown. Widgets a layout does
    // not name (added by a later Herald) are shown at its end, so the list is read leniently, never trusted.
    // One layout at most is the one in use. The index on replies by the time they came serves the
    // Dashboard's "Replies and leads" over a period without reading every conversation.
    db.exec(`
      CREATE TABLE dashboard_layouts (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        widgets TEXT NOT NULL CHECK (json_valid(widgets) AND json_type(widgets) = 'array'),
        in_use INTEGER NOT NULL DEFAULT 0 CHECK (in_use IN (0, 1))
      ) STRICT;
      CREATE UNIQUE INDEX dashboard_layouts_name ON dashboard_layouts (name COLLATE NOCASE);
      CREATE UNIQUE INDEX dashboard_layouts_in_use ON dashboard_layouts (in_use) WHERE in_use = 1;
      CREATE INDEX conversation_messages_replies_at ON conversation_messages (at) WHERE direction = 'in';
    `)
  },
}
