import Sqlite from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import type { ImportRow } from '../../../src-shared/domain/contacts'
import { migrations } from '../migrations'
import { ContactListsRepo, likePattern, phoneDigits } from './contact-lists-repo'
import { migrate } from '../migrate'

function repo(): { db: Sqlite.Database; repo: ContactListsRepo } {
  const db = new Sqlite(':memory:')
  db.pragma('foreign_keys = ON')
  migrate(db, migrations, ':memory:')
  return { db, repo: new ContactListsRepo(db) }
}

const newList = {
  name: 'Shops',
  sourceFile: 'shops.csv',
  sheet: 'shops',
  country: 'GB',
  fieldKeys: ['city', 'website'],
  createdAt: '2026-03-01T12:00:00.000Z',
}

describe('likePattern and phoneDigits', () => {
  it('make a search literal and find the digits of what looks like a phone number', () => {
    expect(likePattern('50%_off\\')).toBe('%50\\%\\_off\\\\%')
    expect(phoneDigits('+44 (0)7700-900.123')).toBe('4407700900123')
    expect(phoneDigits('Shop 12')).toBeNull()
    expect(phoneDigits(' - ')).toBeNull()
  })
})

describe('ContactListsRepo', () => {
  it('maps rows to the shared types, nulls and JSON included, and shows only ready lists', () => {
    const { repo: lists } = repo()
    const id = lists.insertList(newList)
    const duplicate: Omit<ImportRow, 'repaired'> = {
      row: 7,
      name: null,
      phoneRaw: 'x',
      phone: null,
      verdict: 'duplicate',
      reason: 'Same number as row 2',
      duplicateOf: 2,
      fields: { city: 'Bath "Spa"' },
    }
    lists.insertContacts(id, [{ ...duplicate, repaired: true }])
    expect(lists.status(id)).toBe('saving')
    expect(lists.get(id)).toBeUndefined()
    const counts = { total: 1, valid: 0, invalid: 0, duplicate: 1, opted_out: 0, repaired: 1 }
    expect(lists.markReady(id, counts)).toBe(true)
    expect(lists.markReady(id, counts)).toBe(false)
    const { createdAt, ...rest } = newList
    expect(lists.all()).toEqual([{ id, ...rest, createdAt, counts }])
    expect(lists.contacts(id, { search: '"spa"', offset: 0, limit: 5 }).rows).toEqual([
      { id: 1, ...duplicate },
    ])
  })

  it('finds names and fields without their accents or case, in any script, and numbers by their digits', () => {
    const { repo: lists } = repo()
    const id = lists.insertList(newList)
    const contact = (row: number, name: string, city: string, phone: string): ImportRow => ({
      row,
      name,
      phoneRaw: phone,
      phone: `+44${phone.slice(1).replace(/ /g, '')}`,
      verdict: 'valid',
      reason: null,
      duplicateOf: null,
      repaired: false,
      fields: { city, website: '' },
    })
    lists.insertContacts(id, [
      contact(2, 'José Núñez', 'Málaga', '07911 200201'),
      contact(3, 'Café Lumière', 'Leeds', '07911 200202'),
      contact(4, 'محمد العلي', 'York', '07911 200203'),
      contact(5, 'अनीता शर्मा', 'Leicester', '07911 200204'),
    ])
    const found = (search: string): (string | null)[] =>
      lists.contacts(id, { search, offset: 0, limit: 10 }).rows.map((c) => c.name)
    for (const search of ['nunez', 'NÚÑEZ', 'Núñez', 'jose nu']) expect(found(search)).toEqual(['José Núñez'])
    for (const search of ['cafe', 'CAFÉ', 'lumiere']) expect(found(search)).toEqual(['Café Lumière'])
    expect(found('malaga')).toEqual(['José Núñez'])
    expect(found('محمد')).toEqual(['محمد العلي'])
    // Arabic's optional vowel marks are left out too: "مُحَمَّد" is "محمد"
    expect(found('مُحَمَّد')).toEqual(['محمد العلي'])
    expect(found('अनीता')).toEqual(['अनीता शर्मा'])
    // Devanagari's vowel signs are letters, not accents: without them it is another name
    expect(found('अनत')).toEqual([])
    expect(found('07911 200203')).toEqual(['محمد العلي'])
    expect(found('+44 7911 200204')).toEqual(['अनीता शर्मा'])
    expect(found('nobody')).toEqual([])
  })

  it('hides a ready list and deletes its contacts a chunk at a time', () => {
    const { db, repo: lists } = repo()
    const id = lists.insertList(newList)
    const row = { name: 'A', phoneRaw: '1', phone: null, verdict: 'valid', reason: null, duplicateOf: null }
    lists.insertContacts(
      id,
      Array.from({ length: 5 }, (_, i) => ({
        ...row,
        verdict: 'valid' as const,
        row: i,
        repaired: false,
        fields: {},
      })),
    )
    expect(lists.hide(id)).toBe(false)
    lists.markReady(id, { total: 5, valid: 5, invalid: 0, duplicate: 0, opted_out: 0, repaired: 0 })
    expect(lists.hide(id)).toBe(true)
    expect(lists.all()).toEqual([])
    expect([lists.deleteContacts(id, 2), lists.deleteContacts(id, 2), lists.deleteContacts(id, 2)]).toEqual([
      2, 2, 1,
    ])
    expect(lists.deleteAllSaving()).toBe(1)
    expect(db.prepare('SELECT count(*) FROM contact_lists').pluck().get()).toBe(0)
  })

  it('lists a contact whose number opted out since the import under Opted out, not Valid, until it opts back in', () => {
    const { db, repo: lists } = repo()
    const id = lists.insertList(newList)
    const contact = (row: number, phone: string): ImportRow => ({
      row,
      name: `Shop ${row}`,
      phoneRaw: phone,
      phone,
      verdict: 'valid',
      reason: null,
      duplicateOf: null,
      repaired: false,
      fields: {},
    })
    lists.insertContacts(id, [contact(2, '+447911000001'), contact(3, '+447911000002')])
    lists.markReady(id, { total: 2, valid: 2, invalid: 0, duplicate: 0, opted_out: 0, repaired: 0 })
    const names = (verdict?: 'valid' | 'opted_out'): string[] =>
      lists.contacts(id, { verdict, offset: 0, limit: 10 }).rows.map((c) => `${c.name} ${c.verdict}`)

    db.prepare(
      "INSERT INTO opt_outs (phone_e164, source, reason, created_at) VALUES ('+447911000002', 'reply', 'STOP', 'now')",
    ).run()
    expect(names('opted_out')).toEqual(['Shop 3 opted_out'])
    expect(names('valid')).toEqual(['Shop 2 valid'])
    expect(names()).toEqual(['Shop 2 valid', 'Shop 3 opted_out'])
    expect(lists.contacts(id, { verdict: 'opted_out', offset: 0, limit: 10 }).rows[0]?.reason).toBe(
      'Asked not to receive messages',
    )
    expect(lists.get(id)?.counts).toMatchObject({ valid: 1, opted_out: 1 })

    db.prepare('DELETE FROM opt_outs').run()
    expect(names('opted_out')).toEqual([])
    expect(names('valid')).toEqual(['Shop 2 valid', 'Shop 3 valid'])
  })
})
