import type { ReactElement } from 'react'
import { Link, useParams, useSearchParams } from 'react-router'
import type { Analytics } from '../../../src-shared/domain/analytics'
import type { Campaign } from '../../../src-shared/domain/campaigns'
import { Screen } from '../../app/screen'
import { useAnalytics } from '../../lib/use-analytics'
import { formatCount, formatDateTime, formatPercent } from '../../lib/format'
import { useStore } from '../../state/store'
import { useLoadOnOpen } from '../../state/use-loaded'
import { CampaignStatusChip, ModeTag } from '../../ui/status-chip'
import { LoadFailed, Loading } from '../../ui/load-states'
import { notSentWords } from './campaign-analytics'
import { betterSide, compareLines } from './compare-figures'
import './history.css'
import './compare.css'
import { useSay, useT } from '../../i18n/use-t'
import { errorTitle } from '../../ui/analytics'

// Marks, not words: the arrow of the back link (mirrored right to left), and a separator
const back = '←'
const dot = ' · '

type Side = { campaign: Campaign; analytics: Analytics }

function Figures({ sides }: { sides: [Side, Side] }): ReactElement {
  const t = useT()
  const data: [Analytics, Analytics] = [sides[0].analytics, sides[1].analytics]
  return (
    <section className="card card--flush" aria-labelledby="compare-figures">
      <h2 id="compare-figures" className="card__title card__title--padded">
        {t('history.compare.figuresTitle')}
      </h2>
      <table className="data-table compare-table">
        <thead>
          <tr>
            <th scope="col">
              <span className="visually-hidden">{t('history.compare.figure')}</span>
            </th>
            {sides.map((s) => (
              <th key={s.campaign.id} scope="col" className="numeric">
                <Link to={`/history/${s.campaign.id}`}>
                  <bdi>{s.campaign.name}</bdi>
                </Link>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {compareLines.map((line) => {
            const better = betterSide(line, data)
            return (
              <tr key={line.key}>
                <th scope="row">{t(`history.compare.line.${line.key}`)}</th>
                {data.map((a, i) => (
                  <td key={i} className={`numeric${better === i ? ' compare-table__better' : ''}`}>
                    {line.format(line.value(a))}
                    {better === i ? (
                      <span className="visually-hidden"> {t('history.compare.better')}</span>
                    ) : null}
                  </td>
                ))}
              </tr>
            )
          })}
        </tbody>
      </table>
    </section>
  )
}

function SideDetails({ side }: { side: Side }): ReactElement {
  const t = useT()
  const say = useSay()
  const { campaign, analytics } = side
  return (
    <section className="card compare-side" aria-label={campaign.name}>
      <h2 className="card__title">
        <Link to={`/history/${campaign.id}`}>
          <bdi>{campaign.name}</bdi>
        </Link>
      </h2>
      <p className="compare-side__meta">
        <CampaignStatusChip status={campaign.status} />
        <ModeTag dryRun={campaign.dryRun} />
        <span title={t('history.compare.message', { name: campaign.templateName })}>
          {campaign.listName}
          {dot}
          {formatDateTime(campaign.startedAt ?? campaign.createdAt)}
        </span>
      </p>
      <h3 className="compare-side__title">{t('history.compare.variants')}</h3>
      {analytics.variants.list.length === 0 ? (
        <p className="muted">{t('history.compare.nothingSent')}</p>
      ) : (
        <ul className="compare-side__list">
          {analytics.variants.list.map((v) => (
            <li key={v.variant}>
              <span>{v.variant}</span>
              <span>
                {t('history.compare.variantLine', {
                  rate: formatPercent(v.replyRate),
                  sent: formatCount(v.sent),
                })}
              </span>
            </li>
          ))}
        </ul>
      )}
      {analytics.variants.comparison ? (
        <p className="compare-side__verdict">
          {say(analytics.variants.comparison.verdictPhrase, analytics.variants.comparison.verdict)}
        </p>
      ) : null}
      <h3 className="compare-side__title">{t('history.compare.whatWentWrong')}</h3>
      {analytics.errors.length === 0 ? (
        <p className="muted">
          {analytics.totals.skipped > 0
            ? notSentWords(t, analytics.totals.skipped)
            : t('history.compare.nothingFailed')}
        </p>
      ) : (
        <ul className="compare-side__list">
          {analytics.errors.map((e) => (
            <li key={e.category}>
              <span>{errorTitle(t, e.category)}</span>
              <span>{formatCount(e.count)}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}

function useSide(campaignId: number): { side: Side | null; error: string | null; retry: () => void } {
  const campaign = useStore((state) => state.campaigns.find((c) => c.id === campaignId))
  const load = useAnalytics(Number.isInteger(campaignId) && campaignId > 0 ? { campaignId } : null)
  const side = campaign && load.data && load.current ? { campaign, analytics: load.data } : null
  return { side, error: load.error?.message ?? null, retry: load.refetch }
}

/** Two campaigns side by side: the main figures with the better one marked, then each one's variants and errors. */
export function CompareScreen(): ReactElement {
  const t = useT()
  const params = useParams()
  const [search] = useSearchParams()
  const a = Number(params.a ?? search.get('a'))
  const b = Number(params.b ?? search.get('b'))
  useLoadOnOpen('loadCampaigns')
  const loadCampaigns = useStore((state) => state.loadCampaigns)
  const status = useStore((state) => state.campaignsStatus)
  const campaigns = useStore((state) => state.campaigns)
  const left = useSide(a)
  const right = useSide(b)
  const missing =
    status === 'loaded' && !(campaigns.some((c) => c.id === a) && campaigns.some((c) => c.id === b))
  const error = left.error ?? right.error
  return (
    <Screen title={t('screens.compare.title')} intro={t('screens.compare.intro')}>
      <Link to="/history" className="back-link">
        <span className="icon--directional">{back}</span> {t('history.compare.allCampaigns')}
      </Link>
      {missing ? (
        <LoadFailed
          title={t('history.compare.goneTitle')}
          message={t('history.compare.goneText')}
          onRetry={() => void loadCampaigns()}
        />
      ) : error ? (
        <LoadFailed
          title={t('history.compare.failed')}
          message={error}
          onRetry={() => (left.error ? left.retry() : right.retry())}
        />
      ) : left.side && right.side ? (
        <div className="compare">
          <Figures sides={[left.side, right.side]} />
          <div className="compare-sides">
            <SideDetails side={left.side} />
            <SideDetails side={right.side} />
          </div>
        </div>
      ) : (
        <Loading label={t('history.compare.loading')} />
      )}
    </Screen>
  )
}
