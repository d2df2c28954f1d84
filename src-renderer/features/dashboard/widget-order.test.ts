import { describe, expect, it } from 'vitest'
import type { WidgetId, WidgetPlacement, WidgetWidth } from '../../../src-shared/domain/dashboard-layout'
import { dropOn, moveAmongShown, placeWidgets, positionOf } from './widget-order'

const w = (id: WidgetId, width: WidgetWidth = 'full', visible = true): WidgetPlacement => ({
  id,
  width,
  visible,
})
const ids = (widgets: readonly WidgetPlacement[] | null): string[] | null =>
  widgets && widgets.map((x) => x.id)

describe('the grid of widgets', () => {
  it('pairs half-width widgets in order and marks a half with no neighbour as alone', () => {
    const placed = placeWidgets([
      w('stats'),
      w('funnel', 'half'),
      w('timing', 'half'),
      w('variants', 'half'),
      w('trend'),
      w('countries', 'half'),
      w('inbox', 'half'),
      w('templates', 'half'),
    ])
    expect(placed.map((p) => `${p.widget.id}:${p.span}${p.alone ? ':alone' : ''}`)).toEqual([
      'stats:full',
      'funnel:half',
      'timing:half',
      'variants:half:alone',
      'trend:full',
      'countries:half',
      'inbox:half',
      'templates:half:alone',
    ])
  })
})

describe('moving widgets', () => {
  const widgets = [w('stats'), w('funnel', 'half', false), w('timing', 'half'), w('trend'), w('errors')]

  it('moves one place among the shown widgets, past a hidden one', () => {
    expect(ids(moveAmongShown(widgets, 'timing', -1))).toEqual([
      'timing',
      'stats',
      'funnel',
      'trend',
      'errors',
    ])
    expect(ids(moveAmongShown(widgets, 'stats', 1))).toEqual(['funnel', 'timing', 'stats', 'trend', 'errors'])
    expect(moveAmongShown(widgets, 'stats', -1)).toBeNull()
    expect(moveAmongShown(widgets, 'errors', 1)).toBeNull()
  })

  it('puts a dropped widget in the place of the one it was dropped on', () => {
    expect(ids(dropOn(widgets, 'errors', 'stats'))).toEqual(['errors', 'stats', 'funnel', 'timing', 'trend'])
    expect(ids(dropOn(widgets, 'stats', 'trend'))).toEqual(['funnel', 'timing', 'trend', 'stats', 'errors'])
    expect(dropOn(widgets, 'trend', 'trend')).toBeNull()
  })

  it('says where a shown widget is, counting only the shown ones', () => {
    expect(positionOf(widgets, 'timing')).toEqual({ at: 2, of: 4 })
    expect(positionOf(widgets, 'funnel')).toBeNull()
  })
})
