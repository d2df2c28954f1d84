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
  return (
    <EmptyState
      icon={<ReportsIcon />}
      title="No saved reports yet"
      actions={
        <Link to="/reports/new" className="button button--primary">
          New report
        </Link>
      }
    >
      <p>
        A report counts your messages the way you want: by day, campaign, variant or country, with the figures
        you choose. Save it to run it again any time, and export it to Excel, CSV or PDF.
      </p>
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
        loading="Loading your reports…"
        failed="Could not load your reports"
      >
        {(reports) =>
          reports.length === 0 ? (
            <NoReports />
          ) : (
            <>
              <div className="saved-reports__top">
                <h2 className="saved-reports__heading">Custom reports</h2>
                <div className="saved-reports__links">
                  <Link to="/reports/schedules" className="button">
                    Schedules and runs
                  </Link>
                  <Link to="/reports/new" className="button button--primary">
                    New report
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
