import type { ReactElement } from 'react'
import { Screen } from './screen'
import { EmptyState } from '../ui/empty-state'
import { InfoIcon } from '../ui/icons'

export function NotFound(): ReactElement {
  return (
    <Screen title="Page not found">
      <EmptyState
        icon={<InfoIcon />}
        title="There is nothing here"
        next={{ to: '/connect', label: 'Go to Connect' }}
      >
        <p>This page does not exist in Herald. Pick a screen on the left, or start again from Connect.</p>
      </EmptyState>
    </Screen>
  )
}
