import { useMemo, useState } from 'react'
import type { ReactElement } from 'react'
import { useNavigate } from 'react-router'
import { campaignStatuses } from '../../../src-shared/domain/campaigns'
import type { Campaign } from '../../../src-shared/domain/campaigns'
import { Screen } from '../../app/screen'
import { formatCount } from '../../lib/format'
import { useLoaded } from '../../state/use-loaded'
import { NoCampaignsYet } from '../../ui/empty-state'
import { HistoryIcon } from '../../ui/icons'
import { LoadState } from '../../ui/load-states'
import { LabelledSelect } from '../../ui/select'
import type { Choice } from '../../ui/select'
import { HistoryTable } from './history-table'
import { filterCampaigns, sortCampaigns } from './summary'
import type { CampaignFilter, Mode, Sort } from './summary'
import './history.css'
import { useT } from '../../i18n/use-t'

type ToolbarProps = {
  filter: CampaignFilter
  onFilter: (filter: CampaignFilter) => void
  selected: readonly number[]
  onCompare: () => void
}

function Toolbar({ filter, onFilter, selected, onCompare }: ToolbarProps): ReactElement {
  const t = useT()
  const modes: Choice<Mode>[] = (['all', 'dry', 'live'] as const).map((value) => ({
    value,
    label: t(`history.mode.${value}`),
  }))
  const statuses: Choice<CampaignFilter['status']>[] = [
    { value: 'all', label: t('history.toolbar.anyStatus') },
    ...campaignStatuses.map((value) => ({ value, label: t(`history.campaignStatus.${value}`) })),
  ]
  return (
    <div className="card history-toolbar">
      <label className="history-toolbar__search">
        <span className="visually-hidden">{t('history.toolbar.find')}</span>
        <input
          type="search"
          className="input"
          placeholder={t('history.toolbar.findPlaceholder')}
          value={filter.text}
          onChange={(event) => onFilter({ ...filter, text: event.target.value })}
        />
      </label>
      <LabelledSelect
        className="history-toolbar__field"
        label={t('history.toolbar.status')}
        value={filter.status}
        options={statuses}
        onChange={(status) => onFilter({ ...filter, status })}
      />
      <LabelledSelect
        className="history-toolbar__field"
        label={t('history.toolbar.mode')}
        value={filter.mode}
        options={modes}
        onChange={(mode) => onFilter({ ...filter, mode })}
      />
      <div className="history-toolbar__compare">
        <span className="muted">
          {t(selected.length === 2 ? 'history.toolbar.twoSelected' : 'history.toolbar.tickTwo')}
        </span>
        <button type="button" className="button" disabled={selected.length !== 2} onClick={onCompare}>
          {t('history.toolbar.compare')}
        </button>
      </div>
    </div>
  )
}

function HistoryContent({ campaigns }: { campaigns: Campaign[] }): ReactElement {
  const t = useT()
  const navigate = useNavigate()
  const [filter, setFilter] = useState<CampaignFilter>({ text: '', status: 'all', mode: 'all' })
  const [sort, setSort] = useState<Sort>({ key: 'created', descending: true })
  const [selected, setSelected] = useState<number[]>([])
  const shown = useMemo(
    () => sortCampaigns(filterCampaigns(campaigns, filter), sort),
    [campaigns, filter, sort],
  )
  if (campaigns.length === 0)
    return <NoCampaignsYet icon={<HistoryIcon />}>{t('history.empty')}</NoCampaignsYet>
  const select = (id: number, on: boolean): void =>
    setSelected((current) =>
      on ? [...current.filter((x) => x !== id), id].slice(-2) : current.filter((x) => x !== id),
    )
  return (
    <>
      <Toolbar
        filter={filter}
        onFilter={setFilter}
        selected={selected}
        onCompare={() => void navigate(`/history/compare/${selected[0]}/${selected[1]}`)}
      />
      {shown.length === 0 ? (
        <div className="card history-none">
          <p>{t('history.none')}</p>
          <button
            type="button"
            className="button"
            onClick={() => setFilter({ text: '', status: 'all', mode: 'all' })}
          >
            {t('history.showAll')}
          </button>
        </div>
      ) : (
        <HistoryTable campaigns={shown} sort={sort} onSort={setSort} selected={selected} onSelect={select} />
      )}
      <p className="muted history-count">
        {shown.length === campaigns.length
          ? t('history.count', { count: campaigns.length })
          : t('history.countOf', { shown: formatCount(shown.length), count: campaigns.length })}
      </p>
    </>
  )
}

/** Every campaign Herald has run, with its summary: sort, filter, open one, or compare two. */
export function HistoryScreen(): ReactElement {
  const t = useT()
  const campaigns = useLoaded('campaigns')
  return (
    <Screen title={t('screens.history.title')} intro={t('screens.history.intro')}>
      <LoadState {...campaigns} loading={t('history.loading')} failed={t('history.loadFailed')}>
        {(loaded) => <HistoryContent campaigns={loaded} />}
      </LoadState>
    </Screen>
  )
}
