import { notConnected } from '../../src-shared/domain/whatsapp'
import type { WhatsAppState } from '../../src-shared/domain/whatsapp'
import type { LiveNumbers } from '../campaign/numbers'
import type { EventHub } from '../events'
import type { Transport } from '../transport/transport'
import type { WhatsAppConnection } from './connection'
import type { LinkTester } from './link-test'
import type { WhatsAppTransport } from './transport'

/** One sending number's link to WhatsApp: its connection (its own browser and login), transport and test. */
export type NumberLink = {
  accountId: number
  connection: WhatsAppConnection
  transport: WhatsAppTransport
  linkTest: LinkTester
}

export type NumbersDeps = {
  /** The first number's link, made with the app (the header badge and `herald wa` follow it). */
  first: NumberLink
  /** Makes a later number's link; nothing starts until it is asked to connect. */
  make(accountId: number): NumberLink
  events: EventHub
  /** WhatsApp linked a number: its phone, to keep with the account. */
  onLinked(accountId: number, phone: string): void
}

type Listener = (accountId: number, transport: Transport) => () => void

/**
 * The WhatsApp link of each sending number, made when a number is first used. Each number's browser
 * starts only when it connects; its state goes to the windows as 'accounts:state'.
 */
export class WhatsAppNumbers implements LiveNumbers {
  private readonly links = new Map<number, NumberLink>()
  private readonly listeners = new Map<Listener, Map<number, () => void>>()
  private readonly unfollow: (() => void)[] = []

  constructor(private readonly deps: NumbersDeps) {
    this.adopt(deps.first)
  }

  /** The number's link, made now if it was not yet. */
  link(accountId: number): NumberLink {
    return this.links.get(accountId) ?? this.adopt(this.deps.make(accountId))
  }

  /** The number's connection state, without making its link. */
  state(accountId: number): WhatsAppState {
    return this.links.get(accountId)?.connection.state() ?? notConnected
  }

  transport(accountId: number): Transport {
    return this.link(accountId).transport
  }

  each(listener: Listener): () => void {
    const stops = new Map<number, () => void>()
    for (const l of this.links.values()) stops.set(l.accountId, listener(l.accountId, l.transport))
    this.listeners.set(listener, stops)
    return () => {
      for (const stop of stops.values()) stop()
      this.listeners.delete(listener)
    }
  }

  /** Whether any number's browser is open. */
  hasBrowser(): boolean {
    return [...this.links.values()].some((l) => l.connection.hasBrowser())
  }

  /** A removed number: its browser closes and its login is deleted; its link is gone. */
  async forget(accountId: number): Promise<void> {
    const link = this.links.get(accountId)
    if (!link || link === this.deps.first) return
    this.links.delete(accountId)
    for (const stops of this.listeners.values()) {
      stops.get(accountId)?.()
      stops.delete(accountId)
    }
    link.transport.close()
    await link.connection.logout()
    await link.connection.close()
  }

  /** Closes every later number's browser (the first number's is the app's to close). */
  async close(): Promise<void> {
    for (const stop of this.unfollow) stop()
    const later = [...this.links.values()].filter((l) => l !== this.deps.first)
    for (const link of later) link.transport.close()
    await Promise.all(later.map((l) => l.connection.close()))
  }

  private adopt(link: NumberLink): NumberLink {
    this.links.set(link.accountId, link)
    const { accountId, connection } = link
    this.unfollow.push(
      connection.onState((state) => {
        this.deps.events.emit('accounts:state', { accountId, state })
        if (state.status === 'ready' && state.account) this.deps.onLinked(accountId, state.account.phone)
      }),
    )
    for (const [listener, stops] of this.listeners) stops.set(accountId, listener(accountId, link.transport))
    return link
  }
}
