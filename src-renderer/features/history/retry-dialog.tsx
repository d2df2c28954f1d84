import { useState } from 'react'
import type { ReactElement } from 'react'
import { useNavigate } from 'react-router'
import type { Campaign } from '../../../src-shared/domain/campaigns'
import type { RetryScope } from '../../../src-shared/domain/history'
import { api } from '../../lib/api'
import { formatCount, plural } from '../../lib/format'
import { useStore } from '../../state/store'
import { ConfirmDialog } from '../../ui/confirm-dialog'
import { RadioCards } from '../../ui/radio-cards'
import { useRetryCounts } from './retry-counts'
import type { RetryCounts } from './retry-counts'

type RetryDialogProps = { campaign: Campaign; open: boolean; onClose: () => void }

const sizeOf = (counts: RetryCounts, scope: RetryScope): number =>
  scope === 'failed' ? counts.failed : scope === 'unsent' ? counts.unsent : counts.failed + counts.unsent

function Notes({ counts }: { counts: RetryCounts }): ReactElement {
  return (
    <ul className="retry-notes">
      <li>Numbers that have opted out since are left out. Nobody who got the message gets it twice.</li>
      {counts.uncertain > 0 ? (
        <li>
          {plural(counts.uncertain, 'message', 'messages')} marked “Not sure it was sent”{' '}
          {counts.uncertain === 1 ? 'is' : 'are'} left out: look in WhatsApp and resend{' '}
          {counts.uncertain === 1 ? 'it' : 'them'} yourself if needed.
        </li>
      ) : null}
      {counts.waiting > 0 ? (
        <li>
          {plural(counts.waiting, 'message is', 'messages are')} still waiting in this campaign and will go
          when it resumes; stop it first to retry {counts.waiting === 1 ? 'it' : 'them'} here.
        </li>
      ) : null}
    </ul>
  )
}

/** Chooses what to send again, creates the new campaign (not started) and opens it. */
export function RetryDialog({ campaign, open, onClose }: RetryDialogProps): ReactElement {
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
      title="Retry failed / unsent messages"
      confirmLabel={counts ? `Create retry campaign (${formatCount(size)})` : 'Create retry campaign'}
      busy={busy || !counts}
      onConfirm={() => void confirm()}
      onCancel={close}
    >
      <p>
        Herald creates a new campaign with the same message, pace and variants, to the contacts whose message
        did not go. It does not start until you press Start on its page.
      </p>
      {counts ? (
        <div className="retry-choice">
          <RadioCards<RetryScope>
            legend="Send again to"
            value={scope}
            onChange={setScope}
            options={[
              {
                value: 'failed',
                label: `Failed (${formatCount(counts.failed)})`,
                summary: 'Messages that could not be sent.',
              },
              {
                value: 'unsent',
                label: `Unsent (${formatCount(counts.unsent)})`,
                summary: 'Skipped for a reason that may pass, e.g. the campaign was stopped.',
              },
              {
                value: 'failed-and-unsent',
                label: `Both (${formatCount(counts.failed + counts.unsent)})`,
                summary: 'Every contact who has not received the message.',
              },
            ]}
          />
          <Notes counts={counts} />
          {size === 0 ? <p className="muted">Nothing to retry with this choice.</p> : null}
        </div>
      ) : (
        <p className="muted">Counting the messages…</p>
      )}
      {error ? (
        <p className="dialog__error" role="alert">
          Not created: {error}
        </p>
      ) : null}
    </ConfirmDialog>
  )
}
