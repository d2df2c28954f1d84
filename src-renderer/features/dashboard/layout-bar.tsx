import { useId, useState } from 'react'
import type { ReactElement } from 'react'
import { defaultWidgets } from '../../../src-shared/domain/dashboard-layout'
import { InlineError } from '../../ui/load-states'
import { Select } from '../../ui/select'
import { useT } from '../../i18n/use-t'
import { DeleteLayoutDialog, LayoutNameDialog, ResetLayoutDialog } from './layout-dialogs'
import type { LayoutsView } from './use-layouts'

/** The layouts by name; choosing one shows it, now and at the next start. */
function LayoutPicker({ layouts }: { layouts: LayoutsView }): ReactElement | null {
  const t = useT()
  const id = useId()
  const [failure, setFailure] = useState<string | null>(null)
  const all = layouts.all
  if (!all) return null
  return (
    <span className="inline-field layout-picker">
      <label htmlFor={id}>{t('dashboard.layout.picker')}</label>
      <Select<number>
        id={id}
        className="input select"
        value={all.inUse}
        options={all.layouts.map((l) => ({ value: l.id, label: l.name }))}
        onChange={(layoutId) => {
          setFailure(null)
          void layouts.use(layoutId).then((result) => {
            if (!result.ok) setFailure(result.error.message)
          })
        }}
      />
      {failure ? (
        <span className="layout-picker__error" role="alert">
          {failure}
        </span>
      ) : null}
    </span>
  )
}

type LayoutBarProps = { layouts: LayoutsView; onCustomise: () => void }

/** Beside the headline: which layout shows (once there are several), and Customise. */
export function LayoutBar({ layouts, onCustomise }: LayoutBarProps): ReactElement {
  const t = useT()
  return (
    <div className="layout-bar">
      {(layouts.all?.layouts.length ?? 0) > 1 ? <LayoutPicker layouts={layouts} /> : null}
      <button type="button" className="button button--small" onClick={onCustomise}>
        {t('dashboard.layout.customise')}
      </button>
    </div>
  )
}

type Dialog = 'add' | 'rename' | 'delete' | 'reset' | null

/** Customise mode's bar: what to do, the layouts and what can be done with them, and Done. */
export function CustomiseBar({
  layouts,
  onDone,
}: {
  layouts: LayoutsView
  onDone: () => void
}): ReactElement {
  const t = useT()
  const titleId = useId()
  const [dialog, setDialog] = useState<Dialog>(null)
  const { current, all } = layouts
  const names = all?.layouts ?? []
  const close = (): void => setDialog(null)
  return (
    <section className="card customise-bar" aria-labelledby={titleId}>
      <div className="customise-bar__head">
        <div className="customise-bar__text">
          <h2 id={titleId} className="card__title">
            {t('dashboard.customise.title')}
          </h2>
          <p className="muted">{t('dashboard.customise.intro')}</p>
        </div>
        <button type="button" className="button button--primary customise-bar__done" onClick={onDone}>
          {t('dashboard.customise.done')}
        </button>
      </div>
      <div className="customise-bar__actions">
        <LayoutPicker layouts={layouts} />
        <span className="customise-bar__buttons" role="group" aria-label={t('dashboard.customise.layouts')}>
          <button
            type="button"
            className="button button--small"
            disabled={!all}
            onClick={() => setDialog('add')}
          >
            {t('dashboard.customise.saveAsNew')}
          </button>
          <button
            type="button"
            className="button button--small"
            disabled={!all}
            onClick={() => setDialog('rename')}
          >
            {t('dashboard.customise.rename')}
          </button>
          <button
            type="button"
            className="button button--small"
            disabled={names.length < 2}
            title={names.length < 2 ? t('dashboard.customise.onlyLayout') : undefined}
            onClick={() => setDialog('delete')}
          >
            {t('dashboard.customise.delete')}
          </button>
          <button
            type="button"
            className="button button--small"
            disabled={!all}
            onClick={() => setDialog('reset')}
          >
            {t('dashboard.customise.reset')}
          </button>
        </span>
      </div>
      {layouts.error ? <InlineError onRetry={layouts.retry}>{layouts.error}</InlineError> : null}
      {dialog === 'add' || dialog === 'rename' ? (
        <LayoutNameDialog
          {...(dialog === 'rename' ? { editing: current } : {})}
          layouts={names}
          onSave={(name) =>
            dialog === 'rename' ? layouts.rename(current.id, name) : layouts.add(name, current.widgets)
          }
          onClose={close}
        />
      ) : null}
      <DeleteLayoutDialog
        layout={dialog === 'delete' ? current : null}
        onDelete={layouts.remove}
        onClose={close}
      />
      <ResetLayoutDialog
        layout={dialog === 'reset' ? current : null}
        onReset={() => layouts.change(defaultWidgets())}
        onClose={close}
      />
    </section>
  )
}
