import { useState } from 'react'
import type { ReactElement } from 'react'
import { Link } from 'react-router'
import type { Campaign } from '../../../src-shared/domain/campaigns'
import { useStore } from '../../state/store'
import { ConfirmDialog } from '../../ui/confirm-dialog'
import { formatCount } from '../contacts/format'
import { doneCount, formatDateTime, isActive, percentDone } from './labels'
import { ProgressBar } from './progress-bar'
import { CampaignStatusChip } from './status-chip'

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
        <Link to={`/campaigns/${campaign.id}`} className="campaigns-table__name">
          {campaign.name}
        </Link>
        <span className="campaigns-table__meta">
          {campaign.dryRun ? <span className="dry-tag">Dry run</span> : null}
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
      <td className="lists-table__actions">
        {isActive(campaign.status) ? null : (
          <button
            type="button"
            className="button button--small button--quiet"
            aria-label={`Delete ${campaign.name}`}
            onClick={onDelete}
          >
            Delete
          </button>
        )}
      </td>
    </tr>
  )
}

function DeleteDialog(props: { campaign: Campaign | null; onClose: () => void }): ReactElement {
  const remove = useStore((state) => state.deleteCampaign)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const { campaign } = props
  const close = (): void => {
    setError(null)
    props.onClose()
  }
  const confirm = async (): Promise<void> => {
    if (!campaign) return
    setBusy(true)
    const result = await remove(campaign.id)
    setBusy(false)
    if (result.ok) close()
    else setError(result.error.message)
  }
  return (
    <ConfirmDialog
      open={campaign !== null}
      title={campaign ? `Delete “${campaign.name}”?` : 'Delete campaign?'}
      confirmLabel="Delete campaign"
      busy={busy}
      onConfirm={() => void confirm()}
      onCancel={close}
    >
      <p>Its log of sent messages is removed from Herald. Your contact list and message stay.</p>
      {error ? (
        <p className="dialog__error" role="alert">
          Not deleted: {error}
        </p>
      ) : null}
    </ConfirmDialog>
  )
}

/** Every campaign, newest first, with how far each has got. */
export function CampaignsTable({ campaigns }: { campaigns: Campaign[] }): ReactElement {
  const [deleting, setDeleting] = useState<Campaign | null>(null)
  return (
    <section className="card card--flush" aria-labelledby="campaigns-title">
      <h2 id="campaigns-title" className="visually-hidden">
        Your campaigns
      </h2>
      <div className="table-scroll">
        <table className="data-table campaigns-table">
          <thead>
            <tr>
              <th scope="col">Campaign</th>
              <th scope="col">List</th>
              <th scope="col">Status</th>
              <th scope="col">Progress</th>
              <th scope="col">Started</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {campaigns.map((campaign) => (
              <CampaignRow key={campaign.id} campaign={campaign} onDelete={() => setDeleting(campaign)} />
            ))}
          </tbody>
        </table>
      </div>
      <DeleteDialog campaign={deleting} onClose={() => setDeleting(null)} />
    </section>
  )
}
