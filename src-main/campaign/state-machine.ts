import type { CampaignStatus, MessageStatus } from '../../src-shared/domain/campaigns'
import { phrase } from '../../src-shared/i18n/phrase'
import { AppError } from '../errors'

/** Where a campaign may go from each state; `interrupted` is only ever set at start-up recovery. */
export const campaignTransitions: Record<CampaignStatus, readonly CampaignStatus[]> = {
  draft: ['scheduled', 'running', 'cancelled'],
  scheduled: ['running', 'cancelled', 'interrupted'],
  running: ['paused', 'completed', 'cancelled', 'interrupted'],
  paused: ['running', 'cancelled'],
  interrupted: ['running', 'cancelled'],
  completed: [],
  cancelled: [],
}

/**
 * Where a message may go. `sending` back to `queued` is a retry or a reconciliation that found it never
 * left; nothing goes back to `sending` except from `queued`, which is what makes a second send impossible
 * without a new committed intent.
 */
export const messageTransitions: Record<MessageStatus, readonly MessageStatus[]> = {
  queued: ['sending', 'skipped'],
  sending: ['sent', 'queued', 'failed', 'skipped'],
  sent: ['delivered', 'read', 'replied'],
  delivered: ['read', 'replied'],
  read: ['replied'],
  replied: [],
  failed: [],
  skipped: [],
}

export function canMoveCampaign(from: CampaignStatus, to: CampaignStatus): boolean {
  return campaignTransitions[from].includes(to)
}

export function canMoveMessage(from: MessageStatus, to: MessageStatus): boolean {
  return messageTransitions[from].includes(to)
}

/** Throws CONFLICT, in words for the user, when the campaign cannot go from `from` to `to`. */
export function assertCampaignMove(from: CampaignStatus, to: CampaignStatus): void {
  if (canMoveCampaign(from, to)) return
  // The catalogue words each state as the sentence needs it (sending.campaign.cannotMove)
  throw new AppError('CONFLICT', phrase('sending.campaign.cannotMove', { from, to }))
}

/** Throws CONFLICT when a message cannot go from `from` to `to`; callers treat this as a bug guard. */
export function assertMessageMove(from: MessageStatus, to: MessageStatus): void {
  if (canMoveMessage(from, to)) return
  throw new AppError('CONFLICT', phrase('sending.message.cannotMove', { from, to }))
}
