import type { ReactElement } from 'react'
import { useNavigate } from 'react-router'
import type { Campaign } from '../../../src-shared/domain/campaigns'
import { useT } from '../../i18n/use-t'
import { useStore } from '../../state/store'
import { DeleteDialog } from '../../ui/delete-dialog'

type Props = { campaign: Campaign; open: boolean; onClose: () => void }

/** Deletes the campaign and its log after asking; a sending campaign is refused by the main process. */
export function DeleteCampaignDialog({ campaign, open, onClose }: Props): ReactElement {
  const t = useT()
  const remove = useStore((state) => state.deleteCampaign)
  const navigate = useNavigate()
  return (
    <DeleteDialog
      item={open ? campaign : null}
      title={t('history.delete.title', { name: campaign.name })}
      confirmLabel={t('history.delete.confirm')}
      onDelete={(shown) => remove(shown.id)}
      onClose={onClose}
      onDeleted={() => void navigate('/history')}
    >
      <p>{t('history.delete.text', { count: campaign.total })}</p>
    </DeleteDialog>
  )
}
