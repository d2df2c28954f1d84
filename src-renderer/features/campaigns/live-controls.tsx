import { useState } from 'react'
import type { ReactElement } from 'react'
import type { CampaignStatus } from '../../../src-shared/domain/campaigns'
import { useStore } from '../../state/store'
import { ConfirmDialog } from '../../ui/confirm-dialog'
import type { CampaignAction } from './slice'

const actionsFor: Record<CampaignStatus, CampaignAction[]> = {
  draft: ['start'],
  scheduled: ['stop'],
  running: ['pause', 'stop'],
  paused: ['resume', 'stop'],
  interrupted: ['resume', 'stop'],
  completed: [],
  cancelled: [],
}

const labels: Record<CampaignAction, string> = {
  start: 'Start',
  pause: 'Pause',
  resume: 'Resume',
  stop: 'Stop',
}
type LiveControlsProps = { campaignId: number; status: CampaignStatus }

/** Pause, Resume and Stop, offered only when they make sense; stopping asks first. */
export function LiveControls({ campaignId, status }: LiveControlsProps): ReactElement | null {
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
    if (!result.ok) setError(`Could not ${action} the campaign. ${result.error.message}`)
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
            {busy === action ? `${labels[action]}…` : labels[action]}
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
        title="Stop this campaign?"
        confirmLabel="Stop campaign"
        busy={busy === 'stop'}
        onConfirm={() => void run('stop')}
        onCancel={() => setConfirmStop(false)}
      >
        <p>
          Messages not sent yet will not be sent. Those already sent stay sent, and their log is kept. A
          stopped campaign cannot be resumed.
        </p>
      </ConfirmDialog>
    </div>
  )
}
