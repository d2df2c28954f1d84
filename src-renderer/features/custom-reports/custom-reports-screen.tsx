import type { ReactElement } from 'react'
import { Link } from 'react-router'
import { Screen } from '../../app/screen'
import { useQuery } from '../../lib/query'
import { EmptyState } from '../../ui/empty-state'
import { ReportsIcon } from '../../ui/icons'
import { LoadState } from '../../ui/load-states'
import { SavedReportsTable } from './saved-reports-table'
import './custom-reports.css'
import { useT } from '../../i18n/use-t'

function NoReports(): ReactElement {
  const t = useT()
  return (
    <EmptyState
      icon={<ReportsIcon />}
      title={t('reports.list.emptyTitle')}
      actions={
        <Link to="/reports/new" className="button button--primary">
          {t('reports.list.new')}
        </Link>
      }
    >
      <p>{t('reports.list.emptyBody')}</p>
    </EmptyState>
  )
}

/** Reports: the custom reports saved in this workspace, and the way to build a new one. */
export function CustomReportsScreen(): ReactElement {
  const t = useT()
  const list = useQuery('customReports:list', {})
  return (
    <Screen title={t('screens.reports.title')} intro={t('screens.reports.intro')}>
      <LoadState
        data={list.data}
        error={list.error}
        refetch={list.refetch}
        loading={t('reports.list.loading')}
        failed={t('reports.list.failed')}
      >
        {(reports) =>
          reports.length === 0 ? (
            <NoReports />
          ) : (
            <>
              <div className="saved-reports__top">
                <h2 className="saved-reports__heading">{t('reports.list.heading')}</h2>
                <div className="saved-reports__links">
                  <Link to="/reports/schedules" className="button">
                    {t('reports.list.schedules')}
                  </Link>
                  <Link to="/reports/new" className="button button--primary">
                    {t('reports.list.new')}
                  </Link>
                </div>
              </div>
              <SavedReportsTable reports={reports} />
            </>
          )
        }
      </LoadState>
    </Screen>
  )
}
