import { useId } from 'react'
import type { ReactElement } from 'react'
import type { DryRunFilter, NumberChoice } from '../../../src-shared/domain/analytics'
import type { Campaign } from '../../../src-shared/domain/campaigns'
import { useT } from '../../i18n/use-t'
import { Segmented } from '../../ui/segmented'
import { Select } from '../../ui/select'
import { customPeriodError, periodKinds, periodLabel, utcDate } from './period'
import type { Period, PeriodKind } from './period'

type PeriodPickerProps = {
  period: Period
  onPeriod: (period: Period) => void
  /** Why Herald refused the custom dates, in its words. */
  refusal: string | null
}

const dayMs = 86_400_000

/** Switching to Custom starts from the last 30 days, so there is something to adjust rather than two blanks. */
function choose(period: Period, kind: PeriodKind): Period {
  if (kind !== 'custom' || period.since || period.until) return { ...period, kind }
  const now = Date.now()
  return { kind, since: utcDate(new Date(now - 29 * dayMs)), until: utcDate(new Date(now)) }
}

type PeriodEndProps = {
  end: 'since' | 'until'
  label: string
  id: string
  period: Period
  onPeriod: (period: Period) => void
  /** The error line below both dates, which describes them. */
  errorId: string
  invalid: boolean
}

/** One end of the custom period: a date ("YYYY-MM-DD", '' when cleared) that cannot pass the other end. */
function PeriodEnd({ end, label, id, period, onPeriod, errorId, invalid }: PeriodEndProps): ReactElement {
  const since = end === 'since'
  return (
    <span className="inline-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="date"
        className="input"
        value={period[end]}
        min={since ? undefined : period.since || undefined}
        max={since ? period.until || undefined : undefined}
        aria-invalid={invalid || undefined}
        aria-describedby={errorId}
        onChange={(e) => onPeriod({ ...period, [end]: e.target.value })}
      />
    </span>
  )
}

function CustomDates({ period, onPeriod, refusal }: PeriodPickerProps): ReactElement {
  const t = useT()
  const id = useId()
  const errorId = `${id}-error`
  const mistake = customPeriodError(t, period.since, period.until)
  const blank = !period.since && !period.until
  const error = blank ? null : (mistake ?? refusal)
  const ends = { period, onPeriod, errorId, invalid: Boolean(error) }
  return (
    <div className="period-custom">
      <PeriodEnd end="since" label={t('dashboard.period.from')} id={`${id}-from`} {...ends} />
      <PeriodEnd end="until" label={t('dashboard.period.to')} id={`${id}-to`} {...ends} />
      <p
        id={errorId}
        className={error ? 'form-field__error' : 'form-field__help'}
        role={error ? 'alert' : undefined}
      >
        {error ?? (blank ? mistake : t('dashboard.period.help'))}
      </p>
    </div>
  )
}

/** Last 7, 30 or 90 days, all time, or two dates of the user's choosing. */
export function PeriodPicker(props: PeriodPickerProps): ReactElement {
  const t = useT()
  const { period, onPeriod } = props
  return (
    <div className="period-picker">
      <Segmented
        label={t('dashboard.period.label')}
        name="dashboard-period"
        options={periodKinds.map((kind) => [kind, periodLabel(t, kind)] as const)}
        value={period.kind}
        onChange={(kind) => onPeriod(choose(period, kind))}
      />
      {period.kind === 'custom' ? <CustomDates {...props} /> : null}
    </div>
  )
}

type CampaignFilterProps = {
  campaigns: Campaign[]
  campaignId: number | null
  onCampaign: (campaignId: number | null) => void
}

/** All campaigns, or one. */
export function CampaignFilter({ campaigns, campaignId, onCampaign }: CampaignFilterProps): ReactElement {
  const t = useT()
  const id = useId()
  return (
    <span className="inline-field campaign-filter">
      <label htmlFor={id}>{t('dashboard.filter.campaign')}</label>
      <Select<number | ''>
        id={id}
        className="input select"
        value={campaignId ?? ''}
        options={[
          { value: '', label: t('dashboard.filter.allCampaigns') },
          ...campaigns.map((c) => ({ value: c.id, label: c.name })),
        ]}
        onChange={(chosen) => onCampaign(chosen === '' ? null : chosen)}
      />
    </span>
  )
}

type NumberFilterProps = {
  /** The numbers that have messages, removed ones too. */
  numbers: readonly NumberChoice[]
  accountId: number | null
  onNumber: (accountId: number | null) => void
}

/** All sending numbers, or one; a removed number still stands for what it sent. */
export function NumberFilter({ numbers, accountId, onNumber }: NumberFilterProps): ReactElement {
  const t = useT()
  const id = useId()
  return (
    <span className="inline-field campaign-filter">
      <label htmlFor={id}>{t('dashboard.filter.number')}</label>
      <Select<number | ''>
        id={id}
        className="input select"
        value={accountId ?? ''}
        options={[
          { value: '', label: t('dashboard.filter.allNumbers') },
          ...numbers.map((n) => ({
            value: n.id,
            label: n.removed ? t('dashboard.filter.removedNumber', { name: n.name }) : n.name,
          })),
        ]}
        onChange={(chosen) => onNumber(chosen === '' ? null : chosen)}
      />
    </span>
  )
}

type DryRunFilterProps = { value: DryRunFilter; onChange: (value: DryRunFilter) => void }

/** Real campaigns only (the default), dry runs only, or both: in History's words. */
export function DryRunFilterSelect({ value, onChange }: DryRunFilterProps): ReactElement {
  const t = useT()
  const id = useId()
  return (
    <span className="inline-field campaign-filter">
      <label htmlFor={id}>{t('dashboard.filter.mode')}</label>
      <Select<DryRunFilter>
        id={id}
        className="input select"
        value={value}
        options={(['live', 'all', 'dry'] as const).map((v) => ({ value: v, label: t(`history.mode.${v}`) }))}
        onChange={onChange}
      />
    </span>
  )
}
