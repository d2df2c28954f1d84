import { useState } from 'react'
import type { ReactElement } from 'react'
import type {
  ReportSchedule,
  ReportScheduleInput,
  ScheduleFrequency,
  Weekday,
} from '../../../src-shared/domain/report-schedules'
import { weekdays } from '../../../src-shared/domain/report-schedules'
import type { ExportFormat } from '../../../src-shared/domain/reports'
import type { Translate } from '../../i18n/use-t'
import { useT } from '../../i18n/use-t'
import { api } from '../../lib/api'
import { formatCount } from '../../lib/format'
import { useStore } from '../../state/store'
import { Field } from '../../ui/field'
import { InlineError } from '../../ui/load-states'
import { Modal } from '../../ui/modal'
import { Segmented } from '../../ui/segmented'
import { SelectField } from '../../ui/select'
import type { Choice } from '../../ui/select'
import { formatLabel, weekdayLabel } from './schedule-words'
import { saveSchedule } from './use-schedules'

const frequencies = (t: Translate): (readonly [ScheduleFrequency, string])[] => [
  ['daily', t('reports.schedules.frequency.daily')],
  ['weekly', t('reports.schedules.frequency.weekly')],
  ['monthly', t('reports.schedules.frequency.monthly')],
]
const weekdayChoices = (t: Translate): Choice<Weekday>[] =>
  weekdays.map((day) => ({ value: day, label: weekdayLabel(t, day) }))
const monthDayChoices = (): Choice<number>[] =>
  Array.from({ length: 31 }, (_, i) => ({ value: i + 1, label: formatCount(i + 1) }))
const formatChoices = (t: Translate): Choice<ExportFormat>[] =>
  (['xlsx', 'csv', 'json'] as const).map((format) => ({ value: format, label: formatLabel(t, format) }))
const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone

type Draft = Omit<ReportScheduleInput, 'weekday' | 'monthDay' | 'enabled'> & {
  weekday: Weekday
  monthDay: number
  enabled: boolean
}

function draftOf(report: string, schedule: ReportSchedule | null): Draft {
  if (!schedule)
    return {
      report,
      frequency: 'weekly',
      time: '08:00',
      weekday: 'mon',
      monthDay: 1,
      format: 'xlsx',
      folder: null,
      enabled: true,
    }
  return {
    id: schedule.id,
    report: schedule.report,
    frequency: schedule.frequency,
    time: schedule.time,
    weekday: schedule.weekday ?? 'mon',
    monthDay: schedule.monthDay ?? 1,
    format: schedule.format,
    folder: schedule.folder,
    enabled: schedule.enabled,
  }
}

type FolderFieldProps = {
  folder: string | null
  exportsFolder: string
  onChange: (folder: string | null) => void
}

/** The folder dialog in the desktop app; the browser run always writes to the exports folder. */
function FolderField({ folder, exportsFolder, onChange }: FolderFieldProps): ReactElement {
  const t = useT()
  const desktop = useStore((state) => state.appInfo?.runtime) === 'electron'
  const [error, setError] = useState<string | null>(null)
  const choose = async (): Promise<void> => {
    setError(null)
    const result = await api.invoke('reportSchedules:choose-folder', { folder })
    if (!result.ok) setError(result.error.message)
    else if (result.value.folder) onChange(result.value.folder)
  }
  const help = desktop
    ? t('reports.schedules.form.folderHelp')
    : t('reports.schedules.form.folderHelpBrowser')
  return (
    <Field label={t('reports.schedules.form.folder')} help={help} error={error} wide>
      {(control) => (
        <div className="schedule-form__folder">
          <code className="path" dir="ltr" id={control.id} aria-describedby={control['aria-describedby']}>
            {folder ?? exportsFolder}
          </code>
          {desktop ? (
            <span className="schedule-form__folder-actions">
              <button type="button" className="button button--small" onClick={() => void choose()}>
                {t('reports.schedules.form.chooseFolder')}
              </button>
              {folder !== null ? (
                <button
                  type="button"
                  className="button button--small button--quiet"
                  onClick={() => onChange(null)}
                >
                  {t('reports.schedules.form.exportsFolder')}
                </button>
              ) : null}
            </span>
          ) : null}
        </div>
      )}
    </Field>
  )
}

