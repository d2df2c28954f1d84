import { useState } from 'react'
import type { ReactElement } from 'react'
import { Link } from 'react-router'
import type { Campaign } from '../../../src-shared/domain/campaigns'
import { formatCount, formatDateTime } from '../../lib/format'
import { doneCount, isActive, percentDone } from '../../lib/campaign-status'
import { useStore } from '../../state/store'
import { DataTable, RowAction, TableCard } from '../../ui/data-table'
import type { Column } from '../../ui/data-table'
import { DeleteDialog } from '../../ui/delete-dialog'
import { ProgressBar } from '../../ui/progress-bar'
import { CampaignStatusChip, ModeTag } from '../../ui/status-chip'
import { useT } from '../../i18n/use-t'
import type { Translate } from '../../i18n/use-t'

const columnsFor = (t: Translate): Column[] => [
  t('campaigns.list.column.campaign'),
  t('campaigns.list.column.list'),
  t('campaigns.list.column.status'),
  t('campaigns.list.column.progress'),
  t('campaigns.list.column.started'),
  { label: t('campaigns.list.column.actions'), hidden: true },
]

function started(t: Translate, campaign: Campaign): string {
  if (campaign.startedAt) return formatDateTime(campaign.startedAt)
  if (campaign.scheduledAt) return t('campaigns.list.starts', { when: formatDateTime(campaign.scheduledAt) })
  return t('campaigns.list.notStarted')
}

function CampaignRow({ campaign, onDelete }: { campaign: Campaign; onDelete: () => void }): ReactElement {
  const t = useT()
  const done = doneCount(campaign.counts)
  const progress = t('campaigns.list.progress', {
    done: formatCount(done),
    total: formatCount(campaign.total),
  })
  return (
    <tr>
      <td>
        <Link to={`/campaigns/${campaign.id}`} className="data-table__name">
          <bdi>{campaign.name}</bdi>
        </Link>
        <span className="data-table__meta">
          {campaign.dryRun ? <ModeTag dryRun /> : null}
          <bdi>{campaign.templateName}</bdi>
        </span>
      </td>
      <td className="campaigns-table__list">
        <bdi>{campaign.listName}</bdi>
      </td>
      <td>
        <CampaignStatusChip status={campaign.status} />
      </td>
      <td className="campaigns-table__progress">
        <ProgressBar
          small
          percent={percentDone(campaign.counts, campaign.total)}
          paused={campaign.status !== 'running' && campaign.status !== 'completed'}
          label={t('campaigns.list.progressOf', { name: campaign.name })}
          valueText={progress}
        />
        <span className="campaigns-table__count">{progress}</span>
      </td>
      <td className="campaigns-table__started">{started(t, campaign)}</td>
      <td className="data-table__actions">
        {isActive(campaign.status) ? null : (
          <RowAction label={t('campaigns.list.delete')} name={campaign.name} onClick={onDelete} />
        )}
      </td>
    </tr>
  )
}

/** Every campaign, newest first, with how far each has got. */
export function CampaignsTable({ campaigns }: { campaigns: Campaign[] }): ReactElement {
  const t = useT()
  const [deleting, setDeleting] = useState<Campaign | null>(null)
  const remove = useStore((state) => state.deleteCampaign)
  return (
    <TableCard title={t('campaigns.list.title')}>
      <DataTable className="campaigns-table" columns={columnsFor(t)}>
        {campaigns.map((campaign) => (
          <CampaignRow key={campaign.id} campaign={campaign} onDelete={() => setDeleting(campaign)} />
        ))}
      </DataTable>
      <DeleteDialog
        item={deleting}
        title={
          deleting
            ? t('campaigns.list.deleteNamed', { name: deleting.name })
            : t('campaigns.list.deleteTitle')
        }
        confirmLabel={t('campaigns.list.deleteConfirm')}
        onDelete={(campaign) => remove(campaign.id)}
        onClose={() => setDeleting(null)}
      >
        <p>{t('campaigns.list.deleteBody')}</p>
      </DeleteDialog>
    </TableCard>
  )
}
