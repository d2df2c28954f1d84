import { useState } from 'react'
import type { ReactElement, ReactNode } from 'react'
import { Link } from 'react-router'
import type { AccountShare, CampaignStatus } from '../../../src-shared/domain/campaigns'
import { pauseCauses } from '../../../src-shared/domain/campaigns'
import { reachedOf } from '../../../src-shared/domain/rates'
import { formatCount } from '../../lib/format'
import { useStore } from '../../state/store'
import { ConfirmDialog } from '../../ui/confirm-dialog'
import { DataTable, TableCard } from '../../ui/data-table'
import type { Column } from '../../ui/data-table'
import { useSay, useT } from '../../i18n/use-t'
import type { Translate } from '../../i18n/use-t'
import { quotedAnd } from './names'
import { useRich } from './rich'

const strong = (text: ReactNode[]): ReactElement => <strong>{text}</strong>
const space = ' '

// The same words, and the same cumulative counting, as the counters above the table
const figures = ['messages', 'sent', 'delivered', 'read', 'replied', 'failed', 'skipped', 'waiting'] as const

const columnsFor = (t: Translate): Column[] => [
  t('campaigns.byNumber.number'),
  ...figures.map((key) => ({ label: t(`campaigns.byNumber.${key}`), numeric: true })),
]

/** Why a share paused when the engine gave no sentence (it always does today): its cause's words. */
function pausedWords(t: Translate, cause: string): string {
  return (pauseCauses as readonly string[]).includes(cause)
    ? t(`campaigns.pauseCause.${cause}`)
    : t('campaigns.byNumber.pausedAnyCause')
}

type MoveDialogProps = {
  campaignId: number
  share: AccountShare | null
  others: readonly string[]
  onClose: () => void
}

/** Asks before a paused number's waiting contacts go to the other numbers, and says why if they cannot. */
function MoveRestDialog({ campaignId, share, others, onClose }: MoveDialogProps): ReactElement {
  const t = useT()
  const rich = useRich()
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
      title={t('campaigns.byNumber.moveTitle')}
      confirmLabel={t('campaigns.byNumber.moveConfirm')}
      busy={busy}
      onConfirm={() => void confirm()}
      onCancel={close}
    >
      <p>
        {rich('campaigns.byNumber.moveBody', {
          count: waiting,
          name: share?.name ?? '',
          others: others.length,
          names: quotedAnd(t, others),
          strong,
        })}
      </p>
      <p>{rich('campaigns.byNumber.moveOnce', { name: share?.name ?? '', strong })}</p>
      {error ? (
        <p className="dialog__error" role="alert">
          {t('campaigns.byNumber.moveFailed', { problem: error })}
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
  const t = useT()
  const say = useSay()
  const reached = reachedOf(share.counts)
  const values = { ...reached, messages: share.total }
  return (
    <>
      <tr className={share.paused ? 'by-number__row--paused' : undefined}>
        <th scope="row">
          <span className="by-number__name">
            <bdi>{share.name}</bdi>
            {share.paused ? (
              <span className="chip chip--campaign-paused">{t('campaigns.status.paused')}</span>
            ) : null}
          </span>
        </th>
        {figures.map((key) => (
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
          <td colSpan={figures.length + 1}>
            <div className="by-number__notice-body">
              <p>
                <strong>
                  {t(othersGoOn ? 'campaigns.byNumber.pausedOthersGoOn' : 'campaigns.byNumber.paused', {
                    name: share.name,
                  })}
                </strong>
                {space}
                {share.paused.reason === null
                  ? pausedWords(t, share.paused.cause)
                  : say(share.paused.reasonPhrase, share.paused.reason)}
              </p>
              <span className="by-number__actions">
                <Link to="/connect" className="button button--small">
                  {t('campaigns.byNumber.openConnect')}
                </Link>
                {canMove ? (
                  <button type="button" className="button button--small" onClick={onMove}>
                    {t('campaigns.byNumber.moveRest')}
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
  const t = useT()
  const [moving, setMoving] = useState<AccountShare | null>(null)
  const finished = status === 'completed' || status === 'cancelled'
  const others = (share: AccountShare | null): string[] =>
    shares.filter((s) => s.accountId !== share?.accountId && s.paused === null).map((s) => s.name)
  return (
    <TableCard title={t('campaigns.byNumber.title')} titled className="by-number">
      <DataTable columns={columnsFor(t)} label={t('campaigns.byNumber.title')}>
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