type ScheduleFormProps = {
  open: boolean
  /** The report being scheduled; with `reports`, the user may choose another. */
  report: string
  reports?: readonly string[]
  /** The schedule being changed, or null for a new one. */
  schedule: ReportSchedule | null
  exportsFolder: string
  onClose: () => void
}

/** Adding or changing a schedule: how often, at what time, in which format and into which folder. */
export function ScheduleForm(props: ScheduleFormProps): ReactElement {
  const t = useT()
  const { open, report, reports, schedule, exportsFolder, onClose } = props
  const [draft, setDraft] = useState<Draft>(() => draftOf(report, schedule))
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const change = (patch: Partial<Draft>): void => setDraft((current) => ({ ...current, ...patch }))

  const save = async (): Promise<void> => {
    setBusy(true)
    setError(null)
    const { weekday, monthDay, ...rest } = draft
    const result = await saveSchedule({
      ...rest,
      weekday: draft.frequency === 'weekly' ? weekday : null,
      monthDay: draft.frequency === 'monthly' ? monthDay : null,
    })
    setBusy(false)
    if (result.ok) onClose()
    else setError(result.error.message)
  }

  const actions = (
    <>
      <button type="button" className="button" onClick={onClose} disabled={busy}>
        {t('reports.export.cancel')}
      </button>
      <button type="button" className="button button--primary" onClick={() => void save()} disabled={busy}>
        {busy
          ? t('reports.export.saving')
          : schedule
            ? t('reports.schedules.form.saveChanges')
            : t('reports.schedules.form.add')}
      </button>
    </>
  )
  return (
    <Modal
      open={open}
      title={schedule ? t('reports.schedules.form.changeTitle') : t('reports.schedules.form.addTitle')}
      className="schedule-form"
      onClose={onClose}
      busy={busy}
      actions={actions}
    >
      {reports && !schedule ? (
        <SelectField
          label={t('reports.schedules.column.report')}
          value={draft.report}
          options={reports.map((name) => ({ value: name, label: name }))}
          onChange={(name) => change({ report: name })}
        />
      ) : (
        <p className="schedule-form__report">
          <strong>{draft.report}</strong>
        </p>
      )}
      <div className="schedule-form__when">
        <div className="form-field">
          <span className="form-field__label">{t('reports.schedules.form.howOften')}</span>
          <Segmented
            label={t('reports.schedules.form.howOften')}
            name="schedule-frequency"
            options={frequencies(t)}
            value={draft.frequency}
            onChange={(frequency) => change({ frequency })}
          />
        </div>
        <div className="schedule-form__row">
          {draft.frequency === 'weekly' ? (
            <SelectField
              label={t('reports.schedules.form.day')}
              value={draft.weekday}
              options={weekdayChoices(t)}
              onChange={(weekday) => change({ weekday })}
            />
          ) : null}
          {draft.frequency === 'monthly' ? (
            <SelectField
              label={t('reports.schedules.form.onDay')}
              value={draft.monthDay}
              options={monthDayChoices()}
              onChange={(monthDay) => change({ monthDay })}
              help={draft.monthDay > 28 ? t('reports.schedules.form.shortMonth') : undefined}
            />
          ) : null}
          <Field label={t('reports.schedules.form.time')}>
            {(control) => (
              <input
                {...control}
                type="time"
                className="input schedule-form__time"
                value={draft.time}
                required
                onChange={(event) => change({ time: event.target.value.slice(0, 5) })}
              />
            )}
          </Field>
          <SelectField
            label={t('reports.export.format')}
            value={draft.format}
            options={formatChoices(t)}
            onChange={(format) => change({ format })}
          />
        </div>
        <p className="form-field__help">{t('reports.schedules.form.timesHelp', { timeZone })}</p>
      </div>
      <FolderField
        folder={draft.folder}
        exportsFolder={exportsFolder}
        onChange={(folder) => change({ folder })}
      />
      {schedule ? (
        <label className="form-check">
          <input
            type="checkbox"
            checked={draft.enabled}
            onChange={(event) => change({ enabled: event.target.checked })}
          />
          <span className="form-check__label">{t('reports.schedules.form.enabled')}</span>
        </label>
      ) : null}
      {error ? <InlineError>{error}</InlineError> : null}
    </Modal>
  )
}
