import { z } from 'zod'

/** Every section of the Dashboard, in the order the default layout shows them. */
export const widgetIds = [
  'stats',
  'funnel',
  'timing',
  'numbers',
  'heatmap',
  'trend',
  'variants',
  'countries',
  'inbox',
  'templates',
  'errors',
  'campaigns',
] as const
export type WidgetId = (typeof widgetIds)[number]

export const widgetWidths = ['half', 'full'] as const
export type WidgetWidth = (typeof widgetWidths)[number]

/** Each widget's name, as its card is titled. */
export const widgetTitles: Readonly<Record<WidgetId, string>> = {
  stats: 'Totals',
  funnel: 'From queued to replied',
  timing: 'Typical time after sending',
  numbers: 'By sending number',
  heatmap: 'Best times',
  trend: 'Day by day',
  variants: 'Which wording worked',
  countries: 'Countries',
  inbox: 'Replies and leads',
  templates: 'Best templates',
  errors: 'What went wrong',
  campaigns: 'Campaigns in this period',
}

const defaultWidths: Readonly<Record<WidgetId, WidgetWidth>> = {
  stats: 'full',
  funnel: 'half',
  timing: 'half',
  numbers: 'full',
  heatmap: 'full',
  trend: 'full',
  variants: 'half',
  countries: 'half',
  inbox: 'half',
  templates: 'half',
  errors: 'full',
  campaigns: 'full',
}

/** One widget in a layout; the layout's order is the order of its list. */
export const WidgetPlacementSchema = z
  .object({ id: z.enum(widgetIds), visible: z.boolean(), width: z.enum(widgetWidths) })
  .strict()
export type WidgetPlacement = z.infer<typeof WidgetPlacementSchema>

/** A layout's widgets as the renderer sends them: each widget at most once. */
export const LayoutWidgetsSchema = z
  .array(WidgetPlacementSchema)
  .max(widgetIds.length)
  .refine((widgets) => new Set(widgets.map((w) => w.id)).size === widgets.length, {
    error: 'Each widget can appear only once in a layout.',
  })

export const maxLayoutName = 40
export const LayoutNameSchema = z
  .string()
  .trim()
  .min(1, { error: 'Give the layout a name, for example “Team”.' })
  .max(maxLayoutName, { error: `Keep the name to ${maxLayoutName} characters.` })

export const LayoutIdSchema = z.number().int().positive()

export const DashboardLayoutSchema = z.object({
  id: LayoutIdSchema,
  name: z.string(),
  /** Every widget there is, in order: widgets newer than the layout are at the end. */
  widgets: z.array(WidgetPlacementSchema),
})
export type DashboardLayout = z.infer<typeof DashboardLayoutSchema>

/** The workspace's layouts, by name, and the one the Dashboard shows. */
export const DashboardLayoutsSchema = z.object({
  layouts: z.array(DashboardLayoutSchema).min(1),
  inUse: LayoutIdSchema,
})
export type DashboardLayouts = z.infer<typeof DashboardLayoutsSchema>

/** The name of the layout a workspace starts with. */
export const firstLayoutName = 'My dashboard'

/** Every widget shown, in the default order and widths. */
export function defaultWidgets(): WidgetPlacement[] {
  return widgetIds.map((id) => ({ id, visible: true, width: defaultWidths[id] }))
}

const isWidgetId = (id: unknown): id is WidgetId => widgetIds.includes(id as WidgetId)

/**
 * A stored list of widgets made whole: what a newer Herald added (or anything unreadable) is left out, each
 * widget is kept once, and the widgets the layout did not know yet follow at the end, shown.
 */
export function completeWidgets(stored: unknown): WidgetPlacement[] {
  const seen = new Set<WidgetId>()
  const kept: WidgetPlacement[] = []
  for (const item of Array.isArray(stored) ? (stored as unknown[]) : []) {
    const entry = (item ?? {}) as Record<string, unknown>
    if (!isWidgetId(entry.id) || seen.has(entry.id)) continue
    seen.add(entry.id)
    kept.push({
      id: entry.id,
      visible: entry.visible !== false,
      width: entry.width === 'half' || entry.width === 'full' ? entry.width : defaultWidths[entry.id],
    })
  }
  return [...kept, ...defaultWidgets().filter((w) => !seen.has(w.id))]
}

/** The list with widget `id` taken out and put at `to` (an index of the list without it, clamped). */
export function moveWidget(widgets: readonly WidgetPlacement[], id: WidgetId, to: number): WidgetPlacement[] {
  const moving = widgets.find((w) => w.id === id)
  if (!moving) return [...widgets]
  const rest = widgets.filter((w) => w.id !== id)
  const at = Math.max(0, Math.min(rest.length, to))
  return [...rest.slice(0, at), moving, ...rest.slice(at)]
}

/** One widget changed, the others as they were. */
export function changeWidget(
  widgets: readonly WidgetPlacement[],
  id: WidgetId,
  change: Partial<Omit<WidgetPlacement, 'id'>>,
): WidgetPlacement[] {
  return widgets.map((w) => (w.id === id ? { ...w, ...change } : w))
}
