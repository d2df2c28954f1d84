import type { ReactElement } from 'react'
import type { WidgetPlacement } from '../../../src-shared/domain/dashboard-layout'
import { WidgetContent, widgetApplies } from './widget-content'
import type { WidgetData } from './widget-content'
import { placeWidgets } from './widget-order'
import { useT } from '../../i18n/use-t'

type WidgetGridProps = {
  widgets: readonly WidgetPlacement[]
  data: WidgetData
  onCustomise: () => void
}

/**
 * The Dashboard's widgets in two columns, as the layout in use orders and sizes them. A half-width widget
 * with no half-width neighbour takes the whole row, so that no row has a hole.
 */
export function WidgetGrid({ widgets, data, onCustomise }: WidgetGridProps): ReactElement {
  const t = useT()
  const shown = widgets.filter((w) => w.visible && widgetApplies(w.id, data))
  if (shown.length === 0) {
    return (
      <section className="card widget-grid__nothing" aria-label={t('dashboard.widgets.allHiddenLabel')}>
        <p>{t('dashboard.widgets.allHidden')}</p>
        <button type="button" className="button button--primary" onClick={onCustomise}>
          {t('dashboard.layout.customise')}
        </button>
      </section>
    )
  }
  return (
    <div className="widget-grid">
      {placeWidgets(shown).map(({ widget, span, alone }) => (
        <div
          key={widget.id}
          className={`widget widget--${alone ? 'full' : span}`}
          data-widget={widget.id}
          data-width={widget.width}
        >
          <WidgetContent id={widget.id} data={data} />
        </div>
      ))}
    </div>
  )
}
