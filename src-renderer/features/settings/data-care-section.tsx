import type { ReactElement } from 'react'
import { Card } from '../../ui/card'
import { BackupsPanel } from './data-care-backups'
import { HealthPanel, useHealth } from './data-care-health'
import { OptimizePanel, RetentionPanel } from './data-care-retention'
import './data-care.css'

/** Settings → Data care: health, backup and restore, old campaigns, optimize. */
export function DataCareSection(): ReactElement {
  const health = useHealth()
  const refresh = (): void => void health.check()
  return (
    <Card title="Data care" className="settings-section data-care">
      <p className="card__intro">Keep Herald’s data healthy, backed up and tidy.</p>
      <HealthPanel {...health} />
      <BackupsPanel backupsFolder={health.health?.backupsFolder ?? null} />
      <RetentionPanel onChanged={refresh} />
      <OptimizePanel onChanged={refresh} />
    </Card>
  )
}
