import Sqlite from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import type { ImportRow } from '../../../src-shared/domain/contacts'
import { migrations } from '../migrations'
import { ContactSearchIndex } from './contact-search'
import { ContactListsRepo, likePattern, phoneDigits } from './contact-lists-repo'
import { searchParams } from './contact-search'
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
  fieldHeaders: { city: 'Town', website: 'Web site' },
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

describe('searchParams', () => {
  it('asks the index for every trigram of each text LIKE looks for, when each has 3 characters or more', () => {
    expect(searchParams('Núñez')).toMatchObject({
      mode: 'index',
      params: { match: '("nun" AND "une" AND "nez") OR ("Núñ" AND "úñe" AND "ñez")' },
    })
    expect(searchParams('07700 9').params.match).toBe(
      '("077" AND "770" AND "700" AND "00 " AND "0 9") OR ("770" AND "700" AND "009")',
    )
    expect(searchParams('a"b').params.match).toBe('("a""b")')
    for (const short of ['ab', 'é', '007', '0 01'])
      expect(searchParams(short)).toMatchObject({ mode: 'like' })
  })
})

describe('ContactListsRepo', () => {
  it('maps rows to the shared types, nulls, JSON and headers included, and shows only ready lists', () => {
    const { repo: lists } = repo()
    const id = lists.insertList(newList)
    const duplicate: ImportRow = {
      row: 7,
      name: null,
      phoneRaw: 'x',
      phone: null,
      verdict: 'duplicate',
      reason: 'Same number as row 2',
      duplicateOf: 2,
      repaired: true,
      fields: { city: 'Bath "Spa"' },
    }
    lists.insertContacts(id, [duplicate, { ...duplicate, row: 8, repaired: false }])
    expect(lists.status(id)).toBe('saving')
    expect(lists.get(id)).toBeUndefined()
    const counts = { total: 2, valid: 0, invalid: 0, duplicate: 2, opted_out: 0, repaired: 1 }
    expect(lists.markReady(id, counts)).toBe(true)
    expect(lists.markReady(id, counts)).toBe(false)
    const { createdAt, ...rest } = newList
    expect(lists.all()).toEqual([{ id, ...rest, createdAt, counts }])
    expect(lists.contacts(id, { search: '"spa"', offset: 0, limit: 5 }).rows).toEqual([
      { id: 1, ...duplicate },
      { id: 2, ...duplicate, row: 8, repaired: false },
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

  it('finds through the search index exactly what LIKE alone finds, rows written without the index too', () => {
    const { db, repo: lists } = repo()
    const likeOnly = new ContactListsRepo(db, { useIndex: false })
    const throughIndex = new ContactListsRepo(db, { useIndex: true })
    const contact = (
      row: number,
      name: string | null,
      phoneRaw: string,
      phone: string | null,
    ): ImportRow => ({
      row,
      name,
      phoneRaw,
      phone,
      verdict: phone ? (row % 5 === 0 ? 'duplicate' : 'valid') : 'invalid',
      reason: null,
      duplicateOf: null,
      repaired: false,
      fields: { city: ['Málaga', 'LEEDS', 'Zürich', 'York "Minster"', '50%_off'][row % 5] ?? '' },
    })
    const rows = [
      contact(2, 'José Núñez', '07911 200201', '+447911200201'),
      contact(3, 'Café Lumière', '+44 (0)7911-200.202', '+447911200202'),
      contact(4, 'محمد العلي', '(0161) 496-0999 x', null),
      contact(5, 'अनीता शर्मा', 'call me', null),
      contact(6, null, '447911200206', '+447911200206'),
      contact(7, 'ΣΩΚΡΆΤΗΣ', '0034 611 222 333', '+34611222333'),
    ]
    const indexed = lists.insertList(newList)
    lists.insertContacts(indexed, rows)
    expect([
      lists.indexSearch(indexed, 4),
      lists.indexSearch(indexed, 4),
      lists.indexSearch(indexed, 4),
    ]).toEqual([4, 2, 0])
    // Indexed part-way, as while the index catches up after saving
    const partly = lists.insertList({ ...newList, name: 'Partly' })
    lists.insertContacts(partly, rows)
    expect(lists.indexSearch(partly, 3)).toBe(3)
    const unindexed = lists.insertList({ ...newList, name: 'Other' })
    lists.insertContacts(unindexed, rows)
    const searches = [
      'nunez',
      'NÚÑEZ',
      'café',
      'CAFE',
      'lumi',
      'malaga',
      'MÁLAGA',
      'leeds',
      'zur',
      'محمد',
      'अनीता',
      'σωκ',
      'ΣΩΚΡΆ',
      '"minster"',
      '50%_',
      '%_o',
      '7911',
      '07911 200',
      '+44 7911',
      '(0)7911',
      '4960999',
      '0161 496',
      '496-0999',
      '0034 611',
      '611222',
      'call',
      'ME',
      '200.202',
      'nobody',
      'abc',
    ]
    for (const list of [indexed, partly, unindexed]) {
      for (const search of searches) {
        for (const verdict of [undefined, 'valid', 'invalid', 'duplicate'] as const) {
          const query = { search, verdict, offset: 0, limit: 10 }
          expect(throughIndex.contacts(list, query), `${search} ${verdict}`).toEqual(
            likeOnly.contacts(list, query),
          )
          expect(lists.contacts(list, query), `${search} ${verdict}`).toEqual(likeOnly.contacts(list, query))
        }
      }
    }
    expect(lists.contacts(indexed, { search: '4960999', offset: 0, limit: 10 }).total).toBe(1)
    expect(lists.contacts(indexed, { search: 'σωκ', offset: 0, limit: 10 }).total).toBe(1)
    expect(lists.contacts(unindexed, { search: 'zurich', offset: 0, limit: 10 }).total).toBe(2)
    // What the index says of a text's reach, for choosing between it and LIKE: rows indexed holding it
    const reach = new ContactSearchIndex(db)
    expect([reach.candidatesAtMost(['leeds']), reach.candidatesAtMost(['zurich'])]).toEqual([1, 3])
    expect(reach.candidatesAtMost(['zzzz'])).toBe(0)
  })

  it('hides a ready list and deletes its contacts a chunk at a time, from the search index too', () => {
    const { db, repo: lists } = repo()
    const id = lists.insertList(newList)
    const row = { name: 'Amira', phoneRaw: '1', phone: null, reason: null, duplicateOf: null }
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
    lists.indexSearch(id, 5)
    const indexed = (): unknown =>
      db.prepare(`SELECT count(*) FROM contacts_fts WHERE contacts_fts MATCH '"mir"'`).pluck().get()
    expect(indexed()).toBe(5)
    expect(lists.hide(id)).toBe(false)
    lists.markReady(id, { total: 5, valid: 5, invalid: 0, duplicate: 0, opted_out: 0, repaired: 0 })
    expect(lists.hide(id)).toBe(true)
    expect(lists.all()).toEqual([])
    expect(lists.deleteContacts(id, 2)).toBe(2)
    expect(indexed()).toBe(3)
    // Never by cascade: the list goes once its contacts have
    expect(lists.deleteIfSaving(id)).toBe(false)
    expect([lists.deleteContacts(id, 2), lists.deleteContacts(id, 2)]).toEqual([2, 1])
    expect(lists.savingIds()).toEqual([id])
    expect(lists.deleteIfSaving(id)).toBe(true)
    expect(db.prepare('SELECT count(*) FROM contact_lists').pluck().get()).toBe(0)
    expect(indexed()).toBe(0)
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
