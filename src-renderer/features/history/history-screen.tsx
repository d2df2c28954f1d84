import { useMemo, useState } from 'react'
import type { ReactElement } from 'react'
import { useNavigate } from 'react-router'
import { campaignStatuses } from '../../../src-shared/domain/campaigns'
import type { Campaign } from '../../../src-shared/domain/campaigns'
import { Screen } from '../../app/screen'
import { formatCount } from '../../lib/format'
import { campaignStatusLabels, dryRunFilterLabels } from '../../lib/campaign-status'
import { useLoaded } from '../../state/use-loaded'
import { NoCampaignsYet } from '../../ui/empty-state'
import { HistoryIcon } from '../../ui/icons'
import { LoadState } from '../../ui/load-states'
import { choicesOf, LabelledSelect } from '../../ui/select'
import type { Choice } from '../../ui/select'
import { HistoryTable } from './history-table'
import { filterCampaigns, sortCampaigns } from './summary'
import type { CampaignFilter, Mode, Sort } from './summary'
import './history.css'
import { useT } from '../../i18n/use-t'

const modes: Choice<Mode>[] = (['all', 'dry', 'live'] as const).map((value) => ({
  value,
  label: dryRunFilterLabels[value],
}))

type ToolbarProps = {
  filter: CampaignFilter
  onFilter: (filter: CampaignFilter) => void
  selected: readonly number[]
  onCompare: () => void
}

function Toolbar({ filter, onFilter, selected, onCompare }: ToolbarProps): ReactElement {
  return (
    <div className="card history-toolbar">
      <label className="history-toolbar__search">
        <span className="visually-hidden">Find a campaign</span>
        <input
          type="search"
          className="input"
          placeholder="Find by campaign, list or message name"
          value={filter.text}
          onChange={(event) => onFilter({ ...filter, text: event.target.value })}
        />
      </label>
      <LabelledSelect
        className="history-toolbar__field"
        label="Status"
        value={filter.status}
        options={[{ value: 'all', label: 'Any' }, ...choicesOf(campaignStatuses, campaignStatusLabels)]}
        onChange={(status) => onFilter({ ...filter, status })}
      />
      <LabelledSelect
        className="history-toolbar__field"
        label="Mode"
        value={filter.mode}
        options={modes}
        onChange={(mode) => onFilter({ ...filter, mode })}
      />
      <div className="history-toolbar__compare">
        <span className="muted">
          {selected.length === 2 ? 'Two campaigns selected' : 'Tick two campaigns to compare them'}
        </span>
        <button type="button" className="button" disabled={selected.length !== 2} onClick={onCompare}>
          Compare
        </button>
      </div>
    </div>
  )
}

function HistoryContent({ campaigns }: { campaigns: Campaign[] }): ReactElement {
  const navigate = useNavigate()
  const [filter, setFilter] = useState<CampaignFilter>({ text: '', status: 'all', mode: 'all' })
  const [sort, setSort] = useState<Sort>({ key: 'created', descending: true })
  const [selected, setSelected] = useState<number[]>([])
  const shown = useMemo(
    () => sortCampaigns(filterCampaigns(campaigns, filter), sort),
    [campaigns, filter, sort],
  )
  if (campaigns.length === 0)
    return (
      <NoCampaignsYet icon={<HistoryIcon />}>
        Herald keeps a record of every campaign: who each message went to, whether it arrived, and any that
        failed. Once you have sent one, you can look it up and export a report here.
      </NoCampaignsYet>
    )
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
          <p>No campaign matches these filters.</p>
          <button
            type="button"
            className="button"
            onClick={() => setFilter({ text: '', status: 'all', mode: 'all' })}
          >
            Show every campaign
          </button>
        </div>
      ) : (
        <HistoryTable campaigns={shown} sort={sort} onSort={setSort} selected={selected} onSelect={select} />
      )}
      <p className="muted history-count">
        {shown.length === campaigns.length
          ? `${formatCount(campaigns.length)} campaigns`
          : `${formatCount(shown.length)} of ${formatCount(campaigns.length)} campaigns`}
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
      <LoadState {...campaigns} loading="Loading your campaigns…" failed="Could not load your campaigns">
        {(loaded) => <HistoryContent campaigns={loaded} />}
      </LoadState>
    </Screen>
  )
}
