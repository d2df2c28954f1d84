import { useEffect, useState } from 'react'
import type { ReactElement } from 'react'
import { Link, useNavigate, useSearchParams } from 'react-router'
import type { Campaign } from '../../../src-shared/domain/campaigns'
import { Screen } from '../../app/screen'
import { useNumbers } from '../../lib/use-numbers'
import { useStore } from '../../state/store'
import { useLoadOnOpen } from '../../state/use-loaded'
import { LeaveGuard } from '../../ui/leave-guard'
import { InlineError, Loading } from '../../ui/load-states'
import { CampaignFields } from './campaign-fields'
import { EstimateLine } from './estimate'
import { PaceFields } from './pace-fields'
import { Prerequisites } from './prerequisites'
import { SendFields } from './send-fields'
import { accountsInput, chosenNumbers, sendFromError } from './send-from'
import { SendFromField } from './send-from-field'
import { testFirstPath } from './test-offer'
import {
  defaultList,
  inputFor,
  listFields,
  recentDays,
  recentFor,
  ruleFor,
  useCampaignForm,
  validate,
} from './use-campaign-form'
import type { CampaignForm, Pace } from './use-campaign-form'
import './campaigns.css'
import './new-campaign.css'
import { useT } from '../../i18n/use-t'
import { useRich } from './rich'

type Failure = { message: string; created: Campaign | null }
const back = '←'

function useLoadedInputs(): boolean {
  useLoadOnOpen('loadLists', 'loadTemplates', 'loadSettings', 'loadLinkTestStatus')
  const ready = useStore((state) => state.listsStatus !== 'idle' && state.listsStatus !== 'loading')
  const templatesReady = useStore((s) => s.templatesStatus !== 'idle' && s.templatesStatus !== 'loading')
  return ready && templatesReady
}

function FailureNote({ failure }: { failure: Failure }): ReactElement {
  const t = useT()
  const rich = useRich()
  const created = failure.created
  return (
    <InlineError>
      {created
        ? rich('campaigns.form.notStarted', {
            problem: failure.message,
            link: (text) => <Link to={`/campaigns/${created.id}`}>{text}</Link>,
          })
        : t('campaigns.form.notCreated', { problem: failure.message })}
    </InlineError>
  )
}

type Context = Omit<Parameters<typeof validate>[2], 'now'>

/** Checks the form when the user presses the button, then creates and starts the campaign. */
function useCreate(
  form: CampaignForm,
  context: Context,
  fallbackName: string,
): { checkedAt: number | null; busy: boolean; failure: Failure | null; submit: () => void } {
  const t = useT()
  const createAndStart = useStore((state) => state.createAndStart)
  const navigate = useNavigate()
  // When the user last pressed the button: errors show from then on, and "in the future" means after it.
  const [checkedAt, setCheckedAt] = useState<number | null>(null)
  const [busy, setBusy] = useState(false)
  const [failure, setFailure] = useState<Failure | null>(null)
  const submit = async (): Promise<void> => {
    const now = Date.now()
    setCheckedAt(now)
    setFailure(null)
    if (Object.keys(validate(t, form, { ...context, now })).length > 0) return
    setBusy(true)
    const input = inputFor(form, { ...context, now }, fallbackName)
    const outcome = await createAndStart(input, input.scheduledAt)
    // Still busy on the way to the new campaign: the form's work is saved, so leaving asks nothing
    if (outcome.ok) {
      void navigate(`/campaigns/${outcome.campaign.id}`)
      return
    }
    setBusy(false)
    setFailure({ message: outcome.error.message, created: outcome.campaign })
  }
  return { checkedAt, busy, failure, submit: () => void submit() }
}

