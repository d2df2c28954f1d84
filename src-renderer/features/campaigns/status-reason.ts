import type { CampaignStatus } from '../../../src-shared/domain/campaigns'
import type { Phrase } from '../../../src-shared/i18n/phrase'
import type { Say, Translate } from '../../i18n/use-t'

export type Reasoned = {
  status: CampaignStatus
  statusReason: string | null
  statusReasonPhrase?: Phrase | null
}

/**
 * Why the campaign stands where it does, in the window's language: the reason Herald gave (a phrase; the
 * English words of an older campaign, which has none), else words for a status that needs some, so that
 * the user always knows what is going on.
 */
export function statusReasonWords(t: Translate, say: Say, live: Reasoned): string | null {
  if (live.statusReason !== null) return say(live.statusReasonPhrase, live.statusReason)
  if (live.status === 'draft' || live.status === 'interrupted' || live.status === 'paused')
    return t(`campaigns.live.reason.${live.status}`)
  return null
}
