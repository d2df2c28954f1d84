import type { ReactElement } from 'react'
import { EmptyState, NextStep } from '../ui/empty-state'
import { InfoIcon } from '../ui/icons'
import { Screen } from './screen'

export function NotFound(): ReactElement {
  return (
    <Screen title="Page not found">
      <EmptyState
        icon={<InfoIcon />}
        title="There is nothing here"
        actions={
          <NextStep to="/connect" primary>
            Go to Connect
          </NextStep>
        }
      >
        <p>This page does not exist in Herald. Pick a screen on the left, or start again from Connect.</p>
      </EmptyState>
    </Screen>
  )
}
