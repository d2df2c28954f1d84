import { useState } from 'react'
import type { ReactElement } from 'react'
import { Link } from 'react-router'
import type { AccountShare, CampaignStatus } from '../../../src-shared/domain/campaigns'
import { reachedOf } from '../../../src-shared/domain/rates'
import { formatCount, plural } from '../../lib/format'
import { useStore } from '../../state/store'
import { ConfirmDialog } from '../../ui/confirm-dialog'
import { DataTable, TableCard } from '../../ui/data-table'
import type { Column } from '../../ui/data-table'

// The same words, and the same cumulative counting, as the counters above the table
const figures = [
  ['messages', 'Messages'],
  ['sent', 'Sent'],
  ['delivered', 'Delivered'],
  ['read', 'Read'],
  ['replied', 'Replied'],
  ['failed', 'Failed'],
  ['skipped', 'Skipped'],
  ['waiting', 'Waiting'],
] as const

const columns: Column[] = ['Number', ...figures.map(([, label]) => ({ label, numeric: true }))]

/** Why a share paused when the engine gave no sentence (it always does today). */
const pausedWords = 'Herald stopped sending from this number.'

const quoted = (names: readonly string[]): string => {
  const q = names.map((n) => `“${n}”`)
  return q.length > 1 ? `${q.slice(0, -1).join(', ')} and ${q.at(-1)}` : (q[0] ?? '')
}

type MoveDialogProps = {
  campaignId: number
  share: AccountShare | null
  others: readonly string[]
  onClose: () => void
}

/** Asks before a paused number's waiting contacts go to the other numbers, and says why if they cannot. */
function MoveRestDialog({ campaignId, share, others, onClose }: MoveDialogProps): ReactElement {
  const moveRest = useStore((state) => state.moveRest)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const close = (): void => {
    setError(null)
    onClose()
  }
  const confirm = async (): Promise<void> => {
    if (!share) return
    setBusy(true)
    const result = await moveRest(campaignId, share.accountId)
    setBusy(false)
    if (result.ok) close()
    else setError(result.error.message)
  }
  const waiting = share ? reachedOf(share.counts).waiting : 0
  return (
    <ConfirmDialog
      open={share !== null}
      title="Move the rest to the other numbers?"
      confirmLabel="Move them"
      busy={busy}
      onConfirm={() => void confirm()}
      onCancel={close}
    >
      <p>
        The {plural(waiting, 'contact', 'contacts')} still waiting on <strong>{share?.name}</strong> will get
        the message from {others.length === 1 ? 'the other number' : 'the other numbers'} of this campaign,{' '}
        {quoted(others)}, instead.
      </p>
      <p>
        Each of them still gets it once, and never from two numbers. What <strong>{share?.name}</strong>{' '}
        already sent stays as it is.
      </p>
      {error ? (
        <p className="dialog__error" role="alert">
          Nothing was moved: {error}
        </p>
      ) : null}
    </ConfirmDialog>
  )
}

type ShareRowsProps = {
  share: AccountShare
  /** Whether another number of the campaign is still sending. */
  othersGoOn: boolean
  canMove: boolean
  onMove: () => void
}

function ShareRows({ share, othersGoOn, canMove, onMove }: ShareRowsProps): ReactElement {
  const reached = reachedOf(share.counts)
  const values = { ...reached, messages: share.total }
  return (
    <>
      <tr className={share.paused ? 'by-number__row--paused' : undefined}>
        <th scope="row">
          <span className="by-number__name">
            {share.name}
            {share.paused ? <span className="chip chip--campaign-paused">Paused</span> : null}
          </span>
        </th>
        {figures.map(([key]) => (
          <td
            key={key}
            className={`numeric${key === 'failed' && values.failed > 0 ? ' by-number__failed' : ''}`}
          >
            {formatCount(values[key])}
          </td>
        ))}
      </tr>
      {share.paused ? (
        <tr className="by-number__notice">
          <td colSpan={columns.length}>
            <div className="by-number__notice-body">
              <p>
                <strong>
                  {share.name} is paused{othersGoOn ? '; the other numbers go on.' : '.'}
                </strong>{' '}
                {share.paused.reason ?? pausedWords}
              </p>
              <span className="by-number__actions">
                <Link to="/connect" className="button button--small">
                  Open Connect
                </Link>
                {canMove ? (
                  <button type="button" className="button button--small" onClick={onMove}>
                    Move the rest to the other numbers
                  </button>
                ) : null}
              </span>
            </div>
          </td>
        </tr>
      ) : null}
    </>
  )
}

type ByNumberProps = { campaignId: number; status: CampaignStatus; shares: readonly AccountShare[] }

/**
 * A campaign sent from several numbers: each number's share, how far its messages got, and for a number
 * that paused on its own, why, and the explicit move of its waiting contacts to the others.
 */
export function ByNumber({ campaignId, status, shares }: ByNumberProps): ReactElement {
  const [moving, setMoving] = useState<AccountShare | null>(null)
  const finished = status === 'completed' || status === 'cancelled'
  const others = (share: AccountShare | null): string[] =>
    shares.filter((s) => s.accountId !== share?.accountId && s.paused === null).map((s) => s.name)
  return (
    <TableCard title="By number" titled className="by-number">
      <DataTable columns={columns} label="By number">
        {shares.map((share) => (
          <ShareRows
            key={share.accountId}
            share={share}
            othersGoOn={others(share).length > 0}
            canMove={!finished && reachedOf(share.counts).waiting > 0 && others(share).length > 0}
            onMove={() => setMoving(share)}
          />
        ))}
      </DataTable>
      <MoveRestDialog
        campaignId={campaignId}
        share={moving}
        others={others(moving)}
        onClose={() => setMoving(null)}
      />
    </TableCard>
  )
}
