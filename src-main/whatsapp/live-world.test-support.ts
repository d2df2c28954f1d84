import { expect, vi } from 'vitest'
import type { MessageLogRow } from '../../src-shared/domain/history'
import fs from 'node:fs'
import path from 'node:path'
import { attachmentsDirOf } from '../campaign/attachments'
import type { CampaignsService } from '../campaign/campaigns-service'
import { SimulatedClock } from '../clock'
import { campaignServices, phoneOf, saveList, start } from '../campaign/fixtures.test-support'
import type { TemplatesService } from '../campaign/templates-service'
import type { MessagesRepo } from '../db/repos/messages-repo'
import type { TestContext } from '../context.test-support'
import { closeAfterEach, messagesOf, openTestContext, tempDataDir } from '../context.test-support'
import { DryRunTransport } from '../transport/dry-run'
import { followConnection } from './auto-resume'
import { WhatsAppConnection } from './connection'
import type { FakeWaClient } from './fake-client'
import { fakeClientFactory } from './fake-client'
import { WhatsAppTransport } from './transport'

/** A live campaign's world: the services on a simulated clock, the real connection over fake clients. */
export type World = {
  ctx: TestContext
  clock: SimulatedClock
  campaigns: CampaignsService
  templates: TemplatesService
  /** The messages table, for a test to look at (or move) a message the way the engine does. */
  messages: MessagesRepo
  connection: WhatsAppConnection
  clients: ReturnType<typeof fakeClientFactory>
  close(): Promise<void>
}

export const chatOf = (phone: string): string => `${phone.slice(1)}@c.us`
/** The private "@lid" chat id WhatsApp Web may know contact `i` (of `phoneOf`) by. */
export const lidOf = (i: number): string => `${90000000000 + i}@lid`
/** Contact `i`'s number as WhatsApp Web's ids write it: digits only. */
export const digits = (i: number): string => phoneOf(i).slice(1)

export type WorldOptions = {
  /** A login saved in the data folder, as after a QR scan: what lets Herald reconnect by itself. */
  savedLogin?: boolean
  /** Prepares the n-th client (0 = the first) before Herald sees it. */
  prepare?: (fake: FakeWaClient, n: number) => void
}

/**
 * Every client after the first sees the same chats: WhatsApp keeps them on its side across logins.
 * The connection runs on the world's simulated clock, so its automatic retries take no real time.
 */
export function open(
  registered: (phone: string, i: number) => boolean = () => true,
  options: WorldOptions = {},
): World {
  const temp = tempDataDir()
  if (options.savedLogin)
    fs.mkdirSync(path.join(temp.dir, 'whatsapp', 'session-herald-1'), { recursive: true })
  const ctx = openTestContext({ dataDir: temp.dir, runtime: 'cli' })
  const clock = new SimulatedClock(start)
  const record = (...args: Parameters<typeof ctx.record>): void => ctx.record(...args)
  const clients = fakeClientFactory((fake) => {
    fake.now = () => clock.now()
    fake.wait = (ms) => clock.sleep(ms)
    for (let i = 0; i < 50; i++) if (registered(phoneOf(i), i)) fake.register(phoneOf(i))
    for (const [chat, messages] of clients.created[0]?.chats ?? []) fake.chats.set(chat, messages)
    options.prepare?.(fake, clients.created.length)
  })
  const connection = new WhatsAppConnection({
    dataDir: temp.dir,
    events: ctx.events,
    settings: () => ctx.settings.get(),
    record,
    factory: clients.factory,
    findBrowser: () => ({ ok: true, path: '/usr/bin/chromium', source: 'found' }),
    clock,
  })
  const transport = new WhatsAppTransport({ source: connection, clock })
  const dryRun = new DryRunTransport({ clock, random: () => 0.5 })
  const { campaigns, templates, messages } = campaignServices(ctx, {
    ...ctx,
    record,
    clock,
    locksDir: path.join(temp.dir, 'locks'),
    attachmentsDir: attachmentsDirOf(temp.dir),
    dryRun,
    live: transport,
  })
  const stop = followConnection({
    connection,
    campaigns,
    events: ctx.events,
    clock,
    autoResume: () => ctx.settings.get()['campaign.autoResume'] === 'yes',
    record,
  })
  return {
    ctx,
    clock,
    campaigns,
    templates,
    messages,
    connection,
    clients,
    close: async () => {
      stop()
      await campaigns.close()
      transport.close()
      dryRun.close()
      await connection.close()
      await ctx.shutdown()
      temp.remove()
    },
  }
}

