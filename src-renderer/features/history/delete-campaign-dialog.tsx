import { useState } from 'react'
import type { ReactElement } from 'react'
import { useNavigate } from 'react-router'
import type { Campaign } from '../../../src-shared/domain/campaigns'
import { useStore } from '../../state/store'
import { ConfirmDialog } from '../../ui/confirm-dialog'
import { formatCount } from '../contacts/format'

type Props = { campaign: Campaign; open: boolean; onClose: () => void }

/** Deletes the campaign and its log after asking; a sending campaign is refused by the main process. */
export function DeleteCampaignDialog({ campaign, open, onClose }: Props): ReactElement {
  const remove = useStore((state) => state.deleteCampaign)
  const navigate = useNavigate()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const close = (): void => {
    setError(null)
    onClose()
  }
  const confirm = async (): Promise<void> => {
    setBusy(true)
    const result = await remove(campaign.id)
    setBusy(false)
    if (result.ok) void navigate('/history')
    else setError(result.error.message)
  }
  return (
    <ConfirmDialog
      open={open}
      title={`Delete “${campaign.name}”?`}
      confirmLabel="Delete campaign"
      busy={busy}
      onConfirm={() => void confirm()}
      onCancel={close}
    >
      <p>
        Its log of {formatCount(campaign.total)} messages and its figures are removed from Herald for good.
        Your contact list and message stay. Export a report first if you want to keep a record.
      </p>
      {error ? (
        <p className="dialog__error" role="alert">
          Not deleted: {error}
        </p>
      ) : null}
    </ConfirmDialog>
  )
}
