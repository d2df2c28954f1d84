import { describe, expect, it } from 'vitest'
import { schemaAt, upgrade } from './schema.test-support'

describe('migration 0010 web-version-remote-dropped', () => {
  it('turns a stored "remote" copy of WhatsApp Web into the local one and forgets its address', () => {
    const db = schemaAt(9)
    const store = db.prepare("INSERT INTO settings (key, value, updated_at) VALUES (?, ?, '2026-01-01')")
    store.run('whatsapp.webVersionCache', '"remote"')
    store.run('whatsapp.webVersionRemotePath', '"https://example.com/{version}.html"')
    store.run('defaultCountry', '"MX"')
    upgrade(db)
    expect(db.prepare('SELECT key, value FROM settings ORDER BY key').all()).toEqual([
      { key: 'defaultCountry', value: '"MX"' },
      { key: 'whatsapp.webVersionCache', value: '"local"' },
    ])
  })

  it('leaves "none" as it was', () => {
    const db = schemaAt(9)
    db.prepare(
      "INSERT INTO settings (key, value, updated_at) VALUES ('whatsapp.webVersionCache', '\"none\"', 'x')",
    ).run()
    upgrade(db)
    expect(db.prepare('SELECT value FROM settings').pluck().get()).toBe('"none"')
  })
})
