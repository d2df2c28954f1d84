import type { ReactElement } from 'react'
import type { ImportProgress } from '../../../src-shared/domain/contacts'
import { useSay, useT } from '../../i18n/use-t'

/** Between the step's name and what Herald says it is doing. */
const dot = ' · '

const phaseKeys: Record<ImportProgress['phase'], string> = {
  reading: 'contacts.progress.reading',
  parsing: 'contacts.progress.parsing',
  analysing: 'contacts.progress.analysing',
  saving: 'contacts.progress.saving',
  done: 'contacts.progress.done',
}

type ImportProgressBarProps = {
  progress: Pick<ImportProgress, 'phase' | 'percent' | 'message' | 'messagePhrase'>
  title: string
}

/** A long step of the import, shown as it happens so the user knows Herald is working. */
export function ImportProgressBar({ progress, title }: ImportProgressBarProps): ReactElement {
  const t = useT()
  const say = useSay()
  const message = say(progress.messagePhrase, progress.message)
  const percent = Math.max(0, Math.min(100, Math.round(progress.percent)))
  return (
    <div className="import-progress" aria-live="polite">
      <div className="import-progress__top">
        <p className="import-progress__title">{title}</p>
        <p className="import-progress__percent">{t('contacts.progress.percent', { value: percent / 100 })}</p>
      </div>
      <progress className="meter" max={100} value={percent} aria-label={title} />
      <p className="import-progress__message">
        <strong>{t(phaseKeys[progress.phase])}</strong>
        {message ? dot + message : null}
      </p>
    </div>
  )
}
