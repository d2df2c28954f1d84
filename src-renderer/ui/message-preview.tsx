import { useState } from 'react'
import type { ReactElement, ReactNode } from 'react'
import { FormattedMessage, useIntl } from 'react-intl'
import { useT } from '../i18n/use-t'
import { formatClock, formatPhone } from '../lib/format'
import { sampleSize, useMissingSample, usePreview } from '../lib/use-preview'
import type { MissingSample, PreviewQuery, PreviewRow } from '../lib/use-preview'
import { ChatBubble } from './chat-bubble'
import { AlertIcon } from './icons'
import './message-preview.css'

const braces = (key: string): string => `{{${key}}}`

/** "{{name}}, {{city}} and {{shop}}" in the window's language (English keeps the list without a last comma). */
function useListOf(): (keys: string[]) => string {
  const { locale } = useIntl()
  return (keys) => new Intl.ListFormat(locale === 'en' ? 'en-GB' : locale).format(keys.map(braces))
}

function MissingWarning({ row }: { row: PreviewRow }): ReactElement | null {
  const listOf = useListOf()
  if (row.missing.length === 0) return null
  const values = {
    name: row.name ?? '',
    fields: listOf(row.missing),
    example: `{{${row.missing[0] ?? 'name'}|…}}`,
    code: (chunks: ReactNode[]) => <code>{chunks}</code>,
  }
  return (
    <div className="warning-note preview-warning" role="note">
      <AlertIcon className="icon icon--small" />
      <p>
        <FormattedMessage id={row.name ? 'ui.preview.missingNamed' : 'ui.preview.missing'} values={values} />
      </p>
    </div>
  )
}

function SampleLine({ sample, total }: { sample: MissingSample | null; total: number }): ReactElement | null {
  const t = useT()
  const listOf = useListOf()
  if (!sample || sample.checked === 0) return null
  // All of them were checked, or only the first `sampleSize` of a longer list
  const whole = sample.checked < sampleSize || total <= sampleSize
  if (sample.missing === 0)
    return (
      <p className="preview-sample preview-sample--ok">
        {whole
          ? t('ui.preview.sampleOk', { checked: sample.checked })
          : t('ui.preview.sampleOkFirst', { checked: sampleSize })}
      </p>
    )
  const values = {
    missing: sample.missing,
    checked: whole ? sample.checked : sampleSize,
    fields: listOf(sample.fields),
  }
  return (
    <p className="preview-sample">
      {whole ? t('ui.preview.sampleMissing', values) : t('ui.preview.sampleMissingFirst', values)}
    </p>
  )
}

// Name and number each in their own direction: an Arabic name must not turn "+44 7911…" around.
function ContactLine({
  row,
  index,
  total,
}: {
  row: PreviewRow | null
  index: number
  total: number
}): ReactElement {
  const t = useT()
  const contact = row ? (
    <FormattedMessage
      id="ui.preview.nameAndPhone"
      values={{
        name: <bdi>{row.name ?? t('ui.preview.noName')}</bdi>,
        phone: <bdi dir="ltr">{formatPhone(row.phone)}</bdi>,
      }}
    />
  ) : (
    t('ui.preview.contactLoading')
  )
  return <FormattedMessage id="ui.preview.contact" values={{ index: index + 1, total, contact }} />
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
  const t = useT()
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
          {t('ui.preview.title')}
        </h2>
        {controls}
      </div>
      {!query ? (
        <div className="preview__blocked">{blocked}</div>
      ) : preview.error ? (
        <p className="inline-error" role="alert">
          {t('ui.preview.failed', { reason: preview.error })}
        </p>
      ) : preview.total === 0 ? (
        <p className="muted">{t('ui.preview.noContacts')}</p>
      ) : (
        <>
          <div className="preview__nav">
            <p className="preview__contact" aria-live="polite">
              {preview.total === null ? (
                t('ui.table.loading')
              ) : (
                <ContactLine row={preview.row} index={index} total={total} />
              )}
            </p>
            <div className="preview__buttons">
              <button
                type="button"
                className="button button--small"
                onClick={() => go(index - 1)}
                disabled={index === 0}
              >
                {t('ui.preview.previous')}
              </button>
              <button
                type="button"
                className="button button--small"
                onClick={() => go(index + 1)}
                disabled={index + 1 >= total}
              >
                {t('ui.preview.next')}
              </button>
            </div>
          </div>
          {preview.row ? (
            <>
              {showVariant ? (
                <p className="preview__variant">
                  {t('ui.preview.variant', { variant: preview.row.variant })}
                </p>
              ) : null}
              <ChatBubble
                text={preview.row.text}
                time={time}
                label={t('ui.preview.messageTo', { name: preview.row.name ?? preview.row.phone })}
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
