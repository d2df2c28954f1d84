import { useId, useState } from 'react'
import type { FormEvent, ReactElement, ReactNode } from 'react'
import { alertEventHelp, alertEventLabels, alertEvents } from '../../../src-shared/domain/alerts'
import type { AlertRule } from '../../../src-shared/domain/alerts'
import { api } from '../../lib/api'
import { Field } from '../../ui/field'
import { Modal } from '../../ui/modal'
import { choicesOf, SelectField } from '../../ui/select'
import { draftOf, draftProblems, inputOf, makeSecret } from './alert-words'
import type { RuleDraft } from './alert-words'

type CheckProps = { label: string; help: ReactNode; checked: boolean; onChange: (checked: boolean) => void }

/** A tick box with its words and a line of help under them. */
function Check({ label, help, checked, onChange }: CheckProps): ReactElement {
  const id = useId()
  return (
    <div className="form-check">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        aria-describedby={`${id}-help`}
        onChange={(event) => onChange(event.target.checked)}
      />
      <span>
        <label htmlFor={id} className="form-check__label">
          {label}
        </label>
        <span id={`${id}-help`} className="form-check__help">
          {help}
        </span>
      </span>
    </div>
  )
}

type WebhookFieldsProps = {
  draft: RuleDraft
  change: (patch: Partial<RuleDraft>) => void
  errors: Partial<Record<keyof RuleDraft, string>>
  /** The rule being changed keeps a secret: its hint. */
  secretHint: string | null
}

function WebhookFields({ draft, change, errors, secretHint }: WebhookFieldsProps): ReactElement {
  return (
    <div className="alert-webhook">
      <Field
        label="Webhook address"
        help="Where Herald posts the alert: Zapier, Make, your own system… (https:// only)."
        error={errors.webhookUrl}
        wide
      >
        {(control) => (
          <input
            {...control}
            className="input"
            type="url"
            inputMode="url"
            value={draft.webhookUrl}
            placeholder="https://hooks.example.com/herald"
            onChange={(event) => change({ webhookUrl: event.target.value })}
          />
        )}
      </Field>
      <Field
        label="Signing secret"
        help={
          secretHint
            ? `Leave it empty to keep the secret ending in ${secretHint.slice(-2)}. Herald never shows a saved secret again.`
            : 'The service checks each alert’s signature with it. Copy it there first: Herald never shows it again.'
        }
        error={errors.secret}
        wide
      >
        {(control) => (
          <span className="alert-secret">
            <input
              {...control}
              className="input"
              value={draft.secret}
              autoComplete="off"
              spellCheck={false}
              placeholder={secretHint ?? 'At least 8 characters'}
              onChange={(event) => change({ secret: event.target.value })}
            />
            <button
              type="button"
              className="button button--small"
              onClick={() => change({ secret: makeSecret() })}
            >
              Make one
            </button>
          </span>
        )}
      </Field>
      <Check
        label="Include what contacts wrote and their numbers"
        help="Left off, the webhook never carries a message, a reply or a phone number."
        checked={draft.includeText}
        onChange={(includeText) => change({ includeText })}
      />
    </div>
  )
}

type RuleDialogProps = {
  /** The rule to change; absent for a new one. */
  editing?: AlertRule
  onClose: () => void
}

/** "Add an alert" or "Edit alert": what to watch for, and where the alert goes. */
export function RuleDialog({ editing, onClose }: RuleDialogProps): ReactElement {
  const formId = useId()
  const [draft, setDraft] = useState<RuleDraft>(() => draftOf(editing))
  const [tried, setTried] = useState(false)
  const [busy, setBusy] = useState(false)
  const [failure, setFailure] = useState<string | null>(null)
  const [refused, setRefused] = useState<Record<string, string>>({})
  const change = (patch: Partial<RuleDraft>): void => {
    setDraft((before) => ({ ...before, ...patch }))
    setRefused({})
  }
  const problems = draftProblems(draft, Boolean(editing?.secretHint))
  const errors = tried ? { ...problems, ...refused } : refused

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault()
    setTried(true)
    if (Object.keys(problems).length > 0) return
    setBusy(true)
    setFailure(null)
    const saved = await api.invoke('alerts:save', inputOf(draft, editing?.id))
    setBusy(false)
    if (saved.ok) return onClose()
    setRefused(saved.error.fields ?? {})
    setFailure(saved.error.message)
  }

  return (
    <Modal
      open
      title={editing ? 'Edit alert' : 'Add an alert'}
      className="alert-dialog"
      busy={busy}
      onClose={onClose}
      actions={
        <>
          <button type="button" className="button" onClick={onClose} disabled={busy}>
            Cancel
          </button>
          <button type="submit" form={formId} className="button button--primary" disabled={busy}>
            {busy ? 'Saving…' : 'Save alert'}
          </button>
        </>
      }
    >
      <form id={formId} className="alert-form" noValidate onSubmit={(event) => void submit(event)}>
        <SelectField
          label="When"
          value={draft.event}
          options={choicesOf(alertEvents, alertEventLabels)}
          help={alertEventHelp[draft.event]}
          onChange={(event) => change({ event })}
        />
        {draft.event === 'opt-out-rate' ? (
          <Field
            label="Alert at this share of people asking to stop (%)"
            help="Of the people the campaign messaged so far. 5 % is already high for a list that knows you."
            error={errors.threshold}
          >
            {(control) => (
              <input
                {...control}
                className="input alert-form__threshold"
                inputMode="decimal"
                value={draft.threshold}
                onChange={(event) => change({ threshold: event.target.value })}
              />
            )}
          </Field>
        ) : null}
        <fieldset className="alert-form__targets">
          <legend className="form-legend">Tell me by</legend>
          <Check
            label="Desktop notification"
            help="On this computer while Herald is open, and a note in Herald’s window."
            checked={draft.notify}
            onChange={(notify) => change({ notify })}
          />
          <Check
            label="Webhook"
            help="A signed message to another service, to forward to your phone, e-mail or team chat."
            checked={draft.webhook}
            onChange={(webhook) => change({ webhook })}
          />
          {errors.notify ? (
            <p className="form-field__error" role="alert">
              {errors.notify}
            </p>
          ) : null}
          {draft.webhook ? (
            <WebhookFields
              draft={draft}
              change={change}
              errors={errors}
              secretHint={editing?.secretHint ?? null}
            />
          ) : null}
        </fieldset>
        <Check
          label="On"
          help="Untick to keep the rule without being alerted."
          checked={draft.enabled}
          onChange={(enabled) => change({ enabled })}
        />
        {failure ? (
          <p className="dialog__error" role="alert">
            Not saved: {failure}
          </p>
        ) : null}
      </form>
    </Modal>
  )
}
