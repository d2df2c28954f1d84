import type { ReactElement } from 'react'
import { Screen } from '../../app/screen'
import { EmptyState, NextStep } from '../../ui/empty-state'
import { HistoryIcon } from '../../ui/icons'

export function HistoryScreen(): ReactElement {
  return (
    <Screen title="History" intro="Every campaign you have run, message by message.">
      <EmptyState
        icon={<HistoryIcon />}
        title="No campaigns yet"
        actions={
          <NextStep to="/campaigns" primary>
            Go to Campaigns
          </NextStep>
        }
      >
        <p>
          Herald keeps a record of every campaign: who each message went to, whether it arrived, and any that
          failed. Once you have sent one, you can look it up and export a report here.
        </p>
      </EmptyState>
    </Screen>
  )
}
