import type { ReactElement } from 'react'
import { Link } from 'react-router'
import type { AccountView } from '../../../src-shared/domain/accounts'
import { formatPhone } from '../../lib/format'
import { useStore } from '../../state/store'
import { Field } from '../../ui/field'
import { Segmented } from '../../ui/segmented'
import { TestOffer } from './test-offer'
import type { CampaignForm } from './use-campaign-form'

const startModes = [
  ['now', 'Now'],
  ['later', 'At a time'],
] as const

type SendFieldsProps = {
  form: CampaignForm
  update: (patch: Partial<CampaignForm>) => void
  /** "No waiting" has no waits between messages, so it may never send for real. */
  dryRunOnly: boolean
  startError: string | undefined
  /** The numbers ticked under "Send from"; null where the form offers no choice (the first number). */
  senders: readonly AccountView[] | null
}

const quotedNames = (numbers: readonly AccountView[]): string => {
  const names = numbers.map((n) => `“${n.name}”`)
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : (names[0] ?? '')
}

/** Several numbers (or a later one): each must be connected for its share to go out. */
function NumbersLiveNote({ senders }: { senders: readonly AccountView[] }): ReactElement | null {
  if (senders.length === 0) return null
  const offline = senders.filter((n) => n.state.status !== 'ready')
  if (offline.length === 0)
    return (
      <p className="send-note send-note--live" role="note">
        Messages will really be sent from <bdi>{quotedNames(senders)}</bdi>.
      </p>
    )
  return (
    <p className="send-note send-note--warn" role="note">
      Sending for real needs each number connected, and <bdi>{quotedNames(offline)}</bdi>{' '}
      {offline.length === 1 ? 'is' : 'are'} not connected now. Connect {offline.length === 1 ? 'it' : 'them'}{' '}
      on <Link to="/connect">Connect</Link> first, untick {offline.length === 1 ? 'it' : 'them'}, or keep the
      dry run.
    </p>
  )
}

function LiveNote(): ReactElement {
  const whatsapp = useStore((state) => state.whatsapp)
  if (whatsapp?.status === 'ready')
    return (
      <p className="send-note send-note--live" role="note">
        Messages will really be sent from <bdi>{whatsapp.account?.name ?? 'your WhatsApp'}</bdi>
        {whatsapp.account ? (
          <>
            {' '}
            (<bdi dir="ltr">{formatPhone(whatsapp.account.phone)}</bdi>)
          </>
        ) : null}
        .
      </p>
    )
  return (
    <p className="send-note send-note--warn" role="note">
      Sending for real needs WhatsApp connected, and it is not connected now. Link it on{' '}
      <Link to="/connect">Connect</Link> first, or keep the dry run.
    </p>
  )
}

/** Rehearsal or real sending, and when to begin. */
export function SendFields({ form, update, dryRunOnly, startError, senders }: SendFieldsProps): ReactElement {
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
            Dry run
          </label>
          <span id="dry-run-help" className="form-check__help">
            Rehearse the whole campaign: nothing leaves your computer.
            {dryRunOnly ? ' “No waiting” is for rehearsals: choose a pace above to send for real.' : ''}
          </span>
        </span>
      </div>
      {form.dryRun ? null : senders ? <NumbersLiveNote senders={senders} /> : <LiveNote />}
      <TestOffer form={form} />
      <fieldset className="start-fields">
        <legend className="form-legend">Start</legend>
        <Segmented
          label="When to start"
          name="start-mode"
          options={startModes}
          value={form.startMode}
          onChange={(startMode) => update({ startMode })}
        />
        {form.startMode === 'later' ? (
          <Field label="Start at" error={startError} help="Your computer's time. Herald must be open then.">
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
