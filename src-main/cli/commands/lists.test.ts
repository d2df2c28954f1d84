import { runCommand } from './cli-harness.test-support'
import type { Run } from './cli-harness.test-support'
import { describe, expect, it } from 'vitest'
import type { ContactList } from '../../../src-shared/domain/contacts'
import { ListsService } from '../../contacts/lists-service'
import type { ListsServiceDeps } from '../../contacts/lists-service'
import { OptOutsService } from '../../contacts/opt-outs-service'
import type { TestContext } from '../../context.test-support'
import { withFreshContext } from '../../context.test-support'
import { columns, listsCommand } from './lists'
import type { ContactsCommand, ContactsCtx } from './lists'
import { optOutsCommand } from './optouts'

let ctx: TestContext
let services: ContactsCtx

withFreshContext((fresh) => {
  ctx = fresh
  const { db, events, record } = ctx
  const deps: ListsServiceDeps = { db, events, record, now: () => new Date(2026, 2, 1, 12) }
  services = {
    lists: new ListsService(deps),
    optOuts: new OptOutsService({
      ...deps,
      normalize: (raw) =>
        /^\+\d{8,15}$/.test(raw) ? { ok: true, e164: raw } : { ok: false, reason: 'Too few digits.' },
      defaultCountry: () => 'GB',
    }),
  }
})

function herald(command: ContactsCommand, ...argv: string[]): Promise<Run> {
  return runCommand(services, command, ...argv)
}

function saveList(name: string, total: number): void {
  const id = services.lists.create({
    name,
    sourceFile: `${name}.xlsx`,
    sheet: 'Sheet1',
    country: 'GB',
    fieldKeys: [],
  })
  services.lists.finish(id, { total, valid: total - 3, invalid: 2, duplicate: 1, opted_out: 0, repaired: 0 })
}

describe('herald lists', () => {
  it('says how to import a list when there is none', async () => {
    const { status, out } = await herald(listsCommand)
    expect(status).toBe(0)
    expect(out).toBe('No saved contact lists yet. Import one with: herald import FILE --save NAME\n')
    expect(JSON.parse((await herald(listsCommand, '--json')).out)).toEqual([])
  })

  it('prints an aligned table for people and the lists as JSON with --json', async () => {
    saveList('Shops', 1200)
    saveList('Bakeries in York', 15)
    const { status, out } = await herald(listsCommand)
    expect(status).toBe(0)
    expect(out.split('\n')).toEqual([
      'ID  Name              Valid/Total  Invalid  Duplicates  Opted out  Created     Source file',
      ' 2  Bakeries in York        12/15        2           1          0  2026-03-01  Bakeries in York.xlsx',
      ' 1  Shops               1197/1200        2           1          0  2026-03-01  Shops.xlsx',
      '',
    ])
    const json = JSON.parse((await herald(listsCommand, '--json')).out) as ContactList[]
    expect(json).toEqual(services.lists.list())
  })

  it('exits 2 for an unknown action', async () => {
    const { status, err } = await herald(listsCommand, 'show')
    expect(status).toBe(2)
    expect(err).toBe('herald: Unknown lists action "show".\n')
  })
})

describe('herald optouts', () => {
  it('adds, lists and removes a number', async () => {
    const added = await herald(optOutsCommand, 'add', '+447700900123', '--reason', 'Replied STOP')
    expect(added).toEqual({
      status: 0,
      out: 'Added +447700900123 to the opt-out list. Herald will never message it.\n',
      err: '',
    })
    expect((await herald(optOutsCommand, 'add', '+447700900123')).out).toBe(
      '+447700900123 was already on the opt-out list (since 2026-03-01).\n',
    )
    expect((await herald(optOutsCommand)).out).toBe(
      'Phone          Added       Source  Reason\n+447700900123  2026-03-01  manual  Replied STOP\n',
    )
    const json = JSON.parse((await herald(optOutsCommand, 'list', '--json')).out) as unknown
    expect(json).toEqual([
      { phone: '+447700900123', source: 'manual', reason: 'Replied STOP', createdAt: expect.any(String) },
    ])
    expect((await herald(optOutsCommand, 'remove', '+447700900123')).out).toBe(
      'Removed +447700900123 from the opt-out list.\n',
    )
    expect((await herald(optOutsCommand)).out).toBe(
      'No opted-out numbers. Add one with: herald optouts add PHONE\n',
    )
  })

  it('lists more numbers than fit on one page', async () => {
    for (let i = 0; i < 1001; i += 1) services.optOuts.add(`+4477009${String(i).padStart(5, '0')}`)
    expect((JSON.parse((await herald(optOutsCommand, '--json')).out) as unknown[]).length).toBe(1001)
  })

  it('exits 1 with one line for a number it cannot read, an unknown country or a number not listed', async () => {
    for (const args of [
      ['add', '12345'],
      ['add', '+447700900123', '--country', 'XX'],
      ['remove', '+447700900123'],
    ]) {
      const { status, out, err } = await herald(optOutsCommand, ...args)
      expect(status).toBe(1)
      expect(out).toBe('')
      expect(err.trim().split('\n')).toHaveLength(1)
      expect(err).toMatch(/^herald: /)
    }
    expect((await herald(optOutsCommand, 'add', '1')).err).toBe(
      'herald: Too few digits. Enter the number with its country code, e.g. +44 7700 900123.\n',
    )
  })

  it('exits 2 for a missing or extra PHONE, an unknown action or an option out of place', async () => {
    for (const args of [
      ['add'],
      ['remove', '+447700900123', '+447700900124'],
      ['block', '+447700900123'],
      ['list', '--reason', 'x'],
      ['list', '+447700900123'],
    ]) {
      expect((await herald(optOutsCommand, ...args)).status).toBe(2)
    }
  })
})

describe('columns', () => {
  it('pads every column to its widest cell and right-aligns the ones asked for', () => {
    expect(
      columns(
        ['A', 'Count'],
        [
          ['long name', '7'],
          ['b', '1234567'],
        ],
        [1],
      ),
    ).toBe('A            Count\nlong name        7\nb          1234567')
  })
})
