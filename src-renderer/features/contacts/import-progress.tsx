import type { ReactElement } from 'react'
import type { ImportProgress } from '../../../src-shared/domain/contacts'

const phaseLabels: Record<ImportProgress['phase'], string> = {
  reading: 'Reading the file',
  parsing: 'Finding the sheets and rows',
  analysing: 'Checking the phone numbers',
  saving: 'Saving the list',
  done: 'Done',
}

type ImportProgressBarProps = {
  progress: Pick<ImportProgress, 'phase' | 'percent' | 'message'>
  title: string
}

/** A long step of the import, shown as it happens so the user knows Herald is working. */
export function ImportProgressBar({ progress, title }: ImportProgressBarProps): ReactElement {
  const percent = Math.max(0, Math.min(100, Math.round(progress.percent)))
  return (
    <div className="import-progress" aria-live="polite">
      <div className="import-progress__top">
        <p className="import-progress__title">{title}</p>
        <p className="import-progress__percent">{percent}%</p>
      </div>
      <progress className="meter" max={100} value={percent} aria-label={title} />
      <p className="import-progress__message">
        <strong>{phaseLabels[progress.phase]}</strong>
        {progress.message ? ` · ${progress.message}` : null}
      </p>
    </div>
  )
}
