import type { ReactElement } from 'react'
import { Link, useParams } from 'react-router'
import { Screen } from '../../app/screen'
import { useQuery } from '../../lib/query'
import { Gone } from '../../ui/empty-state'
import { LoadState } from '../../ui/load-states'
import { ReportSchedules } from '../report-schedules'
import { Builder } from './builder'
import { sameName } from './use-save-report'
import './custom-reports.css'
import { useT } from '../../i18n/use-t'

// Turned round in Arabic (.icon--directional)
const backArrow = '←'

function BackLink(): ReactElement {
  const t = useT()
  return (
    <Link to="/reports" className="back-link builder-back">
      <span className="icon--directional">{backArrow}</span> {t('reports.builder.allReports')}
    </Link>
  )
}

/** A new report, from the first kind of rows and its first group and measures. */
export function NewReportScreen(): ReactElement {
  const t = useT()
  const list = useQuery('customReports:list', {})
  return (
    <Screen title={t('screens.newReport.title')} intro={t('reports.builder.intro')}>
      <BackLink />
      <Builder saved={null} savedNames={(list.data ?? []).map((r) => r.name)} />
    </Screen>
  )
}

/** A saved report, opened by its name in the address, to change, export or print. */
export function SavedReportScreen(): ReactElement {
  const t = useT()
  const name = useParams().name ?? ''
  const list = useQuery('customReports:list', {})
  const saved = list.data?.find((report) => sameName(report.name, name))
  return (
    <Screen title={saved?.name ?? name} intro={t('reports.builder.intro')}>
      <BackLink />
      <LoadState
        data={list.data}
        error={list.error}
        refetch={list.refetch}
        loading={t('reports.builder.opening')}
        failed={t('reports.builder.openFailed')}
      >
        {(reports) =>
          saved ? (
            <Builder
              key={saved.name}
              saved={saved}
              savedNames={reports.map((r) => r.name)}
              below={<ReportSchedules reportName={saved.name} />}
            />
          ) : (
            <Gone
              title={t('reports.builder.goneTitle')}
              back={{ to: '/reports', label: t('reports.builder.goneBack') }}
            >
              {t('reports.builder.goneBody')}
            </Gone>
          )
        }
      </LoadState>
    </Screen>
  )
}
