import { useCallback, useMemo, useState } from 'react'
import type { ReactElement } from 'react'
import { FormattedMessage } from 'react-intl'
import type { ConversationSummary } from '../../../src-shared/domain/inbox'
import { Screen } from '../../app/screen'
import { api } from '../../lib/api'
import { useDebounced } from '../../lib/use-debounced'
import { useStore } from '../../state/store'
import { useLoadOnOpen } from '../../state/use-loaded'
import { Card } from '../../ui/card'
import { NextStep } from '../../ui/empty-state'
import { InlineError, LoadState } from '../../ui/load-states'
import { usePagedRows } from '../../ui/use-paged-rows'
import { ConversationTable } from './conversation-table'
import { ExportLeads } from './export-leads'
import { InboxFilters, RehearsalToggle } from './inbox-filters'
import { NotificationsOffer } from './notifications-offer'
import { inboxQuery, isFiltered, noInboxFilters } from './slice'
import './inbox.css'
import { useT } from '../../i18n/use-t'

/** What the list says when it has no rows: how replies get here, or that the filters hide them. */
function Empty({ filtered, showRehearsal }: { filtered: boolean; showRehearsal: boolean }): ReactElement {
  const t = useT()
  const clear = useStore((state) => state.setInboxFilters)
  if (filtered)
    return (
      <div className="inbox-empty">
        <p className="inbox-empty__title">{t('inbox.empty.filteredTitle')}</p>
        <p className="muted">{t('inbox.empty.filteredHint')}</p>
        <button type="button" className="button button--small" onClick={() => clear(noInboxFilters)}>
          {t('inbox.filters.clear')}
        </button>
      </div>
    )
  return (
    <div className="inbox-empty">
      <p className="inbox-empty__title">{t('inbox.empty.title')}</p>
      <p className="muted">{t('inbox.empty.body')}</p>
      {showRehearsal ? null : (
        <p className="muted">
          <FormattedMessage
            id="inbox.empty.rehearsalHint"
            values={{ strong: (words) => <strong>{words}</strong> }}
          />
        </p>
      )}
      <NextStep to="/campaigns">{t('inbox.empty.goToCampaigns')}</NextStep>
    </div>
  )
}

function Conversations({ showRehearsal }: { showRehearsal: boolean }): ReactElement {
  const t = useT()
  const filters = useStore((state) => state.inboxFilters)
  const revision = useStore((state) => state.inboxRevision)
  const setUnread = useStore((state) => state.setInboxUnread)
  const saveSettings = useStore((state) => state.saveSettings)
  // The box shows the user's choice at once, while it is saved
  const [choice, setChoice] = useState<boolean | null>(null)
  const [refused, setRefused] = useState<string | null>(null)
  const search = useDebounced(filters.search, 300)
  // The period's first day is worked out when the filters change, not on every render
  const query = useMemo(
    () => inboxQuery({ ...filters, search }, showRehearsal, new Date()),
    [filters, search, showRehearsal],
  )
  const fetchPage = useCallback(
    async (offset: number, limit: number) => {
      const result = await api.invoke('inbox:list', { ...query, offset, limit })
      if (result.ok) setUnread(result.value.unread)
      return result
    },
    [query, setUnread],
  )
  const key = JSON.stringify(query)
  const rows = usePagedRows<ConversationSummary>(key, fetchPage, 0, revision)

  const showRehearsalReplies = async (show: boolean): Promise<void> => {
    setChoice(show)
    setRefused(null)
    const result = await saveSettings({ 'inbox.showRehearsal': show ? 'yes' : 'no' })
    setChoice(null)
    if (!result.ok) setRefused(t('inbox.rehearsal.notSaved', { reason: result.error.message }))
  }

  return (
    <Card
      title={t('inbox.list.title')}
      className="card--flush inbox-list"
      headClassName="inbox-list__bar"
      actions={
        <div className="inbox-list__actions">
          <RehearsalToggle
            showRehearsal={choice ?? showRehearsal}
            onShowRehearsal={(show) => void showRehearsalReplies(show)}
            saving={choice !== null}
          />
          <span className="inbox-list__count" role="status" aria-label={t('inbox.list.countLabel')}>
            {rows.loading ? t('inbox.list.counting') : t('inbox.list.count', { count: rows.total })}
          </span>
          <ExportLeads query={query} />
        </div>
      }
    >
      <InboxFilters showRehearsal={choice ?? showRehearsal} />
      {refused ? <InlineError className="inbox-list__error">{refused}</InlineError> : null}
      <ConversationTable
        key={key}
        rows={rows}
        empty={<Empty filtered={isFiltered(filters)} showRehearsal={showRehearsal} />}
      />
    </Card>
  )
}

/** Every reply to a campaign, one conversation per contact: filter them, open one, export the leads. */
export function InboxScreen(): ReactElement {
  const t = useT()
  const settings = useStore((state) => state.settings)
  const status = useStore((state) => state.settingsStatus)
  const error = useStore((state) => state.settingsError)
  const load = useStore((state) => state.loadSettings)
  const unread = useStore((state) => state.inboxUnread)
  useLoadOnOpen('loadSettings', 'loadCampaigns')

  return (
    <Screen
      title={t('screens.inbox.title')}
      intro={unread ? t('inbox.intro.unread', { count: unread }) : t('inbox.intro.all')}
    >
      <NotificationsOffer />
      <LoadState
        data={settings}
        error={status === 'failed' ? { message: error } : null}
        refetch={() => void load()}
        loading={t('inbox.load.loading')}
        failed={t('inbox.load.failed')}
      >
        {(saved) => <Conversations showRehearsal={saved['inbox.showRehearsal'] === 'yes'} />}
      </LoadState>
    </Screen>
  )
}
