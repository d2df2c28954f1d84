import { useState } from 'react'
import type { ReactElement, ReactNode } from 'react'
import { formatClock, formatCount, formatPhone } from '../lib/format'
import { sampleSize, useMissingSample, usePreview } from '../lib/use-preview'
import type { MissingSample, PreviewQuery, PreviewRow } from '../lib/use-preview'
import { ChatBubble } from './chat-bubble'
import { AlertIcon } from './icons'
import './message-preview.css'

const braces = (key: string): string => `{{${key}}}`

function listOf(keys: string[]): string {
  const shown = keys.map(braces)
  return shown.length <= 1 ? (shown[0] ?? '') : `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}`
}

function MissingWarning({ row }: { row: PreviewRow }): ReactElement | null {
  if (row.missing.length === 0) return null
  const who = row.name ?? 'This contact'
  const example = row.missing[0] ?? 'name'
  return (
    <div className="warning-note preview-warning" role="note">
      <AlertIcon className="icon icon--small" />
      <p>
        {who} has nothing for {listOf(row.missing)}, so that part is left out. Add a word to use instead, like{' '}
        <code>{`{{${example}|…}}`}</code>, or fill the column in your spreadsheet.
      </p>
    </div>
  )
}

function SampleLine({ sample, total }: { sample: MissingSample | null; total: number }): ReactElement | null {
  if (!sample || sample.checked === 0) return null
  const of =
    sample.checked < sampleSize || total <= sampleSize
      ? `${formatCount(sample.checked)}`
      : `the first ${sampleSize}`
  if (sample.missing === 0)
    return <p className="preview-sample preview-sample--ok">All {of} contacts can fill every placeholder.</p>
  return (
    <p className="preview-sample">
      {formatCount(sample.missing)} of {of} contacts cannot fill {listOf(sample.fields)}.
    </p>
  )
}

// Name and number each in their own direction: an Arabic name must not turn "+44 7911…" around.
function contactLine(row: PreviewRow | null, index: number, total: number): ReactElement {
  return (
    <>
      Contact {formatCount(index + 1)} of {formatCount(total)}:{' '}
      {row ? (
        <>
          <bdi>{row.name ?? 'No name'}</bdi> (<bdi dir="ltr">{formatPhone(row.phone)}</bdi>)
        </>
      ) : (
        '…'
      )}
    </>
  )
}

type MessagePreviewProps = {
  query: PreviewQuery | null
  /** Why there is nothing to preview yet, when `query` is null. */
  blocked: ReactNode
  /** Controls shown above the preview, such as the list to preview with. */
  controls?: ReactNode
  /** Say which variant each contact gets; pointless while only one exists. */
  showVariant?: boolean
  /** The attachment shown above the text. */
  media?: ReactNode
}

/** The message rendered for real contacts of a list, one at a time, as WhatsApp would show it. */
export function MessagePreview(props: MessagePreviewProps): ReactElement {
  const { query, blocked, controls, showVariant, media } = props
  const [position, setPosition] = useState({ listId: query?.listId, index: 0 })
  const index = position.listId === query?.listId ? position.index : 0
  const preview = usePreview(query, index)
  const sample = useMissingSample(query)
  const total = preview.total ?? 0
  const go = (to: number): void => setPosition({ listId: query?.listId, index: to })
  // The bubble shows the time it is now, as a message written now would.
  const [time] = useState(() => formatClock(new Date().toISOString()))

  return (
    <section className="card preview" aria-labelledby="preview-title" aria-busy={preview.loading}>
      <div className="preview__head">
        <h2 id="preview-title" className="card__title">
          Preview
        </h2>
        {controls}
      </div>
      {!query ? (
        <div className="preview__blocked">{blocked}</div>
      ) : preview.error ? (
        <p className="inline-error" role="alert">
          Herald could not show the preview: {preview.error}
        </p>
      ) : preview.total === 0 ? (
        <p className="muted">This list has no contacts Herald can message.</p>
      ) : (
        <>
          <div className="preview__nav">
            <p className="preview__contact" aria-live="polite">
              {preview.total === null ? 'Loading…' : contactLine(preview.row, index, total)}
            </p>
            <div className="preview__buttons">
              <button
                type="button"
                className="button button--small"
                onClick={() => go(index - 1)}
                disabled={index === 0}
              >
                Previous
              </button>
              <button
                type="button"
                className="button button--small"
                onClick={() => go(index + 1)}
                disabled={index + 1 >= total}
              >
                Next
              </button>
            </div>
          </div>
          {preview.row ? (
            <>
              {showVariant ? <p className="preview__variant">Variant: {preview.row.variant}</p> : null}
              <ChatBubble
                text={preview.row.text}
                time={time}
                label={`Message to ${preview.row.name ?? preview.row.phone}`}
                media={media}
              />
              <MissingWarning row={preview.row} />
            </>
          ) : null}
          <SampleLine sample={sample} total={total} />
        </>
      )}
    </section>
  )
}
