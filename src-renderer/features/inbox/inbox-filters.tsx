import type { ReactElement } from 'react'
import { conversationStatuses, conversationStatusLabels } from '../../../src-shared/domain/inbox'
import { useNumbers } from '../../lib/use-numbers'
import { useStore } from '../../state/store'
import { useLoaded } from '../../state/use-loaded'
import { choicesOf, LabelledSelect } from '../../ui/select'
import type { Choice, LabelledSelectProps } from '../../ui/select'
import { inboxPeriodLabels, inboxPeriods, isFiltered, noInboxFilters } from './slice'
import type { InboxFilters as Filters } from './slice'

type FilterProps<T extends string> = Omit<LabelledSelectProps<T>, 'className' | 'hideLabel'>

/** One filter; its label is for screen readers, its choices ("Any status") say it on screen. */
function Filter<T extends string>(props: FilterProps<T>): ReactElement {
  return <LabelledSelect className="inbox-filter" hideLabel {...props} />
}

const statusChoices: Choice<Filters['status']>[] = [
  { value: '', label: 'Any status' },
  ...choicesOf(conversationStatuses, conversationStatusLabels),
]

const periodChoices: Choice<Filters['period']>[] = choicesOf(inboxPeriods, inboxPeriodLabels)

// The selects hand back strings; a campaign or a number is chosen by its id.
const idOf = (value: string): number | '' => (value === '' ? '' : Number(value))

function CampaignFilter({ value, rehearsal }: { value: number | ''; rehearsal: boolean }): ReactElement {
  const campaigns = useLoaded('campaigns').data ?? []
  const set = useStore((state) => state.setInboxFilters)
  const options: Choice<string>[] = [
    { value: '', label: 'Any campaign' },
    ...campaigns
      .filter((c) => rehearsal || !c.dryRun || c.id === value)
      .map((c) => ({ value: String(c.id), label: c.dryRun ? `${c.name} (dry run)` : c.name })),
  ]
  return (
    <Filter
      label="Campaign"
      value={String(value)}
      options={options}
      onChange={(id) => set({ campaignId: idOf(id) })}
    />
  )
}

function NumberFilter({ value }: { value: number | '' }): ReactElement | null {
  const numbers = useNumbers().data ?? []
  const set = useStore((state) => state.setInboxFilters)
  // With one sending number there is nothing to choose between
  if (numbers.length < 2 && value === '') return null
  const options: Choice<string>[] = [
    { value: '', label: 'Any number' },
    ...numbers.map((n) => ({ value: String(n.id), label: n.name })),
  ]
  return (
    <Filter
      label="Sending number"
      value={String(value)}
      options={options}
      onChange={(id) => set({ accountId: idOf(id) })}
    />
  )
}

type RehearsalToggleProps = {
  showRehearsal: boolean
  onShowRehearsal: (show: boolean) => void
  /** The setting is being saved. */
  saving: boolean
}

/** Whether dry runs' invented replies are listed (and counted): the setting 'inbox.showRehearsal'. */
export function RehearsalToggle({
  showRehearsal,
  onShowRehearsal,
  saving,
}: RehearsalToggleProps): ReactElement {
  return (
    <label className="form-check inbox-rehearsal">
      <input
        type="checkbox"
        checked={showRehearsal}
        disabled={saving}
        onChange={(event) => onShowRehearsal(event.target.checked)}
      />
      <span>Show rehearsal replies</span>
    </label>
  )
}

/** Search, status, campaign, sending number and period. */
export function InboxFilters({ showRehearsal }: { showRehearsal: boolean }): ReactElement {
  const filters = useStore((state) => state.inboxFilters)
  const set = useStore((state) => state.setInboxFilters)
  return (
    <div className="inbox-filters">
      <label className="inbox-filter inbox-filter--search">
        <span className="visually-hidden">Search the replies</span>
        <input
          type="search"
          className="input"
          placeholder="Name, number or reply"
          value={filters.search}
          onChange={(event) => set({ search: event.target.value })}
        />
      </label>
      <Filter
        label="Status"
        value={filters.status}
        options={statusChoices}
        onChange={(status) => set({ status })}
      />
      <CampaignFilter value={filters.campaignId} rehearsal={showRehearsal} />
      <NumberFilter value={filters.accountId} />
      <Filter
        label="Period"
        value={filters.period}
        options={periodChoices}
        onChange={(period) => set({ period })}
      />
      {isFiltered(filters) ? (
        <button
          type="button"
          className="button button--small button--quiet"
          onClick={() => set(noInboxFilters)}
        >
          Clear filters
        </button>
      ) : null}
    </div>
  )
}
