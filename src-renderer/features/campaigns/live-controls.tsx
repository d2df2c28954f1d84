import { useState } from 'react'
import type { ReactElement } from 'react'
import type { CampaignStatus } from '../../../src-shared/domain/campaigns'
import { useStore } from '../../state/store'
import { ConfirmDialog } from '../../ui/confirm-dialog'
import type { CampaignAction } from './slice'
import { useT } from '../../i18n/use-t'

const actionsFor: Record<CampaignStatus, CampaignAction[]> = {
  draft: ['start'],
  scheduled: ['stop'],
  running: ['pause', 'stop'],
  paused: ['resume', 'stop'],
  interrupted: ['resume', 'stop'],
  completed: [],
  cancelled: [],
}

type LiveControlsProps = { campaignId: number; status: CampaignStatus }

/** Pause, Resume and Stop, offered only when they make sense; stopping asks first. */
export function LiveControls({ campaignId, status }: LiveControlsProps): ReactElement | null {
  const t = useT()
  const control = useStore((state) => state.controlCampaign)
  const [busy, setBusy] = useState<CampaignAction | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [confirmStop, setConfirmStop] = useState(false)
  const actions = actionsFor[status]

  const run = async (action: CampaignAction): Promise<void> => {
    setBusy(action)
    setError(null)
    const result = await control(campaignId, action)
    setBusy(null)
    setConfirmStop(false)
    if (!result.ok) setError(t(`campaigns.controls.failed.${action}`, { problem: result.error.message }))
  }

  if (actions.length === 0 && !error) return null
  return (
    <div className="live-controls">
      <div className="live-controls__buttons">
        {actions.map((action) => (
          <button
            key={action}
            type="button"
            className={`button${action === 'stop' ? ' button--danger' : action === 'pause' ? '' : ' button--primary'}`}
            disabled={busy !== null}
            onClick={() => (action === 'stop' ? setConfirmStop(true) : void run(action))}
          >
            {t(busy === action ? `campaigns.controls.busy.${action}` : `campaigns.controls.${action}`)}
          </button>
        ))}
      </div>
      {error ? (
        <p className="inline-error live-controls__error" role="alert">
          {error}
        </p>
      ) : null}
      <ConfirmDialog
        open={confirmStop}
        title={t('campaigns.controls.stopTitle')}
        confirmLabel={t('campaigns.controls.stopConfirm')}
        busy={busy === 'stop'}
        onConfirm={() => void run('stop')}
        onCancel={() => setConfirmStop(false)}
      >
        <p>{t('campaigns.controls.stopBody')}</p>
      </ConfirmDialog>
    </div>
  )
}
