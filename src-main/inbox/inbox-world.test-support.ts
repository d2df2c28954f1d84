import fs from 'node:fs'
import path from 'node:path'
import { SimulatedClock } from '../clock'
import type { TestContext } from '../context.test-support'
import { openTestContext, tempDataDir, testDaytime } from '../context.test-support'
import type { IncomingReply } from '../db/repos/inbox-repo'
import { FakeWaClient, fakeClientFactory } from '../whatsapp/fake-client'
import { markLinked, SessionFiles } from '../whatsapp/session-files'

/** The contact who replied, on WhatsApp in every fake. */
export const contact = '+447911123456'

/**
 * An app context on a simulated clock whose WhatsApp clients are fakes sharing their chats, as WhatsApp
 * keeps them across logins: `connect(accountId)` links a number and makes it ready.
 */
export type InboxWorld = {
  ctx: TestContext
  clock: SimulatedClock
  clients: ReturnType<typeof fakeClientFactory>
  dataDir: string
  connect(accountId?: number): Promise<FakeWaClient>
  /** A reply from `contact` (or as given) recorded in the Inbox; the conversation's id. */
  conversation(reply?: Partial<IncomingReply>): number
  /** The number's login saved in the data folder, as after a QR scan, so that it reconnects by itself. */
  saveLogin(accountId?: number): void
  /** Every status the conversation's answers went through, as 'inbox:changed' showed them. */
  seen: string[]
  close(): Promise<void>
}

export function openInboxWorld(
  options: { dataDir?: string; readyOnStart?: boolean; clock?: SimulatedClock } = {},
): InboxWorld {
  const temp = options.dataDir ? null : tempDataDir('herald-inbox-')
  const dataDir = options.dataDir ?? temp!.dir
  const clock = options.clock ?? new SimulatedClock(testDaytime)
  const clients = fakeClientFactory((fake) => {
    fake.now = () => clock.now()
    fake.wait = (ms) => clock.sleep(ms)
    fake.register(contact)
    const first = clients.created[0]
    if (first) for (const [chat, messages] of first.chats) fake.chats.set(chat, messages)
    if (options.readyOnStart) {
      fake.initialize = async () => {
        await FakeWaClient.prototype.initialize.call(fake)
        setImmediate(() => fake.becomeReady({ name: 'Corner Shop', phone: '+447700900000' }))
      }
    }
  })
  const ctx = openTestContext({ dataDir, runtime: 'cli', whatsappClient: clients.factory, clock })
  const seen: string[] = []
  ctx.events.subscribe((event, payload) => {
    const { conversationId } = payload as { conversationId: number | null }
    if (event !== 'inbox:changed' || conversationId === null || !ctx.inbox.store.get(conversationId)) return
    const out = ctx.inbox.store.messages(conversationId).filter((m) => m.direction === 'out')
    const status = out.map((m) => m.status).join(',')
    if (status && seen.at(-1) !== status) seen.push(status)
  })
  return {
    ctx,
    clock,
    clients,
    dataDir,
    seen,
    connect: async (accountId = 1) => {
      await ctx.accounts.connect(accountId)
      const fake = clients.last()
      fake.becomeReady({ name: 'Corner Shop', phone: `+44770090000${accountId}` })
      return fake
    },
    conversation: (reply = {}) =>
      ctx.inbox.recordReply({
        phone: contact,
        name: 'Ana',
        campaignId: null,
        messageId: null,
        accountId: 1,
        text: 'How much is the blue one?',
        media: null,
        waMessageId: null,
        at: new Date(clock.now()).toISOString(),
        rehearsal: false,
        optedOut: false,
        ...reply,
      }),
    saveLogin: (accountId = 1) => {
      const files = new SessionFiles(dataDir, accountId)
      fs.mkdirSync(files.sessionDir(), { recursive: true })
      markLinked(files.sessionDir())
    },
    close: async () => {
      await ctx.shutdown()
      temp?.remove()
    },
  }
}

/** The conversation's answers (messages going out), oldest first. */
export function answersOf(
  ctx: TestContext,
  conversationId: number,
): ReturnType<TestContext['inbox']['store']['messages']> {
  return ctx.inbox.store.messages(conversationId).filter((m) => m.direction === 'out')
}

/** A lock file naming another process, as another Herald answering the conversation leaves it. */
export function lockedByAnother(dataDir: string, conversationId: number, pid = process.ppid): void {
  const dir = path.join(dataDir, 'locks')
  fs.mkdirSync(dir, { recursive: true })
  fs.writeFileSync(path.join(dir, `conversation-${conversationId}.lock`), String(pid))
}
