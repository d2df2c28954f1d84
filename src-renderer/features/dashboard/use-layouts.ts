import { useRef, useState } from 'react'
import type {
  DashboardLayout,
  DashboardLayouts,
  WidgetPlacement,
} from '../../../src-shared/domain/dashboard-layout'
import { defaultWidgets, firstLayoutName } from '../../../src-shared/domain/dashboard-layout'
import type { Input, RequestChannel } from '../../../src-shared/ipc/contract'
import type { Result } from '../../../src-shared/ipc/result'
import { api } from '../../lib/api'
import { queryClient, readQuery, useQuery } from '../../lib/query'
import { useT } from '../../i18n/use-t'

type LayoutChannel = Extract<RequestChannel, `dashboard:layout-${string}`>

export type LayoutsView = {
  /** Every layout and the one in use, once read. */
  all: DashboardLayouts | undefined
  /** The layout in use: the default widgets until the layouts are read (or when they cannot be). */
  current: DashboardLayout
  /** Why the layouts could not be read, or the last change not saved; null when all is well. */
  error: string | null
  retry: () => void
  /** The current layout's widgets changed: shown at once, saved behind. */
  change: (widgets: WidgetPlacement[]) => void
  use: (layoutId: number) => Promise<Result<DashboardLayouts>>
  add: (name: string, widgets: WidgetPlacement[]) => Promise<Result<DashboardLayouts>>
  rename: (layoutId: number, name: string) => Promise<Result<DashboardLayouts>>
  remove: (layoutId: number) => Promise<Result<DashboardLayouts>>
}

const input = {}
const key = readQuery('dashboard:layouts', input).queryKey
const standIn: DashboardLayout = { id: 0, name: firstLayoutName, widgets: defaultWidgets() }

/**
 * The Dashboard's layouts, read once and kept in the query cache. A change of the widgets shows at once and
 * is saved behind it; only the answer to the latest request is kept, so quick changes never flicker back.
 */
export function useLayouts(): LayoutsView {
  const t = useT()
  const read = useQuery('dashboard:layouts', input)
  const [failure, setFailure] = useState<string | null>(null)
  const latest = useRef(0)
  const all = read.data
  const current = all?.layouts.find((l) => l.id === all.inUse) ?? standIn

  const send = async <C extends LayoutChannel>(
    channel: C,
    request: Input<C>,
    shown?: DashboardLayouts,
  ): Promise<Result<DashboardLayouts>> => {
    const ticket = (latest.current += 1)
    if (shown) queryClient.setQueryData(key, shown)
    setFailure(null)
    const result = (await api.invoke(channel, request)) as Result<DashboardLayouts>
    if (ticket !== latest.current) return result
    if (result.ok) queryClient.setQueryData(key, result.value)
    else if (shown) {
      setFailure(t('dashboard.layout.changeNotSaved', { error: result.error.message }))
      read.refetch()
    }
    return result
  }

  return {
    all,
    current,
    error:
      failure ?? (read.error && !all ? t('dashboard.layout.notRead', { error: read.error.message }) : null),
    retry: () => {
      setFailure(null)
      read.refetch()
    },
    change: (widgets) => {
      if (!all) return
      const layouts = all.layouts.map((l) => (l.id === current.id ? { ...l, widgets } : l))
      void send('dashboard:layout-save', { layoutId: current.id, widgets }, { ...all, layouts })
    },
    use: (layoutId) => send('dashboard:layout-use', { layoutId }, all && { ...all, inUse: layoutId }),
    add: (name, widgets) => send('dashboard:layout-add', { name, widgets }),
    rename: (layoutId, name) => send('dashboard:layout-rename', { layoutId, name }),
    remove: (layoutId) => send('dashboard:layout-delete', { layoutId }),
  }
}
