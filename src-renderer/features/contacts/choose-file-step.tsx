import { useEffect, useRef, useState } from 'react'
import type { ReactElement, RefObject } from 'react'
import { useSearchParams } from 'react-router'
import { useT } from '../../i18n/use-t'
import { hasDesktopDialogs, sendFile } from '../../lib/send-file'
import { useStore } from '../../state/store'
import { FileDrop } from '../../ui/file-drop'
import { AlertIcon, SheetIcon } from '../../ui/icons'
import { ImportProgressBar } from './import-progress'
import { openingProgress } from './opening-progress'
import { acceptedTypes, isTooLarge, tooLargeKey } from './spreadsheet-file'

/** A dropped or chosen file, the sample, or one to pick in the desktop's own dialog. */
type Source = File | 'sample' | 'choose'
/** Which file: the sample, one chosen in the desktop's dialog (its name not known yet), or one by its name. */
type Named = { kind: 'sample' | 'chosen' | 'file'; name: string }
/** The file being opened; `percent` is the page's sending of it to Herald, null when nothing is sent. */
type Reading = Named & { percent: number | null }
type OpenError = Named & { message: string }

/** Between two sentences (or a mark and its words) in JSX. */
const gap = ' '

function useOpenFile(): {
  reading: Reading | null
  error: OpenError | null
  open: (source: Source) => Promise<void>
} {
  const t = useT()
  const openImport = useStore((state) => state.openImport)
  const [reading, setReading] = useState<Reading | null>(null)
  const [error, setError] = useState<OpenError | null>(null)

  const open = async (source: Source): Promise<void> => {
    const named: Named =
      source === 'sample'
        ? { kind: 'sample', name: '' }
        : source === 'choose'
          ? { kind: 'chosen', name: '' }
          : { kind: 'file', name: source.name }
    const fail = (message: string): void => setError({ ...named, message })
    setError(null)
    if (source instanceof File && isTooLarge(source)) return fail(t(tooLargeKey))
    // The browser run sends the file to Herald first; the desktop app names it and Herald reads it.
    const sending = source instanceof File && !hasDesktopDialogs
    setReading({ ...named, percent: sending ? 0 : null })
    try {
      const ref =
        source instanceof File
          ? await sendFile(source, (percent) => setReading({ ...named, percent }))
          : source
      if (sending) setReading({ ...named, percent: 100 })
      // On success the wizard moves on to the columns by itself (the store keeps the step).
      const result = await openImport(ref)
      setReading(null)
      if (!result.ok) fail(result.error.message)
    } catch (problem) {
      setReading(null)
      fail(problem instanceof Error ? problem.message : String(problem))
    }
  }
  return { reading, error, open }
}

function Formats(): ReactElement {
  const t = useT()
  return (
    <ul className="formats" aria-label={t('contacts.choose.formats')}>
      <li>{t('contacts.choose.formatExcel')}</li>
      <li>{t('contacts.choose.formatOds')}</li>
      <li>{t('contacts.choose.formatCsv')}</li>
      <li>{t('contacts.choose.formatSize')}</li>
    </ul>
  )
}

function OpenProgress({ reading }: { reading: Reading }): ReactElement {
  const t = useT()
  const progress = useStore((state) => state.importProgress)
  const shown = openingProgress(reading.percent, progress)
  return (
    <section className="card" aria-busy="true" aria-label={t('contacts.choose.openingLabel')}>
      <ImportProgressBar
        progress={shown}
        title={t('contacts.choose.opening', { kind: reading.kind, name: reading.name })}
      />
    </section>
  )
}

type DropZoneProps = {
  onFile: (file: File) => void
  onChoose: () => void
  chooseRef: RefObject<HTMLInputElement | null>
}

function DropZone({ onFile, onChoose, chooseRef }: DropZoneProps): ReactElement {
  const t = useT()
  return (
    <FileDrop
      className="dropzone"
      label={t('contacts.choose.dropLabel')}
      accept={acceptedTypes}
      inputLabel={t('contacts.choose.inputLabel')}
      onFile={onFile}
      inputRef={chooseRef}
    >
      <div className="round-mark round-mark--green dropzone__icon">
        <SheetIcon />
      </div>
      <p className="dropzone__title">{t('contacts.choose.dropTitle')}</p>
      <button type="button" className="button button--primary" onClick={onChoose}>
        {t('contacts.choose.chooseFile')}
      </button>
      <Formats />
    </FileDrop>
  )
}

type ChooseFileStepProps = { onCancel: () => void }

export function ChooseFileStep({ onCancel }: ChooseFileStepProps): ReactElement {
  const t = useT()
  const { reading, error, open } = useOpenFile()
  // Back in the wizard while Herald is still opening the file chosen before leaving it.
  const stillOpening = useStore((state) => state.importBusy === 'opening')
  const lost = useStore((state) => state.importLost)
  const chooseRef = useRef<HTMLInputElement>(null)
  // The desktop app opens its own dialog, so that Herald reads the file; the browser opens the page's.
  const choose = (): void => {
    if (hasDesktopDialogs) void open('choose')
    else chooseRef.current?.click()
  }
  const [params, setParams] = useSearchParams()
  const wantsSample = params.get('sample') === '1'
  const sampleStarted = useRef(false)

  useEffect(() => {
    if (!wantsSample || sampleStarted.current) return
    sampleStarted.current = true
    setParams({}, { replace: true })
    void open('sample')
  })

  if (reading) return <OpenProgress reading={reading} />
  if (stillOpening) return <OpenProgress reading={{ kind: 'chosen', name: '', percent: null }} />
  return (
    <>
      {lost && !error ? (
        <div className="inline-error import-error" role="alert">
          <AlertIcon className="icon" />
          <p>{t('contacts.choose.lost', { fileName: lost })}</p>
        </div>
      ) : null}
      {error ? (
        <div className="inline-error import-error" role="alert">
          <AlertIcon className="icon" />
          <p>
            <strong>{t('contacts.choose.couldNotOpen', { kind: error.kind, name: error.name })}</strong>
            {gap}
            {error.message}
          </p>
          <button type="button" className="button button--small" onClick={choose}>
            {t('contacts.choose.chooseAnother')}
          </button>
        </div>
      ) : null}
      <DropZone onFile={(file) => void open(file)} onChoose={choose} chooseRef={chooseRef} />
      <div className="wizard-footer">
        <button type="button" className="button button--quiet" onClick={onCancel}>
          {t('contacts.wizard.cancel')}
        </button>
        <p className="wizard-footer__note">
          {t('contacts.choose.noSpreadsheet')}
          {gap}
          <button type="button" className="link-button" onClick={() => void open('sample')}>
            {t('contacts.home.sample')}
          </button>
        </p>
      </div>
    </>
  )
}
