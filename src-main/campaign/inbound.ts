import type { IncomingReply } from '../db/repos/inbox-repo'
import type { MessagesRepo } from '../db/repos/messages-repo'
import type { AckEvent, ReplyEvent, Transport } from '../transport/transport'
import { optOutKeyword } from '../../src-shared/domain/opt-out-keywords'
import { phrase } from '../../src-shared/i18n/phrase'
import type { Phrase } from '../../src-shared/i18n/phrase'
import type { LiveNumbers } from './numbers'
import { canMoveMessage } from './state-machine'

/** Keeps each reply as part of its contact's conversation (the Inbox). */
export type ReplyRecorder = { recordReply(reply: IncomingReply): unknown }

export type InboundDeps = {
  messages: MessagesRepo
  optOuts: { add(raw: string, options: { source: string; reason: string; reasonPhrase?: Phrase }): unknown }
  keywords: () => readonly string[]
  onChange(campaignId: number): void
  note(kind: string, message: string, data?: unknown): void
  /** Replies from the dry-run transport: recorded as replies, never as real opt-outs. */
  rehearsal?: boolean
  /** The number whose transport heard it: a reply answers what that number sent. */
  accountId?: number
  inbox?: ReplyRecorder
}

const iso = (ms: number): string => new Date(ms).toISOString()

/** Delivered / read acks move a sent message forward; late or repeated acks are ignored. */
export function handleAck(deps: InboundDeps, ack: AckEvent): void {
  const m = deps.messages.byWaId(ack.waMessageId)
  if (!m || !canMoveMessage(m.status, ack.level)) return
  if (deps.messages.move(m, m.status, ack.level, { at: iso(ack.at) })) deps.onChange(m.campaignId)
}

function quote(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat
}

/**
 * A reply marks the latest message sent to that number as replied. One that asks to opt out also puts
 * the number on the opt-out list and skips every message still queued to it, in any campaign.
 */
export function handleReply(deps: InboundDeps, reply: ReplyEvent): void {
  const m = deps.messages.latestSentTo(reply.phone, deps.accountId)
  if (!m) return
  const at = iso(reply.at)
  if (m.status !== 'replied') {
    deps.messages.move(m, m.status, 'replied', { at, note: `Replied: “${quote(reply.text, 200)}”` })
    deps.onChange(m.campaignId)
  }
  const keyword = optOutKeyword(reply.text, deps.keywords())
  deps.inbox?.recordReply({
    phone: reply.phone,
    name: m.name,
    campaignId: m.campaignId,
    messageId: m.id,
    accountId: m.accountId,
    text: reply.text,
    media: reply.media ?? null,
    waMessageId: reply.waMessageId ?? null,
    at,
    rehearsal: deps.rehearsal ?? false,
    optedOut: keyword !== null,
  })
  if (keyword === null) return
  if (deps.rehearsal) {
    // A dry run's replies are invented: they must never put a real customer on the opt-out list.
    deps.note('opt_out_reply_rehearsed', `${reply.phone} replied “${quote(reply.text, 40)}” in a dry run`, {
      phone: reply.phone,
      keyword,
    })
    return
  }
  deps.optOuts.add(reply.phone, {
    source: 'reply',
    reason: `Replied “${quote(reply.text, 40)}” to a campaign`,
    reasonPhrase: phrase('importing.optOut.replied', { text: quote(reply.text, 40) }),
  })
  const touched = new Set<number>()
  for (const queued of deps.messages.queuedTo(reply.phone)) {
    const skipped = deps.messages.move(queued, 'queued', 'skipped', {
      at,
      error: {
        category: 'opted_out',
        detail: phrase('sending.detail.askedToStop', { reply: quote(reply.text, 40) }),
      },
    })
    if (skipped) touched.add(queued.campaignId)
  }
  for (const campaignId of touched) deps.onChange(campaignId)
  deps.note(
    'opt_out_reply',
    `${reply.phone} replied “${quote(reply.text, 40)}” and was added to the opt-out list`,
    {
      phone: reply.phone,
      keyword,
    },
  )
}

/**
 * Follows the acks and replies of each transport; returns the functions that stop listening. A failure
 * to record one goes to `onError`: it must not break the transport that reported it.
 */
export function listenInbound(
  sources: readonly { transport: Transport | undefined; rehearsal: boolean; accountId?: number }[],
  deps: InboundDeps,
  onError: (error: unknown) => void,
): (() => void)[] {
  const guarded =
    <T>(handle: (deps: InboundDeps, event: T) => void, own: InboundDeps) =>
    (event: T): void => {
      try {
        handle(own, event)
      } catch (error) {
        onError(error)
      }
    }
  return sources.flatMap(({ transport, rehearsal, accountId }) => {
    if (!transport) return []
    const own = { ...deps, rehearsal, accountId }
    return [transport.on('ack', guarded(handleAck, own)), transport.on('reply', guarded(handleReply, own))]
  })
}

/**
 * Follows the rehearsals' transport and each sending number's, as numbers are added: a reply is matched to
 * what the number it came to sent. Returns the functions that stop listening.
 */
export function listenEveryNumber(
  dryRun: Transport,
  live: LiveNumbers | undefined,
  deps: InboundDeps & { failed: (error: unknown) => void },
): (() => void)[] {
  const { failed, ...inbound } = deps
  return [
    ...listenInbound([{ transport: dryRun, rehearsal: true }], inbound, failed),
    live?.each((accountId, transport) => {
      const stops = listenInbound([{ transport, rehearsal: false, accountId }], inbound, failed)
      return () => stops.forEach((stop) => stop())
    }) ?? (() => undefined),
  ]
}
