import type { ReactElement } from 'react'
import { Navigate } from 'react-router'
import { useStore } from '../state/store'
import { useLoadOnOpen } from '../state/use-loaded'
import { landingPath } from './landing-path'

/** The app's first screen, chosen by whether the user has made a campaign yet. */
export function LandingRedirect(): ReactElement | null {
  const status = useStore((state) => state.campaignsStatus)
  const count = useStore((state) => state.campaigns.length)
  useLoadOnOpen('loadCampaigns')
  const path = landingPath({ status, count })
  return path ? <Navigate to={path} replace /> : null
}
