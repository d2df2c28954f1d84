import { useMemo, useState } from 'react'
import type { ReactElement } from 'react'
import type { Analytics, DryRunFilter } from '../../../src-shared/domain/analytics'
import type { WidgetPlacement } from '../../../src-shared/domain/dashboard-layout'
import { Screen } from '../../app/screen'
import type { Query } from '../../lib/query'
import { formatDay } from '../../lib/format'
import { useAnalytics } from '../../lib/use-analytics'
import { useStore } from '../../state/store'
import { useLoadOnOpen } from '../../state/use-loaded'
import { EmptyState, NoCampaignsYet } from '../../ui/empty-state'
import { DashboardIcon } from '../../ui/icons'
import { InlineError, LoadFailed, Loading } from '../../ui/load-states'
import { ReportActions } from '../reports'
import { QuickStats } from './quick-stats'
import { DashboardBody, NoMessages } from './dashboard-body'
import { CampaignFilter, DryRunFilterSelect, NumberFilter, PeriodPicker } from './period-picker'
import { CustomiseBar, LayoutBar } from './layout-bar'
import { defaultPeriod, periodQuery, scopeWords } from './period'
import type { Period } from './period'
import { useLayouts } from './use-layouts'
import './dashboard.css'
import './dashboard-panels.css'
import './widgets.css'
import { useT } from '../../i18n/use-t'
import type { Translate } from '../../i18n/use-t'

type ContentProps = {
  load: Query<Analytics>
  /** False while the custom dates cannot be asked for. */
  asking: boolean
  period: Period
  campaignId: number | null
  dryRun: DryRunFilter
  accountId: number | null
  onPeriod: (period: Period) => void
  onCampaign: (campaignId: number | null) => void
  onDryRun: (dryRun: DryRunFilter) => void
  onNumber: (accountId: number | null) => void
  /** The layout in use; `onChange` while customising it. */
  widgets: WidgetPlacement[]
  onChange: ((widgets: WidgetPlacement[]) => void) | null
  onCustomise: () => void
}

function Content({
  load,
  asking,
  period,
  campaignId,
  dryRun,
  accountId,
  onPeriod,
  onCampaign,
  onDryRun,
  onNumber,
  ...layout
}: ContentProps): ReactElement | null {
  const t = useT()
  const { data, current, error } = load
  // The picker says what is wrong with the dates; figures for other dates would only mislead.
  if (!asking || (error?.code === 'BAD_INPUT' && period.kind === 'custom')) return null
  if (error?.code === 'NOT_FOUND' && campaignId !== null) {
    return (
      <EmptyState
        icon={<DashboardIcon />}
        title={t('dashboard.campaignGone.title')}
        actions={
          <button type="button" className="button button--primary" onClick={() => onCampaign(null)}>
            {t('dashboard.action.allCampaigns')}
          </button>
        }
      >
        <p>{t('dashboard.campaignGone.text')}</p>
      </EmptyState>
    )
  }
  if (error && !current) {
    return <LoadFailed title={t('dashboard.loadFailed')} message={error.message} onRetry={load.refetch} />
  }
  if (!data) return <Loading label={t('dashboard.loading')} />
  if (current && data.funnel.queued === 0) {
    return (
      <NoMessages
        allTime={period.kind === 'all'}
        oneCampaign={campaignId !== null}
        onAllTime={() => onPeriod({ ...period, kind: 'all' })}
        onAllCampaigns={() => onCampaign(null)}
        onIncludeDryRuns={dryRun === 'live' && campaignId === null ? () => onDryRun('all') : null}
        onAllNumbers={accountId === null ? null : () => onNumber(null)}
      />
    )
  }
  return (
    <div className={current ? 'dashboard-data' : 'dashboard-data dashboard-data--stale'} aria-busy={!current}>
      {error ? (
        <InlineError onRetry={load.refetch}>
          {t('dashboard.refreshFailed', { error: error.message })}
        </InlineError>
      ) : null}
      <DashboardBody analytics={data} allNumbers={accountId === null} {...layout} />
    </div>
  )
}

