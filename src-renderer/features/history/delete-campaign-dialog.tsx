import type { ReactElement } from 'react'
import { useNavigate } from 'react-router'
import type { Campaign } from '../../../src-shared/domain/campaigns'
import { formatCount } from '../../lib/format'
import { useStore } from '../../state/store'
import { DeleteDialog } from '../../ui/delete-dialog'

type Props = { campaign: Campaign; open: boolean; onClose: () => void }

/** Deletes the campaign and its log after asking; a sending campaign is refused by the main process. */
export function DeleteCampaignDialog({ campaign, open, onClose }: Props): ReactElement {
  const remove = useStore((state) => state.deleteCampaign)
  const navigate = useNavigate()
  return (
    <DeleteDialog
      item={open ? campaign : null}
      title={`Delete “${campaign.name}”?`}
      confirmLabel="Delete campaign"
      onDelete={(shown) => remove(shown.id)}
      onClose={onClose}
      onDeleted={() => void navigate('/history')}
    >
      <p>
        Its log of {formatCount(campaign.total)} messages and its figures are removed from Herald for good.
        Your contact list and message stay. Export a report first if you want to keep a record.
      </p>
    </DeleteDialog>
  )
}
