import type { ReactElement } from 'react'
import { Screen } from './screen'
import { EmptyState } from '../ui/empty-state'
import { InfoIcon } from '../ui/icons'
import { useT } from '../i18n/use-t'

export function NotFound(): ReactElement {
  const t = useT()
  return (
    <Screen title={t('screens.notFound.title')}>
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
