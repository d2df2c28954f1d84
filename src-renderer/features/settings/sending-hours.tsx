import type { ReactElement } from 'react'
import { settingDefaults } from '../../../src-shared/domain/settings'
import { useT } from '../../i18n/use-t'
import { InputFields } from './setting-field'
import type { SectionProps } from './setting-field'

/** 00:00 to 00:00 (or 24:00) is the whole day: the engine and the estimate then keep no window. */
export const isAnyTime = (start: string, end: string): boolean =>
  start === '00:00' && (end === '00:00' || end === '24:00')

/** The sending window on the recipients' clock, or "Any time of day". */
export function SendingHours({ text, errors, onChange }: SectionProps): ReactElement {
  const t = useT()
  const start = text['pacing.windowStart']
  const end = text['pacing.windowEnd']
  const anyTime = isAnyTime(start, end)
  const choose = (whole: boolean): void => {
    onChange('pacing.windowStart', whole ? '00:00' : settingDefaults['pacing.windowStart'])
    onChange('pacing.windowEnd', whole ? '00:00' : settingDefaults['pacing.windowEnd'])
  }
  return (
    <div className="field-group">
      <h3 className="field-group__title">{t('settings.hours.title')}</h3>
      <div className="form-check">
        <input
          id="sending-any-time"
          type="checkbox"
          checked={anyTime}
          aria-describedby="sending-any-time-help"
          onChange={(event) => choose(event.target.checked)}
        />
        <span>
          <label htmlFor="sending-any-time" className="form-check__label">
            {t('settings.hours.anyTime')}
          </label>
          <span id="sending-any-time-help" className="form-check__help">
            {anyTime ? t('settings.hours.anyTimeHelp') : t('settings.hours.windowHelp')}
          </span>
        </span>
      </div>
      {anyTime ? null : (
        <div className="field-grid">
          <InputFields
            keys={['pacing.windowStart', 'pacing.windowEnd']}
            type="time"
            text={text}
            errors={errors}
            onChange={onChange}
          />
        </div>
      )}
    </div>
  )
}
