import type { Migration } from './migration'

export const webVersionRemoteDropped: Migration = {
  version: 10,
  name: 'web-version-remote-dropped',
  up(db) {
    // The "remote" copy of WhatsApp Web is gone (settings.ts): a stored choice of it becomes the local copy,
    // and its address, no longer a setting, is forgotten rather than warned about at every read.
    db.exec(`
      UPDATE settings SET value = '"local"', updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
        WHERE key = 'whatsapp.webVersionCache' AND value = '"remote"';
      DELETE FROM settings WHERE key = 'whatsapp.webVersionRemotePath';
    `)
  },
}
