import fs from 'node:fs'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { saveList } from '../campaign/fixtures.test-support'
import type { TestContext } from '../context.test-support'
import { openTestContext, tempDataDir } from '../context.test-support'
import { sayIn } from '../../src-shared/i18n/wording'
import { AppError } from '../errors'
import { thrownBy } from '../thrown.test-support'
import { fakeClientFactory } from '../whatsapp/fake-client'

let temp: ReturnType<typeof tempDataDir>
let ctx: TestContext
let fakes: ReturnType<typeof fakeClientFactory>
const states: { accountId: number; status: string }[] = []
const header: string[] = []

beforeEach(() => {
  temp = tempDataDir()
  fakes = fakeClientFactory()
  ctx = openTestContext({ dataDir: temp.dir, whatsappClient: fakes.factory })
  states.length = 0
  header.length = 0
  ctx.events.subscribe((event, payload) => {
    const p = payload as { accountId: number; state: { status: string }; status: string }
    if (event === 'accounts:state') states.push({ accountId: p.accountId, status: p.state.status })
    if (event === 'whatsapp:state') header.push(p.status)
  })
})

afterEach(async () => {
  await ctx.shutdown()
  temp.remove()
})

const refusal = (work: () => unknown): AppError => thrownBy(AppError, work)

describe('sending numbers', () => {
  it('are named, renamed and found by name in any case; names stay unique and the first number stays', async () => {
    const till = ctx.accounts.add('  Till phone ')
    expect(till.name).toBe('Till phone')
    expect(ctx.accounts.resolve('TILL PHONE').id).toBe(till.id)
    expect(refusal(() => ctx.accounts.add('till phone')).message).toContain('already exists')
    expect(refusal(() => ctx.accounts.add('')).code).toBe('BAD_INPUT')
    expect(refusal(() => ctx.accounts.resolve('Van')).message).toBe(
      'There is no number named "Van". The numbers are "My number", "Till phone".',
    )
    ctx.accounts.rename(till.id, 'Counter')
    expect(ctx.accounts.accounts().map((a) => a.name)).toEqual(['My number', 'Counter'])
    await expect(ctx.accounts.remove(1)).rejects.toThrow(/first number and stays/)
  })

  it('refuses a name in English for the CLI, and as a phrase the window says in its language', () => {
    const empty = refusal(() => ctx.accounts.add('   '))
    expect(empty.message).toBe('Give the number a name, such as "Shop phone".')
    expect(sayIn('es', empty.phrase!)).toBe('Ponle un nombre al número, como «Teléfono de la tienda».')
    const long = refusal(() => ctx.accounts.add('x'.repeat(41)))
    expect(long.message).toBe('Keep the name under 40 characters.')
    expect(sayIn('fr', long.phrase!)).toBe('Le nom doit faire moins de 40 caractères.')
    const first = refusal(() => ctx.accounts.get(99))
    expect(first.toFailure()).toMatchObject({
      code: 'NOT_FOUND',
      message: 'That number was removed. Look at the list of numbers again.',
      phrase: { key: 'whatsapp.number.removed' },
    })
  })

  it('each connect on its own browser and login folder; a later number does not move the header badge', async () => {
    const till = ctx.accounts.add('Till phone')
    await ctx.accounts.connect(till.id)
    const fake = fakes.last()
    fake.becomeReady({ name: 'Till', phone: '447911000222' })
    await ctx.accounts.link(till.id).connection.waitFor((s) => s.status === 'ready', 2000)
    expect(states.filter((s) => s.accountId === till.id).at(-1)?.status).toBe('ready')
    expect(header).toEqual([])
    expect(ctx.accounts.list().map((a) => [a.name, a.state.status, a.phone])).toEqual([
      ['My number', 'not_connected', null],
      ['Till phone', 'ready', '+447911000222'],
    ])
    // Its login lives in a folder of its own, apart from the first number's
    expect(fakes.created).toHaveLength(1)
    expect(JSON.stringify(fakes.created[0]!.options)).toContain(`number-${till.id}`)
  })

  it('keeps a number sending an unfinished campaign, and removes an idle one with its login but not its history', async () => {
    const till = ctx.accounts.add('Till phone')
    const template = ctx.templates.save({ name: 'Offer', variants: [{ name: 'A', body: 'Hi {{name}}' }] })
    const listId = saveList(ctx, 4)
    const campaign = await ctx.campaigns.create({
      listId,
      templateId: template.id,
      dryRun: true,
      pace: 'none',
      accounts: [{ id: 1 }, { id: till.id }],
    })
    await expect(ctx.accounts.remove(till.id)).rejects.toThrow(/not finished/)
    ctx.campaigns.start(campaign.id)
    await ctx.campaigns.whenDone(campaign.id)
    const login = path.join(temp.dir, 'whatsapp', `number-${till.id}`)
    fs.mkdirSync(login, { recursive: true })
    await ctx.accounts.remove(till.id)
    expect(ctx.accounts.accounts().map((a) => a.name)).toEqual(['My number'])
    // The history still names the number its messages went out on
    expect(ctx.campaigns.progress(campaign.id).byAccount?.map((s) => [s.name, s.counts.sent])).toEqual([
      ['My number', 2],
      ['Till phone', 2],
    ])
    // …and its name is free for a new number
    expect(ctx.accounts.add('Till phone').id).not.toBe(till.id)
  })

  it('closes the browser of a number no longer sending when a live campaign ends, unless Settings keeps it', async () => {
    const till = ctx.accounts.add('Till phone')
    await ctx.accounts.connect(till.id)
    fakes.last().becomeReady({ name: 'Till', phone: '447911000222' })
    await ctx.accounts.link(till.id).connection.waitFor((s) => s.status === 'ready', 2000)
    // A live campaign on it (never started) is stopped: the campaign has ended
    const template = ctx.templates.save({ name: 'Offer', variants: [{ name: 'A', body: 'Hi {{name}}' }] })
    ctx.settings.update({ 'whatsapp.disconnectIdle': 'no' })
    const kept = await ctx.campaigns.create({
      listId: saveList(ctx, 2, 'Kept'),
      templateId: template.id,
      dryRun: false,
      pace: 'safe',
      accounts: [{ id: till.id }],
    })
    await ctx.campaigns.stop(kept.id)
    // The progress of the stop reaches the windows within the push interval (100 ms)
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(ctx.accounts.list()[1]!.state.status).toBe('ready')
    ctx.settings.update({ 'whatsapp.disconnectIdle': 'yes' })
    const closed = await ctx.campaigns.create({
      listId: saveList(ctx, 2, 'Closed'),
      templateId: template.id,
      dryRun: false,
      pace: 'safe',
      accounts: [{ id: till.id }],
    })
    // Created is not ended: the number stays connected for the campaign about to start
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(ctx.accounts.list()[1]!.state.status).toBe('ready')
    await ctx.campaigns.stop(closed.id)
    await ctx.accounts.link(till.id).connection.waitFor((s) => s.status === 'not_connected', 2000)
    expect(ctx.accounts.list()[1]!.state.status).toBe('not_connected')
    expect(fakes.last().browserRunning).toBe(false)
  })
})
