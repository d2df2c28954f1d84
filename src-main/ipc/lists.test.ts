import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ImportRow } from '../../src-shared/domain/contacts'
import { contract } from '../../src-shared/ipc/contract'
import type { Input, Output } from '../../src-shared/ipc/contract'
import { ListsService } from '../contacts/lists-service'
import type { ListsServiceDeps } from '../contacts/lists-service'
import { OptOutsService } from '../contacts/opt-outs-service'
import type { TestContext } from '../context.test-support'
import { AppError } from '../errors'
import { openTestContext, tempDataDir } from '../context.test-support'
import { listsHandlers } from './lists'
import type { ListsChannels } from './lists'

let ctx: TestContext
let remove: () => void
let handlers: ReturnType<typeof listsHandlers>
let lists: ListsService

beforeEach(() => {
  const temp = tempDataDir()
  remove = temp.remove
  ctx = openTestContext({ dataDir: temp.dir, runtime: 'cli' })
  const deps: ListsServiceDeps = { db: ctx.db, events: ctx.events, record: (...args) => ctx.record(...args) }
  lists = new ListsService(deps)
  const optOuts = new OptOutsService({
    ...deps,
    normalize: (raw) =>
      /^\+\d{8,15}$/.test(raw) ? { ok: true, e164: raw } : { ok: false, reason: 'Not a phone number' },
    defaultCountry: () => 'GB',
  })
  handlers = listsHandlers({ lists, optOuts })
})
afterEach(async () => {
  await ctx.shutdown()
  remove()
})

/** As dispatch does it: the input parsed by the contract first; then the output checked against it too. */
async function call<C extends ListsChannels>(channel: C, input: Input<C>): Promise<Output<C>> {
  const handler = handlers[channel] as (parsed: unknown) => unknown
  const output = await handler(contract[channel].input.parse(input))
  return contract[channel].output.parse(output) as Output<C>
}

function saveList(): number {
  const row: ImportRow = {
    row: 2,
    name: 'Corner Bakery',
    phoneRaw: '07700 900123',
    phone: '+447700900123',
    verdict: 'valid',
    reason: null,
    duplicateOf: null,
    repaired: true,
    fields: { city: 'York' },
  }
  const id = lists.create({
    name: 'Shops',
    sourceFile: 'shops.csv',
    sheet: 'shops',
    country: 'GB',
    fieldKeys: ['city'],
  })
  lists.appendChunk(id, [
    row,
    { ...row, row: 3, name: null, phone: null, phoneRaw: 'n/a', verdict: 'invalid' },
  ])
  lists.finish(id, { total: 2, valid: 1, invalid: 1, duplicate: 0, opted_out: 0, repaired: 1 })
  return id
}

describe('lists and opt-out handlers', () => {
  it('answer every channel with output that matches the contract', async () => {
    const listId = saveList()
    expect(await call('lists:list', {})).toHaveLength(1)
    expect((await call('lists:get', { listId })).counts.repaired).toBe(1)
    const page = await call('lists:contacts', { listId, verdict: 'invalid' })
    expect(page).toMatchObject({ total: 1, rows: [{ row: 3, name: null, phone: null }] })
    expect((await call('lists:contacts', { listId, search: 'bakery', limit: 1 })).rows[0]?.fields).toEqual({
      city: 'York',
    })
    expect(await call('optouts:add', { phone: '+447700900123', reason: 'STOP' })).toMatchObject({
      phone: '+447700900123',
      source: 'manual',
      reason: 'STOP',
    })
    expect((await call('optouts:list', { search: '7700' })).total).toBe(1)
    expect(await call('optouts:remove', { phone: '+447700900123' })).toBeNull()
    expect(await call('optouts:list', {})).toEqual({ total: 0, rows: [] })
    expect(await call('lists:delete', { listId })).toBeNull()
    expect(await call('lists:list', {})).toEqual([])
  })

  it('report a missing list and an unreadable number as errors the user can act on', async () => {
    await expect(call('lists:get', { listId: 42 })).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(call('lists:contacts', { listId: 42 })).rejects.toBeInstanceOf(AppError)
    await expect(call('lists:delete', { listId: 42 })).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(call('optouts:add', { phone: '123' })).rejects.toMatchObject({
      code: 'BAD_INPUT',
      message: 'Not a phone number. Enter the number with its country code, e.g. +44 7700 900123.',
    })
  })
})
