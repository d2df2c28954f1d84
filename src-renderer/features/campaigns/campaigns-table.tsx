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

const columns: Column[] = [
  'Campaign',
  'List',
  'Status',
  'Progress',
  'Started',
  { label: 'Actions', hidden: true },
]

function started(campaign: Campaign): string {
  if (campaign.startedAt) return formatDateTime(campaign.startedAt)
  if (campaign.scheduledAt) return `Starts ${formatDateTime(campaign.scheduledAt)}`
  return 'Not started'
}

function CampaignRow({ campaign, onDelete }: { campaign: Campaign; onDelete: () => void }): ReactElement {
  const done = doneCount(campaign.counts)
  const progress = `${formatCount(done)} of ${formatCount(campaign.total)}`
  return (
    <tr>
      <td>
        <Link to={`/campaigns/${campaign.id}`} className="data-table__name">
          {campaign.name}
        </Link>
        <span className="data-table__meta">
          {campaign.dryRun ? <ModeTag dryRun /> : null}
          {campaign.templateName}
        </span>
      </td>
      <td className="campaigns-table__list">{campaign.listName}</td>
      <td>
        <CampaignStatusChip status={campaign.status} />
      </td>
      <td className="campaigns-table__progress">
        <ProgressBar
          small
          percent={percentDone(campaign.counts, campaign.total)}
          paused={campaign.status !== 'running' && campaign.status !== 'completed'}
          label={`Progress of ${campaign.name}`}
          valueText={progress}
        />
        <span className="campaigns-table__count">{progress}</span>
      </td>
      <td className="campaigns-table__started">{started(campaign)}</td>
      <td className="data-table__actions">
        {isActive(campaign.status) ? null : (
          <RowAction label="Delete" name={campaign.name} onClick={onDelete} />
        )}
      </td>
    </tr>
  )
}

/** Every campaign, newest first, with how far each has got. */
export function CampaignsTable({ campaigns }: { campaigns: Campaign[] }): ReactElement {
  const [deleting, setDeleting] = useState<Campaign | null>(null)
  const remove = useStore((state) => state.deleteCampaign)
  return (
    <TableCard title="Your campaigns">
      <DataTable className="campaigns-table" columns={columns}>
        {campaigns.map((campaign) => (
          <CampaignRow key={campaign.id} campaign={campaign} onDelete={() => setDeleting(campaign)} />
        ))}
      </DataTable>
      <DeleteDialog
        item={deleting}
        title={deleting ? `Delete “${deleting.name}”?` : 'Delete campaign?'}
        confirmLabel="Delete campaign"
        onDelete={(campaign) => remove(campaign.id)}
        onClose={() => setDeleting(null)}
      >
        <p>Its log of sent messages is removed from Herald. Your contact list and message stay.</p>
      </DeleteDialog>
    </TableCard>
  )
}
