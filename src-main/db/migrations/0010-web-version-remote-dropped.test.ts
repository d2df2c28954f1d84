import Sqlite from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { migrate } from '../migrate'
import { migrations } from './index'

describe('migration 0010 web-version-remote-dropped', () => {
  it('turns a stored "remote" copy of WhatsApp Web into the local one and forgets its address', () => {
    const db = new Sqlite(':memory:')
    migrate(db, migrations.slice(0, 9), ':memory:')
    const store = db.prepare("INSERT INTO settings (key, value, updated_at) VALUES (?, ?, '2026-01-01')")
    store.run('whatsapp.webVersionCache', '"remote"')
    store.run('whatsapp.webVersionRemotePath', '"https://example.com/{version}.html"')
    store.run('defaultCountry', '"MX"')
    migrate(db, migrations, ':memory:')
    expect(db.prepare('SELECT key, value FROM settings ORDER BY key').all()).toEqual([
      { key: 'defaultCountry', value: '"MX"' },
      { key: 'whatsapp.webVersionCache', value: '"local"' },
    ])
  })

  it('leaves "none" as it was', () => {
    const db = new Sqlite(':memory:')
    migrate(db, migrations.slice(0, 9), ':memory:')
    db.prepare(
      "INSERT INTO settings (key, value, updated_at) VALUES ('whatsapp.webVersionCache', '\"none\"', 'x')",
    ).run()
    migrate(db, migrations, ':memory:')
    expect(db.prepare('SELECT value FROM settings').pluck().get()).toBe('"none"')
  })
})
