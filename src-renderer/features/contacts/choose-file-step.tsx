import { useEffect, useRef, useState } from 'react'
import type { ReactElement, RefObject } from 'react'
import { useSearchParams } from 'react-router'
import { hasDesktopDialogs, sendFile } from '../../lib/send-file'
import { useStore } from '../../state/store'
import { FileDrop } from '../../ui/file-drop'
import { AlertIcon, SheetIcon } from '../../ui/icons'
import { ImportProgressBar } from './import-progress'
import { openingProgress } from './opening-progress'
import { acceptedTypes, isTooLarge, tooLargeMessage } from './spreadsheet-file'

/** A dropped or chosen file, the sample, or one to pick in the desktop's own dialog. */
type Source = File | 'sample' | 'choose'
/** The file being opened; `percent` is the page's sending of it to Herald, null when nothing is sent. */
type Reading = { name: string; percent: number | null }
type OpenError = { fileName: string; message: string }

function useOpenFile(): {
  reading: Reading | null
  error: OpenError | null
  open: (source: Source) => Promise<void>
} {
  const openImport = useStore((state) => state.openImport)
  const [reading, setReading] = useState<Reading | null>(null)
  const [error, setError] = useState<OpenError | null>(null)

  const open = async (source: Source): Promise<void> => {
    const name =
      source === 'sample' ? 'the sample spreadsheet' : source === 'choose' ? 'your spreadsheet' : source.name
    const fail = (message: string): void => setError({ fileName: name, message })
    setError(null)
    if (source instanceof File && isTooLarge(source)) return fail(tooLargeMessage)
    // The browser run sends the file to Herald first; the desktop app names it and Herald reads it.
    const sending = source instanceof File && !hasDesktopDialogs
    setReading({ name, percent: sending ? 0 : null })
    try {
      const ref =
        source instanceof File ? await sendFile(source, (percent) => setReading({ name, percent })) : source
      if (sending) setReading({ name, percent: 100 })
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
  return (
    <ul className="formats" aria-label="File types Herald can read">
      <li>Excel (.xlsx, .xls)</li>
      <li>OpenDocument (.ods)</li>
      <li>CSV or text (.csv, .tsv, .txt)</li>
      <li>Up to 50 MB</li>
    </ul>
  )
}

function OpenProgress({ reading }: { reading: Reading }): ReactElement {
  const progress = useStore((state) => state.importProgress)
  const shown = openingProgress(reading.percent, progress)
  return (
    <section className="card" aria-busy="true" aria-label="Opening the spreadsheet">
      <ImportProgressBar progress={shown} title={`Opening ${reading.name}`} />
    </section>
  )
}

type DropZoneProps = {
  onFile: (file: File) => void
  onChoose: () => void
  chooseRef: RefObject<HTMLInputElement | null>
}

function DropZone({ onFile, onChoose, chooseRef }: DropZoneProps): ReactElement {
  return (
    <FileDrop
      className="dropzone"
      label="Choose your spreadsheet"
      accept={acceptedTypes}
      inputLabel="Spreadsheet file"
      onFile={onFile}
      inputRef={chooseRef}
    >
      <div className="round-mark round-mark--green dropzone__icon">
        <SheetIcon />
      </div>
      <p className="dropzone__title">Drop your spreadsheet here, or choose a file</p>
      <button type="button" className="button button--primary" onClick={onChoose}>
        Choose a file
      </button>
      <Formats />
    </FileDrop>
  )
}

type ChooseFileStepProps = { onCancel: () => void }

export function ChooseFileStep({ onCancel }: ChooseFileStepProps): ReactElement {
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
  if (stillOpening) return <OpenProgress reading={{ name: 'your spreadsheet', percent: null }} />
  return (
    <>
      {lost && !error ? (
        <div className="inline-error import-error" role="alert">
          <AlertIcon className="icon" />
          <p>{lost}</p>
        </div>
      ) : null}
      {error ? (
        <div className="inline-error import-error" role="alert">
          <AlertIcon className="icon" />
          <p>
            <strong>Could not open {error.fileName}.</strong> {error.message}
          </p>
          <button type="button" className="button button--small" onClick={choose}>
            Choose another file
          </button>
        </div>
      ) : null}
      <DropZone onFile={(file) => void open(file)} onChoose={choose} chooseRef={chooseRef} />
      <div className="wizard-footer">
        <button type="button" className="button button--quiet" onClick={onCancel}>
          Cancel import
        </button>
        <p className="wizard-footer__note">
          No spreadsheet at hand?{' '}
          <button type="button" className="link-button" onClick={() => void open('sample')}>
            Try the sample spreadsheet
          </button>
        </p>
      </div>
    </>
  )
}
