import { moveWidget } from '../../../src-shared/domain/dashboard-layout'
import type { WidgetId, WidgetPlacement } from '../../../src-shared/domain/dashboard-layout'

/** A widget where the grid puts it: across the row, or half of it; `alone` when no half sits beside it. */
export type Placed = { widget: WidgetPlacement; span: 'full' | 'half'; alone: boolean }

/**
 * Lays the shown widgets out in rows of two columns, in order: two half-width widgets in a row share it,
 * a full-width one has its own. A half-width widget with no half-width neighbour is `alone`: the
 * Dashboard widens it to the row, Customise leaves the room beside it empty to show it is half.
 */
export function placeWidgets(widgets: readonly WidgetPlacement[]): Placed[] {
  const placed: Placed[] = []
  let open: number | null = null
  const close = (alone: boolean): void => {
    if (open !== null && alone) placed[open] = { ...placed[open]!, alone: true }
    open = null
  }
  for (const widget of widgets) {
    if (widget.width === 'full') {
      close(true)
      placed.push({ widget, span: 'full', alone: false })
    } else if (open === null) {
      open = placed.length
      placed.push({ widget, span: 'half', alone: false })
    } else {
      close(false)
      placed.push({ widget, span: 'half', alone: false })
    }
  }
  close(true)
  return placed
}

/** Where a shown widget now is among the shown ones: 1-based, and how many there are. */
export function positionOf(
  widgets: readonly WidgetPlacement[],
  id: WidgetId,
): { at: number; of: number } | null {
  const shown = widgets.filter((w) => w.visible)
  const at = shown.findIndex((w) => w.id === id)
  return at === -1 ? null : { at: at + 1, of: shown.length }
}

/**
 * Moves a shown widget one place up (-1) or down (1) among the shown widgets, past any hidden one between
 * them; null when it is already first or last.
 */
export function moveAmongShown(
  widgets: readonly WidgetPlacement[],
  id: WidgetId,
  step: -1 | 1,
): WidgetPlacement[] | null {
  const shown = widgets.filter((w) => w.visible)
  const at = shown.findIndex((w) => w.id === id)
  const neighbour = shown[at + step]
  if (at === -1 || !neighbour) return null
  return dropOn(widgets, id, neighbour.id)
}

/**
 * A widget dropped on another takes its place, and the other moves one place towards where the widget came
 * from. Null when nothing moves.
 */
export function dropOn(
  widgets: readonly WidgetPlacement[],
  id: WidgetId,
  target: WidgetId,
): WidgetPlacement[] | null {
  const from = widgets.findIndex((w) => w.id === id)
  const to = widgets.findIndex((w) => w.id === target)
  if (from === -1 || to === -1 || from === to) return null
  // Without the widget moved, the target is one place earlier when the widget was above it
  const targetAt = from < to ? to - 1 : to
  return moveWidget(widgets, id, from < to ? targetAt + 1 : targetAt)
}