/** What the quick stats are about: the campaign and the number chosen, if any. */
function subjectOf(t: Translate, campaign: string | null, number: string | null): string | null {
  if (number === null) return campaign
  return campaign === null
    ? t('dashboard.scope.fromNumber', { number })
    : t('dashboard.scope.campaignFromNumber', { campaign, number })
}

/**
 * Totals, rates, the funnel, best times, trend, variants, errors and countries over a period, and each
 * sending number's part once there is more than one.
 */
export function DashboardScreen(): ReactElement {
  const t = useT()
  const campaigns = useStore((state) => state.campaigns)
  const campaignsStatus = useStore((state) => state.campaignsStatus)
  const [period, setPeriod] = useState<Period>(defaultPeriod)
  const [campaignId, setCampaignId] = useState<number | null>(null)
  const [dryRun, setDryRun] = useState<DryRunFilter>('live')
  const [accountId, setAccountId] = useState<number | null>(null)
  const query = useMemo(() => {
    const q = periodQuery(period, campaignId, new Date())
    return q && { ...q, dryRun, ...(accountId === null ? {} : { accountId }) }
  }, [period, campaignId, dryRun, accountId])
  const load = useAnalytics(query)
  const layouts = useLayouts()
  const [customising, setCustomising] = useState(false)
  const figures = load.data && load.current && load.data.funnel.queued > 0
  // Every number with messages, whatever the scope: the filter appears once there are two
  const numbers = load.data?.accounts ?? []
  const number = numbers.find((n) => n.id === accountId)

  useLoadOnOpen('loadCampaigns')
  const campaign = campaigns.find((c) => c.id === campaignId)
  const refusal = load.error?.code === 'BAD_INPUT' ? load.error.message : null
  const noCampaigns = campaignsStatus === 'loaded' && campaigns.length === 0
  const waiting = campaignsStatus === 'idle' || (campaignsStatus === 'loading' && campaigns.length === 0)
  return (
    <Screen title={t('screens.dashboard.title')} intro={t('screens.dashboard.intro')}>
      {noCampaigns ? (
        <NoCampaignsYet icon={<DashboardIcon />}>{t('dashboard.empty.noCampaigns')}</NoCampaignsYet>
      ) : waiting ? (
        <Loading label={t('dashboard.loading')} />
      ) : (
        <div className="analytics">
          <section className="card dashboard-toolbar" aria-label={t('dashboard.toolbar.label')}>
            <PeriodPicker period={period} onPeriod={setPeriod} refusal={refusal} />
            <div className="dashboard-toolbar__end">
              <DryRunFilterSelect value={dryRun} onChange={setDryRun} />
              {numbers.length > 1 || accountId !== null ? (
                <NumberFilter numbers={numbers} accountId={accountId} onNumber={setAccountId} />
              ) : null}
              <CampaignFilter
                campaigns={campaigns.filter(
                  (c) => c.id === campaignId || dryRun === 'all' || c.dryRun === (dryRun === 'dry'),
                )}
                campaignId={campaignId}
                onCampaign={setCampaignId}
              />
              <ReportActions
                {...(campaign ? { campaignId: campaign.id, campaignName: campaign.name } : {})}
              />
            </div>
          </section>
          {load.data && load.current ? (
            <div className="dashboard-headline">
              <QuickStats
                stats={load.data.headline}
                scope={scopeWords(
                  t,
                  period,
                  subjectOf(t, campaign?.name ?? null, number?.name ?? null),
                  (day) => formatDay(day, { withYear: true }),
                )}
              />
              {figures && !customising ? (
                <LayoutBar layouts={layouts} onCustomise={() => setCustomising(true)} />
              ) : null}
            </div>
          ) : null}
          {customising ? <CustomiseBar layouts={layouts} onDone={() => setCustomising(false)} /> : null}
          <Content
            load={load}
            asking={query !== null}
            period={period}
            campaignId={campaignId}
            dryRun={dryRun}
            accountId={accountId}
            onPeriod={setPeriod}
            onCampaign={setCampaignId}
            onDryRun={setDryRun}
            onNumber={setAccountId}
            widgets={layouts.current.widgets}
            onChange={customising ? layouts.change : null}
            onCustomise={() => setCustomising(true)}
          />
        </div>
      )}
    </Screen>
  )
}
