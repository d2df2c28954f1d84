import type { WidgetId } from '../../../src-shared/domain/dashboard-layout'
import type { Translate } from '../../i18n/use-t'

/** A widget's name, as its card's title says it: "Best times". */
export function widgetTitle(t: Translate, id: WidgetId): string {
  return t(`dashboard.widget.${id}`)
}
