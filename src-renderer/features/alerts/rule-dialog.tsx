import { useId, useState } from 'react'
import type { FormEvent, ReactElement, ReactNode } from 'react'
import { alertEvents, minSecretLength, optOutMinSent } from '../../../src-shared/domain/alerts'
import type { AlertRule } from '../../../src-shared/domain/alerts'
import { useT } from '../../i18n/use-t'
import { api } from '../../lib/api'
import { Field } from '../../ui/field'
import { Modal } from '../../ui/modal'
import { SelectField } from '../../ui/select'
import { draftOf, draftProblems, eventWord, inputOf, makeSecret } from './alert-words'
import type { RuleDraft } from './alert-words'

// An address, the same in every language
const examplePlaceholder = 'https://hooks.example.com/herald'

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
  const t = useT()
  return (
    <div className="alert-webhook">
      <Field
        label={t('alerts.form.webhookUrl')}
        help={t('alerts.form.webhookUrlHelp')}
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
            placeholder={examplePlaceholder}
            onChange={(event) => change({ webhookUrl: event.target.value })}
          />
        )}
      </Field>
      <Field
        label={t('alerts.form.secret')}
        help={
          secretHint
            ? t('alerts.form.secretKeepHelp', { ending: secretHint.slice(-2) })
            : t('alerts.form.secretHelp')
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
              placeholder={secretHint ?? t('alerts.form.secretPlaceholder', { min: minSecretLength })}
              onChange={(event) => change({ secret: event.target.value })}
            />
            <button
              type="button"
              className="button button--small"
              onClick={() => change({ secret: makeSecret() })}
            >
              {t('alerts.form.makeSecret')}
            </button>
          </span>
        )}
      </Field>
      <Check
        label={t('alerts.form.includeText')}
        help={t('alerts.form.includeTextHelp')}
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
  const t = useT()
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
  const problems = draftProblems(t, draft, Boolean(editing?.secretHint))
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
      title={editing ? t('alerts.form.editTitle') : t('alerts.rules.add')}
      className="alert-dialog"
      busy={busy}
      onClose={onClose}
      actions={
        <>
          <button type="button" className="button" onClick={onClose} disabled={busy}>
            {t('alerts.form.cancel')}
          </button>
          <button type="submit" form={formId} className="button button--primary" disabled={busy}>
            {busy ? t('alerts.form.saving') : t('alerts.form.save')}
          </button>
        </>
      }
    >
      <form id={formId} className="alert-form" noValidate onSubmit={(event) => void submit(event)}>
        <SelectField
          label={t('alerts.form.when')}
          value={draft.event}
          options={alertEvents.map((event) => ({ value: event, label: eventWord(t, event) }))}
          help={t(`alerts.eventHelp.${draft.event}`, { min: optOutMinSent })}
          onChange={(event) => change({ event })}
        />
        {draft.event === 'opt-out-rate' ? (
          <Field
            label={t('alerts.form.threshold')}
            help={t('alerts.form.thresholdHelp')}
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
          <legend className="form-legend">{t('alerts.rules.tellMeBy')}</legend>
          <Check
            label={t('alerts.targets.notification')}
            help={t('alerts.form.notificationHelp')}
            checked={draft.notify}
            onChange={(notify) => change({ notify })}
          />
          <Check
            label={t('alerts.targets.webhook')}
            help={t('alerts.form.webhookHelp')}
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
          label={t('alerts.rules.on')}
          help={t('alerts.form.enabledHelp')}
          checked={draft.enabled}
          onChange={(enabled) => change({ enabled })}
        />
        {failure ? (
          <p className="dialog__error" role="alert">
            {t('alerts.form.notSaved', { reason: failure })}
          </p>
        ) : null}
      </form>
    </Modal>
  )
}
