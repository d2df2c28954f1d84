import type { Loadable } from '../state/app-slice'

/**
 * Where Herald opens: Connect for a new user, who has to link WhatsApp first; the Dashboard for someone who
 * has made a campaign already. Null while Herald has not said yet.
 */
export function landingPath(campaigns: { status: Loadable; count: number }): string | null {
  if (campaigns.status === 'idle' || campaigns.status === 'loading') return null
  return campaigns.status === 'loaded' && campaigns.count > 0 ? '/dashboard' : '/connect'
}
