import { wasRepaired } from '../../import/phone'
import type { Migration } from './migration'

export const headersAndRepaired: Migration = {
  version: 16,
  name: 'headers-and-repaired',
  up(db) {
    // A list shows its columns under the headers the person wrote ("Opening hours"), not the placeholder
    // keys made from them (opening_hours); lists saved before this keep '{}' and show their keys. Each
    // contact says whether Herald repaired its number, which the list's count alone could not show.
    db.exec(`ALTER TABLE contact_lists ADD COLUMN field_headers TEXT NOT NULL DEFAULT '{}'
        CHECK (json_valid(field_headers) AND json_type(field_headers) = 'object');
      ALTER TABLE contacts ADD COLUMN repaired INTEGER NOT NULL DEFAULT 0 CHECK (repaired IN (0, 1));`)
    // The import judged "repaired" by the number as written against the one it read; both are stored
    db.function('herald_was_repaired', { deterministic: true }, (raw: unknown, e164: unknown) =>
      typeof raw === 'string' && typeof e164 === 'string' && wasRepaired(raw, e164) ? 1 : 0,
    )
    db.exec(`UPDATE contacts SET repaired = 1
      WHERE phone_e164 IS NOT NULL AND herald_was_repaired(phone_raw, phone_e164) = 1`)
  },
}