export async function until(test: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 50_000; i++) {
    if (test()) return
    await new Promise((resolve) => setImmediate(resolve))
  }
  throw new Error(`Timed out waiting for ${what}`)
}

export async function connect(w: World): Promise<FakeWaClient> {
  await w.connection.connect()
  const fake = w.clients.last()
  fake.becomeReady({ name: 'Corner Shop', phone: '+447700900000' })
  expect(w.connection.state().status).toBe('ready')
  return fake
}

/** Each test's own world, connected, closed after the test: `const { w, fake } = await connected()`. */
export function connectedPerTest(): (
  registered?: (phone: string, i: number) => boolean,
) => Promise<{ w: World; fake: FakeWaClient }> {
  const closing = closeAfterEach()
  return async (registered) => {
    const w = closing(open(registered))
    return { w, fake: await connect(w) }
  }
}

export async function liveCampaign(w: World, count: number): Promise<number> {
  const listId = saveList(w.ctx, count, `List ${Math.random()}`)
  const template = w.templates.save({
    name: `T${Math.random()}`,
    variants: [{ name: 'A', body: 'Hi {{name}}, we build websites for shops like yours.' }],
  })
  const campaign = await w.campaigns.create({ listId, templateId: template.id, dryRun: false, pace: 'fast' })
  return campaign.id
}

/** Runs a new live campaign to `count` contacts until it is done, which must be completed; its id. */
export async function completedLiveCampaign(w: World, count: number): Promise<number> {
  const id = await liveCampaign(w, count)
  w.campaigns.start(id)
  expect(await w.campaigns.whenDone(id)).toBe('completed')
  return id
}

/** How many of our messages each chat holds, across every client (they share the chats). */
export function outgoingPerChat(w: World): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const client of w.clients.created) {
    for (const [chat, messages] of client.chats) counts[chat] = messages.filter((m) => m.fromMe).length
  }
  return counts
}

export const oncePerPhone = (count: number): Record<string, number> =>
  Object.fromEntries(Array.from({ length: count }, (_, i) => [chatOf(phoneOf(i)), 1]))

export const sendCalls = (w: World): number => w.clients.created.reduce((n, c) => n + c.sendCalls, 0)
export const status = (w: World, id: number): string => w.campaigns.get(id).status
export const rows = (w: World, id: number): MessageLogRow[] => messagesOf(w.ctx, id)

type Sent = ReturnType<FakeWaClient['sendMessage']>

/** The send to contact `i` (of `phoneOf`) does `instead`, which may still `sendAsUsual`; the others go as usual. */
export function onSendTo(fake: FakeWaClient, i: number, instead: (sendAsUsual: () => Sent) => Sent): void {
  const original = fake.sendMessage.bind(fake)
  vi.spyOn(fake, 'sendMessage').mockImplementation((chatId, content, options) => {
    const sendAsUsual = (): Sent => original(chatId, content, options)
    return chatId === chatOf(phoneOf(i)) ? instead(sendAsUsual) : sendAsUsual()
  })
}

/** Calls `drop` once, while "typing…" is shown to the contact at `phone`, before the message is handed over. */
export function dropWhileTyping(fake: FakeWaClient, phone: string, drop: () => void): void {
  const original = fake.getChatById.bind(fake)
  let dropped = false
  vi.spyOn(fake, 'getChatById').mockImplementation(async (chatId) => {
    const chat = await original(chatId)
    if (chatId === chatOf(phone) && !dropped) {
      dropped = true
      drop()
    }
    return chat
  })
}
