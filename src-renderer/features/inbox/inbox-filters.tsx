import type { ReactElement } from 'react'
import { conversationStatuses } from '../../../src-shared/domain/inbox'
import type { Translate } from '../../i18n/use-t'
import { useT } from '../../i18n/use-t'
import { useNumbers } from '../../lib/use-numbers'
import { useStore } from '../../state/store'
import { useLoaded } from '../../state/use-loaded'
import { LabelledSelect } from '../../ui/select'
import type { Choice, LabelledSelectProps } from '../../ui/select'
import { statusWord } from './inbox-words'
import { inboxPeriods, isFiltered, noInboxFilters } from './slice'
import type { InboxFilters as Filters } from './slice'

type FilterProps<T extends string> = Omit<LabelledSelectProps<T>, 'className' | 'hideLabel'>

/** One filter; its label is for screen readers, its choices ("Any status") say it on screen. */
function Filter<T extends string>(props: FilterProps<T>): ReactElement {
  return <LabelledSelect className="inbox-filter" hideLabel {...props} />
}

const statusChoices = (t: Translate): Choice<Filters['status']>[] => [
  { value: '', label: t('inbox.filters.anyStatus') },
  ...conversationStatuses.map((status) => ({ value: status, label: statusWord(t, status) })),
]

const periodChoices = (t: Translate): Choice<Filters['period']>[] =>
  inboxPeriods.map((period) => ({ value: period, label: t(`inbox.filters.period.${period}`) }))

// The selects hand back strings; a campaign or a number is chosen by its id.
const idOf = (value: string): number | '' => (value === '' ? '' : Number(value))

function CampaignFilter({ value, rehearsal }: { value: number | ''; rehearsal: boolean }): ReactElement {
  const t = useT()
  const campaigns = useLoaded('campaigns').data ?? []
  const set = useStore((state) => state.setInboxFilters)
  const options: Choice<string>[] = [
    { value: '', label: t('inbox.filters.anyCampaign') },
    ...campaigns
      .filter((c) => rehearsal || !c.dryRun || c.id === value)
      .map((c) => ({
        value: String(c.id),
        label: c.dryRun ? t('inbox.filters.dryRunCampaign', { name: c.name }) : c.name,
      })),
  ]
  return (
    <Filter
      label={t('inbox.filters.campaign')}
      value={String(value)}
      options={options}
      onChange={(id) => set({ campaignId: idOf(id) })}
    />
  )
}

function NumberFilter({ value }: { value: number | '' }): ReactElement | null {
  const t = useT()
  const numbers = useNumbers().data ?? []
  const set = useStore((state) => state.setInboxFilters)
  // With one sending number there is nothing to choose between
  if (numbers.length < 2 && value === '') return null
  const options: Choice<string>[] = [
    { value: '', label: t('inbox.filters.anyNumber') },
    ...numbers.map((n) => ({ value: String(n.id), label: n.name })),
  ]
  return (
    <Filter
      label={t('inbox.filters.number')}
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
  const t = useT()
  return (
    <label className="form-check inbox-rehearsal">
      <input
        type="checkbox"
        checked={showRehearsal}
        disabled={saving}
        onChange={(event) => onShowRehearsal(event.target.checked)}
      />
      <span>{t('inbox.rehearsal.show')}</span>
    </label>
  )
}

/** Search, status, campaign, sending number and period. */
export function InboxFilters({ showRehearsal }: { showRehearsal: boolean }): ReactElement {
  const t = useT()
  const filters = useStore((state) => state.inboxFilters)
  const set = useStore((state) => state.setInboxFilters)
  return (
    <div className="inbox-filters">
      <label className="inbox-filter inbox-filter--search">
        <span className="visually-hidden">{t('inbox.filters.search')}</span>
        <input
          type="search"
          className="input"
          placeholder={t('inbox.filters.searchPlaceholder')}
          value={filters.search}
          onChange={(event) => set({ search: event.target.value })}
        />
      </label>
      <Filter
        label={t('inbox.filters.status')}
        value={filters.status}
        options={statusChoices(t)}
        onChange={(status) => set({ status })}
      />
      <CampaignFilter value={filters.campaignId} rehearsal={showRehearsal} />
      <NumberFilter value={filters.accountId} />
      <Filter
        label={t('inbox.filters.period')}
        value={filters.period}
        options={periodChoices(t)}
        onChange={(period) => set({ period })}
      />
      {isFiltered(filters) ? (
        <button
          type="button"
          className="button button--small button--quiet"
          onClick={() => set(noInboxFilters)}
        >
          {t('inbox.filters.clear')}
        </button>
      ) : null}
    </div>
  )
}
