import { describe, expect, it } from 'vitest'
import {
  changeWidget,
  completeWidgets,
  defaultWidgets,
  LayoutWidgetsSchema,
  moveWidget,
  widgetIds,
} from './dashboard-layout'

const ids = (widgets: readonly { id: string }[]): string[] => widgets.map((w) => w.id)

describe('dashboard layouts', () => {
  it('show every widget by default, in the default order', () => {
    expect(ids(defaultWidgets())).toEqual([...widgetIds])
    expect(defaultWidgets().every((w) => w.visible)).toBe(true)
    expect(completeWidgets([])).toEqual(defaultWidgets())
  })

  it('keep a saved order and put the widgets it did not know yet at the end, shown', () => {
    const saved = [
      { id: 'trend', visible: false, width: 'half' },
      { id: 'stats', visible: true, width: 'full' },
    ]
    const widgets = completeWidgets(saved)
    expect(ids(widgets).slice(0, 2)).toEqual(['trend', 'stats'])
    expect(widgets[0]).toEqual({ id: 'trend', visible: false, width: 'half' })
    expect(ids(widgets)).toHaveLength(widgetIds.length)
    expect(widgets.slice(2).every((w) => w.visible)).toBe(true)
    expect(ids(widgets.slice(2))).toEqual(widgetIds.filter((id) => id !== 'trend' && id !== 'stats'))
  })

  it('read a stored list leniently: unknown widgets, repeats and odd values are left out', () => {
    const widgets = completeWidgets([
      { id: 'weather', visible: true, width: 'full' },
      { id: 'errors', visible: false, width: 'third' },
      { id: 'errors', visible: true, width: 'full' },
      null,
      'stats',
    ])
    expect(widgets[0]).toEqual({ id: 'errors', visible: false, width: 'full' })
    expect(ids(widgets)).toHaveLength(widgetIds.length)
    expect(completeWidgets({ not: 'a list' })).toEqual(defaultWidgets())
  })

  it('move one widget to a place, clamped to the list, and change one at a time', () => {
    const start = defaultWidgets()
    expect(ids(moveWidget(start, 'campaigns', 0)).slice(0, 2)).toEqual(['campaigns', 'stats'])
    expect(ids(moveWidget(start, 'stats', 99)).at(-1)).toBe('stats')
    expect(ids(moveWidget(start, 'stats', -3))).toEqual(ids(start))
    const hidden = changeWidget(start, 'heatmap', { visible: false })
    expect(hidden.find((w) => w.id === 'heatmap')?.visible).toBe(false)
    expect(hidden.filter((w) => !w.visible)).toHaveLength(1)
  })

  it('refuse a widget twice in what the renderer sends', () => {
    const twice = [...defaultWidgets().slice(0, 2), defaultWidgets()[0]]
    expect(LayoutWidgetsSchema.safeParse(twice).success).toBe(false)
    expect(LayoutWidgetsSchema.safeParse(defaultWidgets()).success).toBe(true)
  })
})
