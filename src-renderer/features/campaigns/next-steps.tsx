import type { ReactElement } from 'react'
import { Link } from 'react-router'
import type { Campaign, StatusCounts } from '../../../src-shared/domain/campaigns'
import { Card } from '../../ui/card'
import { ReportActions } from '../reports'
import { useT } from '../../i18n/use-t'

type NextStepsProps = { campaign: Campaign; status: Campaign['status']; counts: StatusCounts }

/**
 * Once a campaign has finished or been stopped, what the owner can do with it: read the report, export
 * it, or send again to those it did not reach (History's retry, opened at once).
 */
export function NextSteps({ campaign, status, counts }: NextStepsProps): ReactElement | null {
  const t = useT()
  if (status !== 'completed' && status !== 'cancelled') return null
  const unreached = counts.failed + counts.skipped + counts.queued
  return (
    <Card title={t('campaigns.next.title')} className="next-steps">
      <p className="card__intro">
        {t(status === 'completed' ? 'campaigns.next.finished' : 'campaigns.next.stopped')}
      </p>
      <div className="next-steps__actions">
        <Link to={`/history/${campaign.id}/report`} className="button button--primary">
          {t('campaigns.next.report')}
        </Link>
        <ReportActions campaignId={campaign.id} campaignName={campaign.name} />
        {unreached > 0 ? (
          <Link to={`/history/${campaign.id}?retry=1`} className="button">
            {t('campaigns.next.retry')}
          </Link>
        ) : null}
      </div>
    </Card>
  )
}
