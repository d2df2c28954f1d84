import type { AccountShare } from '../../src-shared/domain/campaigns'
import type { Settings } from '../../src-shared/domain/settings'
import type { AccountsRepo, ShareRecord } from '../db/repos/accounts-repo'
import { emptyCounts } from '../db/repos/campaigns-repo'
import type { MessagesRepo } from '../db/repos/messages-repo'
import { phrase } from '../../src-shared/i18n/phrase'
import type { Phrase } from '../../src-shared/i18n/phrase'
import { english } from '../../src-shared/i18n/wording'
import { AppError } from '../errors'
import type { Transport } from '../transport/transport'
import type { ShareWeight } from './create-campaign'

/** Each sending number's WhatsApp transport (context-wiring.ts makes them as numbers are used). */
export type LiveNumbers = {
  /** The number's transport; made when first asked. */
  transport(accountId: number): Transport
  /** Calls `listener` for each number's transport, now and as numbers are added; returns the unsubscribe. */
  each(listener: (accountId: number, transport: Transport) => () => void): () => void
}

/** One transport for every number: what a test (or a build with one number) gives. */
export function liveNumbersOf(live: Transport | LiveNumbers | undefined): LiveNumbers | undefined {
  if (!live) return undefined
  if (!('send' in live)) return live
  return { transport: () => live, each: (listener) => listener(1, live) }
}

/**
 * The numbers of each campaign: which share of the messages each sends, the share a number paused on its
 * own, and the explicit move of a paused number's messages to the others.
 */
export class CampaignNumbers {
  constructor(
    private readonly accounts: AccountsRepo,
    private readonly messages: MessagesRepo,
  ) {}

  /** The first number's is the Settings switch it always had; a later number's is its own. */
  established(accountId: number, settings: Settings): boolean {
    if (accountId === 1) return settings['whatsapp.establishedNumber'] === 'yes'
    return this.accounts.get(accountId)?.established ?? false
  }

  /** The transport a number sends through: the rehearsals' one, or the number's own WhatsApp link. */
  transport(source: Transport | LiveNumbers | undefined, accountId: number): Transport {
    const transport = source && 'send' in source ? source : source?.transport(accountId)
    if (!transport) {
      throw new AppError('UNAVAILABLE', phrase('whatsapp.number.liveUnavailable'))
    }
    return transport
  }

  of(campaignId: number): ShareRecord[] {
    return this.accounts.shares(campaignId)
  }

  /** A number's share pauses by itself, with why: in English for the CLI, and as a phrase for the window. */
  pause(campaignId: number, accountId: number, cause: string, reason: Phrase): void {
    this.accounts.pauseShare(campaignId, accountId, cause, english(reason), reason)
  }

  clearPauses(campaignId: number): void {
    this.accounts.clearSharePauses(campaignId)
  }

  /** The numbers of an earlier campaign that are still there, for a campaign like it (History's retry). */
  sameAs(campaignId: number): ShareWeight[] {
    const live = new Set(this.accounts.list().map((a) => a.id))
    return this.of(campaignId)
      .filter((s) => live.has(s.accountId))
      .map((s) => ({ accountId: s.accountId, weight: s.weight }))
  }

  save(campaignId: number, shares: readonly ShareWeight[]): void {
    this.accounts.addShares(campaignId, shares)
  }

  /** The numbers chosen for a new campaign, checked: each exists and is not removed. */
  chosen(choice: readonly { id: number; weight?: number }[] | undefined): ShareWeight[] {
    if (!choice) return [{ accountId: this.accounts.list()[0]?.id ?? 1, weight: 1 }]
    return choice.map(({ id, weight }) => {
      if (!this.accounts.list().some((a) => a.id === id))
        throw new AppError('NOT_FOUND', phrase('whatsapp.number.chosenRemoved'))
      return { accountId: id, weight: weight ?? 1 }
    })
  }

  /** The numbers not removed, by id and name. */
  names(): { id: number; name: string }[] {
    return this.accounts.list().map((a) => ({ id: a.id, name: a.name }))
  }

  /** The messages a campaign still has to send (queued or being sent) from one of its numbers. */
  remainingOn(campaignId: number, accountId: number): number {
    return this.accounts
      .countsByAccount(campaignId)
      .filter((c) => c.accountId === accountId && (c.status === 'queued' || c.status === 'sending'))
      .reduce((n, c) => n + c.count, 0)
  }

  /** Each number's share with its counts; undefined for a campaign on the first number alone. */
  progress(campaignId: number): AccountShare[] | undefined {
    const shares = this.of(campaignId)
    if (shares.length <= 1 && (shares[0]?.accountId ?? 1) === 1) return undefined
    const counts = this.accounts.countsByAccount(campaignId)
    return shares.map((share) => {
      const own = emptyCounts()
      for (const c of counts) if (c.accountId === share.accountId) own[c.status] = c.count
      return {
        accountId: share.accountId,
        name: share.name,
        counts: own,
        total: Object.values(own).reduce((a, b) => a + b, 0),
        paused:
          share.pausedCause === null
            ? null
            : {
                cause: share.pausedCause,
                reason: share.pausedReason,
                ...(share.pausedReasonPhrase ? { reasonPhrase: share.pausedReasonPhrase } : {}),
              },
      }
    })
  }

  /**
   * "Move the rest to the other numbers": a number's queued messages go to the campaign's other numbers
   * whose share is not paused, in turn. Never automatic, and never a message being sent: that one stays
   * with the number it went to, which alone can say whether it left. Returns how many moved.
   */
  moveRest(campaignId: number, from: number): number {
    const shares = this.of(campaignId)
    if (!shares.some((s) => s.accountId === from))
      throw new AppError('NOT_FOUND', phrase('whatsapp.number.notInCampaign'))
    const to = shares.filter((s) => s.accountId !== from && s.pausedCause === null).map((s) => s.accountId)
    if (to.length === 0) {
      throw new AppError('CONFLICT', phrase('whatsapp.number.noOtherFree'))
    }
    return this.messages.reassignQueued(campaignId, from, to)
  }
}
