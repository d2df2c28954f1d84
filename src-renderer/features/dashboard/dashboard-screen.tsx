import type { ReactElement } from 'react'
import { Screen } from '../../app/screen'
import { EmptyState, NextStep } from '../../ui/empty-state'
import { DashboardIcon } from '../../ui/icons'

export function DashboardScreen(): ReactElement {
  return (
    <Screen title="Dashboard" intro="How your messages are doing, at a glance.">
      <EmptyState
        icon={<DashboardIcon />}
        title="No campaigns yet"
        actions={
          <NextStep to="/campaigns" primary>
            Go to Campaigns
          </NextStep>
        }
      >
        <p>
          After your first campaign, this is where you will see how many messages were sent, delivered, read
          and answered, and the best times of day to reach your customers.
        </p>
      </EmptyState>
    </Screen>
  )
}
