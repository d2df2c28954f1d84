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
        title={t('app.notFound.title')}
        next={{ to: '/connect', label: t('app.notFound.next') }}
      >
        <p>{t('app.notFound.text')}</p>
      </EmptyState>
    </Screen>
  )
}
