import { useState } from 'react'
import type { ReactElement } from 'react'
import { useNavigate } from 'react-router'
import type { Campaign } from '../../../src-shared/domain/campaigns'
import type { RetryScope } from '../../../src-shared/domain/history'
import { api } from '../../lib/api'
import { formatCount } from '../../lib/format'
import { useT } from '../../i18n/use-t'
import { useStore } from '../../state/store'
import { ConfirmDialog } from '../../ui/confirm-dialog'
import { RadioCards } from '../../ui/radio-cards'
import { useRetryCounts } from './retry-counts'
import type { RetryCounts } from './retry-counts'

type RetryDialogProps = { campaign: Campaign; open: boolean; onClose: () => void }

const sizeOf = (counts: RetryCounts, scope: RetryScope): number =>
  scope === 'failed' ? counts.failed : scope === 'unsent' ? counts.unsent : counts.failed + counts.unsent

function Notes({ counts }: { counts: RetryCounts }): ReactElement {
  const t = useT()
  return (
    <ul className="retry-notes">
      <li>{t('history.retry.optedOutNote')}</li>
      {counts.uncertain > 0 ? <li>{t('history.retry.uncertainNote', { count: counts.uncertain })}</li> : null}
      {counts.waiting > 0 ? <li>{t('history.retry.waitingNote', { count: counts.waiting })}</li> : null}
    </ul>
  )
}

/** Chooses what to send again, creates the new campaign (not started) and opens it. */
export function RetryDialog({ campaign, open, onClose }: RetryDialogProps): ReactElement {
  const t = useT()
  const counts = useRetryCounts(campaign, open)
  const [scope, setScope] = useState<RetryScope>('failed-and-unsent')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const navigate = useNavigate()
  const loadCampaigns = useStore((state) => state.loadCampaigns)
  const size = counts ? sizeOf(counts, scope) : 0
  const close = (): void => {
    setError(null)
    onClose()
  }
  const confirm = async (): Promise<void> => {
    setBusy(true)
    const result = await api.invoke('history:retry', { campaignId: campaign.id, include: scope })
    setBusy(false)
    if (!result.ok) return setError(result.error.message)
    void loadCampaigns()
    void navigate(`/campaigns/${result.value.campaign.id}`)
  }
  return (
    <ConfirmDialog
      open={open}
      title={t('history.retry.title')}
      confirmLabel={
        counts ? t('history.retry.confirmCount', { count: formatCount(size) }) : t('history.retry.confirm')
      }
      busy={busy || !counts}
      onConfirm={() => void confirm()}
      onCancel={close}
    >
      <p>{t('history.retry.intro')}</p>
      {counts ? (
        <div className="retry-choice">
          <RadioCards<RetryScope>
            legend={t('history.retry.sendAgainTo')}
            value={scope}
            onChange={setScope}
            options={[
              {
                value: 'failed',
                label: t('history.retry.failed', { count: formatCount(counts.failed) }),
                summary: t('history.retry.failedHelp'),
              },
              {
                value: 'unsent',
                label: t('history.retry.unsent', { count: formatCount(counts.unsent) }),
                summary: t('history.retry.unsentHelp'),
              },
              {
                value: 'failed-and-unsent',
                label: t('history.retry.both', { count: formatCount(counts.failed + counts.unsent) }),
                summary: t('history.retry.bothHelp'),
              },
            ]}
          />
          <Notes counts={counts} />
          {size === 0 ? <p className="muted">{t('history.retry.nothing')}</p> : null}
        </div>
      ) : (
        <p className="muted">{t('history.retry.counting')}</p>
      )}
      {error ? (
        <p className="dialog__error" role="alert">
          {t('history.retry.notCreated', { error })}
        </p>
      ) : null}
    </ConfirmDialog>
  )
}
