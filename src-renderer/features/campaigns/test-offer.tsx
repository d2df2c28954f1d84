import type { ReactElement } from 'react'
import { Link } from 'react-router'
import { useStore } from '../../state/store'
import { InfoIcon } from '../../ui/icons'
import type { CampaignForm } from './use-campaign-form'
import { useT } from '../../i18n/use-t'

/** Where the offer leads: Connect, which then offers the way back to this form. */
export const testFirstPath = '/connect?back=new-campaign'

/**
 * Before the first live campaign on a WhatsApp login: a test message proves Herald can send from it. Only
 * an offer — Start stays pressable — and the form is kept for the way back.
 */
export function TestOffer({ form }: { form: CampaignForm }): ReactElement | null {
  const t = useT()
  const connected = useStore((state) => state.whatsapp?.status === 'ready')
  const never = useStore((state) => state.linkTestStatus === 'loaded' && state.linkTestLastSuccessAt === null)
  const keepCampaignDraft = useStore((state) => state.keepCampaignDraft)
  if (form.dryRun || !connected || !never) return null
  return (
    <div className="warning-note test-offer" role="note">
      <InfoIcon className="icon test-offer__icon" />
      <p className="test-offer__text">
        <strong>{t('campaigns.testOffer.title')}</strong> {t('campaigns.testOffer.body')}
      </p>
      <Link to={testFirstPath} className="button button--small" onClick={() => keepCampaignDraft(form)}>
        {t('campaigns.testOffer.action')}
      </Link>
    </div>
  )
}
