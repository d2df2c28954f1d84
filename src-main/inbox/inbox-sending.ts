import path from 'node:path'
import type { Account } from '../../src-shared/domain/accounts'
import type { SendBudget } from '../campaign/send-budget'
import type { Clock } from '../clock'
import type { EventHub } from '../events'
import type { RecordEvent } from '../logging/app-events'
import type { WhatsAppNumbers } from '../whatsapp/numbers'
import { InboxMedia } from './inbox-media'
import type { InboxService } from './inbox-service'
import { QuickReply } from './quick-reply'

export type InboxSendingBase = {
  inbox: InboxService
  optOuts: { has(phone: string): boolean }
  numbers: WhatsAppNumbers
  accounts: { accounts(): Account[] }
  budget: SendBudget
  events: EventHub
  record: RecordEvent
  clock: Clock
  dataDir: string
}

/** What goes out of and comes into the Inbox through the numbers: the quick reply and the saved media. */
export function openInboxSending(base: InboxSendingBase): { quickReply: QuickReply; inboxMedia: InboxMedia } {
  const { inbox, numbers, events, record, clock, dataDir } = base
  const account = (accountId: number): Account | undefined =>
    base.accounts.accounts().find((a) => a.id === accountId)
  const quickReply = new QuickReply({
    inbox,
    optOuts: base.optOuts,
    numbers,
    account,
    budget: base.budget,
    events,
    record,
    clock,
    locksDir: path.join(dataDir, 'locks'),
  })
  const inboxMedia = new InboxMedia({
    store: inbox.store,
    // A number not connected makes no link (and starts no browser) here
    client: (accountId) =>
      numbers.state(accountId).status === 'ready' ? numbers.link(accountId).connection.client() : null,
    account,
    clock,
    record,
    folder: path.join(dataDir, 'inbox-media'),
  })
  return { quickReply, inboxMedia }
}
