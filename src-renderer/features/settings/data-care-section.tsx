import type { ReactElement } from 'react'
import { useT } from '../../i18n/use-t'
import { useQuery } from '../../lib/query'
import { Card } from '../../ui/card'
import { BackupsPanel } from './data-care-backups'
import { HealthPanel } from './data-care-health'
import { OptimizePanel, RetentionPanel } from './data-care-retention'
import './data-care.css'

/** Settings → Data care: health, backup and restore, old campaigns, optimize. */
export function DataCareSection(): ReactElement {
  const t = useT()
  const health = useQuery('db:health', {})
  return (
    <Card title={t('settings.care.title')} className="settings-section data-care">
      <p className="card__intro">{t('settings.care.intro')}</p>
      <HealthPanel read={health} />
      <BackupsPanel backupsFolder={health.data?.backupsFolder ?? null} />
      <RetentionPanel onChanged={health.refetch} />
      <OptimizePanel onChanged={health.refetch} />
    </Card>
  )
}