function NewCampaignForm(): ReactElement {
  const t = useT()
  const lists = useStore((state) => state.lists)
  const templates = useStore((state) => state.templates)
  const defaultPace = useStore((state) => state.settings?.['pacing.preset'] ?? 'safe')
  const defaultRecentDays = useStore((state) => state.settings?.['campaign.skipRecentDays'] ?? 0)
  const [params] = useSearchParams()
  // A form left to send a test message first comes back as it was
  const kept = useStore((state) => state.campaignDraft)
  const draft = params.get('draft') === 'kept' ? kept : null
  const keepCampaignDraft = useStore((state) => state.keepCampaignDraft)
  const { form, update } = useCampaignForm(draft ?? { templateId: Number(params.get('message')) || null })
  useEffect(() => keepCampaignDraft(null), [keepCampaignDraft])
  // A kept draft is work already; otherwise any choice the user changed is
  const [untouched] = useState(() => (draft ? '' : JSON.stringify(form)))
  const changed = JSON.stringify(form) !== untouched
  const list = lists.find((l) => l.id === form.listId) ?? defaultList(lists)
  const template = templates.find((t) => t.id === form.templateId) ?? templates[0] ?? null
  const fields = listFields(list)
  const pace: Pace = form.pace ?? defaultPace
  const rule = ruleFor(form, template, fields)
  const recent = recentFor(form, defaultRecentDays)
  // "Send from" once there is a second number; until then every campaign goes out from the first
  const numbers = useNumbers().data ?? []
  const ids = numbers.map((n) => n.id)
  const sendFrom = ids.length > 1 ? chosenNumbers(form.numbers, ids) : undefined
  const context = { list, template, rule, pace, recent, sendFrom }
  const fallbackName = t('campaigns.form.defaultName', {
    message: template?.name ?? t('campaigns.form.defaultMessage'),
    list: list?.name ?? t('campaigns.form.defaultList'),
  })
  const { checkedAt, busy, failure, submit } = useCreate(form, context, fallbackName)
  const errors = validate(t, form, { ...context, now: checkedAt ?? 0 })
  const shown = checkedAt === null ? {} : errors
  const later = form.startMode === 'later'

  return (
    <form
      className="new-campaign"
      noValidate
      onSubmit={(event) => {
        event.preventDefault()
        submit()
      }}
    >
      <LeaveGuard when={changed && !busy} what={t('campaigns.form.leaveWhat')} keptBy={testFirstPath} />
      <CampaignFields
        form={form}
        update={update}
        list={list}
        template={template}
        fields={fields}
        rule={rule}
        recent={recent}
        errors={shown}
        ruleError={errors.rule}
      />
      <section className="card new-campaign__section" aria-label={t('campaigns.form.paceSection')}>
        <PaceFields
          value={pace}
          onChange={(next) => update(next === 'none' ? { pace: next, dryRun: true } : { pace: next })}
          offerNoWaiting={form.dryRun}
          error={errors.pace}
        />
      </section>
      <section className="card new-campaign__section" aria-label={t('campaigns.form.sendingSection')}>
        {sendFrom ? (
          <SendFromField
            numbers={numbers}
            choice={form.numbers}
            sendFrom={sendFrom}
            contacts={list?.counts.valid ?? 0}
            onChange={(choice) => update({ numbers: choice })}
            error={shown.numbers}
          />
        ) : null}
        <SendFields
          form={form}
          update={update}
          dryRunOnly={pace === 'none'}
          startError={shown.startAt}
          senders={sendFrom ? numbers.filter((n) => sendFrom.includes(n.id)) : null}
        />
      </section>
      <div className="new-campaign__bar">
        <EstimateLine
          listId={list?.id ?? null}
          pace={pace}
          later={later}
          dryRun={form.dryRun}
          skipRecentDays={recentDays(recent)}
          accounts={
            sendFromError(t, form.numbers, sendFrom ?? [1])
              ? undefined
              : accountsInput(form.numbers, sendFrom)
          }
        />
        {failure ? <FailureNote failure={failure} /> : null}
        {Object.keys(shown).length > 0 ? (
          <p className="form-field__error" role="alert">
            {t('campaigns.form.needsAttention')}
          </p>
        ) : null}
        <div className="new-campaign__buttons">
          <Link to="/campaigns" className="button button--quiet">
            {t('campaigns.form.cancel')}
          </Link>
          <button type="submit" className="button button--primary" disabled={busy}>
            {t(busy ? 'campaigns.form.starting' : later ? 'campaigns.form.schedule' : 'campaigns.form.start')}
          </button>
        </div>
      </div>
    </form>
  )
}

export function NewCampaignScreen(): ReactElement {
  const t = useT()
  const ready = useLoadedInputs()
  const canStart = useStore((state) => state.lists.length > 0 && state.templates.length > 0)
  return (
    <Screen title={t('screens.newCampaign.title')} intro={t('screens.newCampaign.intro')}>
      <Link to="/campaigns" className="back-link">
        <span className="icon--directional">{back}</span> {t('campaigns.allCampaigns')}
      </Link>
      {!ready ? (
        <Loading label={t('campaigns.form.loading')} />
      ) : canStart ? (
        <NewCampaignForm />
      ) : (
        <Prerequisites />
      )}
    </Screen>
  )
}
