import { useEffect, useState } from 'react'
import type { Campaign } from '../../src-shared/domain/campaigns'
import type { LoadProblem, LoadView } from './load-view'
import { useStore } from '../state/store'

/**
 * The campaign as the store has it, read again with its progress on opening, so a reload shows what the
 * engine has now. The error is the last read's, for this campaign only.
 */
export function useCampaign(campaignId: number): LoadView<Campaign> {
  const load = useStore((state) => state.loadCampaign)
  const campaign = useStore((state) => state.campaigns.find((c) => c.id === campaignId))
  const [failed, setFailed] = useState<{ id: number; problem: LoadProblem } | null>(null)
  const [attempt, setAttempt] = useState(0)
  useEffect(() => {
    let current = true
    void load(campaignId).then((result) => {
      if (!current) return
      if (result.ok) return setFailed(null)
      const { message, code } = result.error
      setFailed({ id: campaignId, problem: { message, missing: code === 'NOT_FOUND' } })
    })
    return () => {
      current = false
    }
  }, [load, campaignId, attempt])
  return {
    data: campaign,
    error: failed?.id === campaignId ? failed.problem : null,
    refetch: () => setAttempt((n) => n + 1),
  }
}
