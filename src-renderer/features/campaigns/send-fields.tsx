import type { ReactElement, ReactNode } from 'react'
import { Link } from 'react-router'
import type { AccountView } from '../../../src-shared/domain/accounts'
import { formatPhone } from '../../lib/format'
import { useStore } from '../../state/store'
import { Field } from '../../ui/field'
import { Segmented } from '../../ui/segmented'
import { TestOffer } from './test-offer'
import type { CampaignForm } from './use-campaign-form'
import { useT } from '../../i18n/use-t'
import { quotedAnd } from './names'
import { useRich } from './rich'

const space = ' '
const bdi = (text: ReactNode[]): ReactElement => <bdi>{text}</bdi>

type SendFieldsProps = {
  form: CampaignForm
  update: (patch: Partial<CampaignForm>) => void
  /** "No waiting" has no waits between messages, so it may never send for real. */
  dryRunOnly: boolean
  startError: string | undefined
  /** The numbers ticked under "Send from"; null where the form offers no choice (the first number). */
  senders: readonly AccountView[] | null
}

/** Several numbers (or a later one): each must be connected for its share to go out. */
function NumbersLiveNote({ senders }: { senders: readonly AccountView[] }): ReactElement | null {
  const t = useT()
  const rich = useRich()
  if (senders.length === 0) return null
  const offline = senders.filter((n) => n.state.status !== 'ready')
  if (offline.length === 0)
    return (
      <p className="send-note send-note--live" role="note">
        {rich('campaigns.send.liveFrom', {
          names: quotedAnd(
            t,
            senders.map((n) => n.name),
          ),
          bdi,
        })}
      </p>
    )
  return (
    <p className="send-note send-note--warn" role="note">
      {rich('campaigns.send.numbersOffline', {
        count: offline.length,
        names: quotedAnd(
          t,
          offline.map((n) => n.name),
        ),
        bdi,
        link: (text) => <Link to="/connect">{text}</Link>,
      })}
    </p>
  )
}

function LiveNote(): ReactElement {
  const t = useT()
  const rich = useRich()
  const whatsapp = useStore((state) => state.whatsapp)
  if (whatsapp?.status === 'ready')
    return (
      <p className="send-note send-note--live" role="note">
        {whatsapp.account
          ? rich('campaigns.send.liveFromAccount', {
              name: whatsapp.account.name,
              phone: formatPhone(whatsapp.account.phone),
              bdi,
              ltr: (text) => <bdi dir="ltr">{text}</bdi>,
            })
          : t('campaigns.send.liveFromWhatsApp')}
      </p>
    )
  return (
    <p className="send-note send-note--warn" role="note">
      {rich('campaigns.send.offline', { link: (text) => <Link to="/connect">{text}</Link> })}
    </p>
  )
}

/** Rehearsal or real sending, and when to begin. */
export function SendFields({ form, update, dryRunOnly, startError, senders }: SendFieldsProps): ReactElement {
  const t = useT()
  return (
    <div className="send-fields">
      <div className="form-check">
        <input
          id="dry-run"
          type="checkbox"
          checked={form.dryRun}
          disabled={dryRunOnly}
          aria-describedby="dry-run-help"
          onChange={(event) => update({ dryRun: event.target.checked })}
        />
        <span>
          <label htmlFor="dry-run" className="form-check__label">
            {t('campaigns.send.dryRun')}
          </label>
          <span id="dry-run-help" className="form-check__help">
            {t('campaigns.send.dryRunHelp')}
            {dryRunOnly ? space + t('campaigns.send.dryRunOnly') : null}
          </span>
        </span>
      </div>
      {form.dryRun ? null : senders ? <NumbersLiveNote senders={senders} /> : <LiveNote />}
      <TestOffer form={form} />
      <fieldset className="start-fields">
        <legend className="form-legend">{t('campaigns.send.start')}</legend>
        <Segmented
          label={t('campaigns.send.whenToStart')}
          name="start-mode"
          options={[
            ['now', t('campaigns.send.now')],
            ['later', t('campaigns.send.later')],
          ]}
          value={form.startMode}
          onChange={(startMode) => update({ startMode })}
        />
        {form.startMode === 'later' ? (
          <Field
            label={t('campaigns.send.startAt')}
            error={startError}
            help={t('campaigns.send.startAtHelp')}
          >
            {(control) => (
              <input
                {...control}
                type="datetime-local"
                className="input start-fields__time"
                value={form.startAt}
                onChange={(event) => update({ startAt: event.target.value })}
              />
            )}
          </Field>
        ) : null}
      </fieldset>
    </div>
  )
}
