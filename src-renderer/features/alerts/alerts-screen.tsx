import { useState } from 'react'
import type { ReactElement } from 'react'
import type { AlertRule } from '../../../src-shared/domain/alerts'
import { Screen } from '../../app/screen'
import { useQuery } from '../../lib/query'
import { EmptyState } from '../../ui/empty-state'
import { BellIcon } from '../../ui/icons'
import { LoadState } from '../../ui/load-states'
import { DeliveryLog } from './delivery-log'
import { AlertNotificationsOffer } from './notifications-offer'
import { RuleDialog } from './rule-dialog'
import { RulesCard } from './rules-card'
import './alerts.css'
import { useT } from '../../i18n/use-t'

type Editing = { rule?: AlertRule } | null

/** Alert rules (a notification, a signed webhook), "Send test", and the log of every delivery. */
export function AlertsScreen(): ReactElement {
  const t = useT()
  const rules = useQuery('alerts:list', {}, { invalidateOn: ['alerts:changed'] })
  const [editing, setEditing] = useState<Editing>(null)
  return (
    <Screen title={t('screens.alerts.title')} intro={t('screens.alerts.intro')}>
      <AlertNotificationsOffer />
      <LoadState {...rules} loading={t('alerts.load.loading')} failed={t('alerts.load.failed')}>
        {(list) =>
          list.length === 0 ? (
            <EmptyState
              icon={<BellIcon />}
              title={t('alerts.empty.title')}
              actions={
                <button type="button" className="button button--primary" onClick={() => setEditing({})}>
                  {t('alerts.rules.add')}
                </button>
              }
            >
              <p>{t('alerts.empty.body')}</p>
            </EmptyState>
          ) : (
            <RulesCard rules={list} onAdd={() => setEditing({})} onEdit={(rule) => setEditing({ rule })} />
          )
        }
      </LoadState>
      <DeliveryLog />
      {editing ? <RuleDialog editing={editing.rule} onClose={() => setEditing(null)} /> : null}
    </Screen>
  )
}
