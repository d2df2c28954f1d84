import type { AppContext } from '../context'
import type { Handlers } from './dispatch'

type DashboardChannels = Extract<keyof Handlers, `dashboard:${string}`>

/** The Dashboard's layouts: each answer is every layout and the one in use, for the picker to show. */
export function dashboardHandlers(ctx: AppContext): Pick<Handlers, DashboardChannels> {
  const layouts = ctx.dashboardLayouts
  return {
    'dashboard:layouts': () => layouts.list(),
    'dashboard:layout-save': ({ layoutId, widgets }) => layouts.save(layoutId, widgets),
    'dashboard:layout-add': ({ name, widgets }) => layouts.add(name, widgets),
    'dashboard:layout-rename': ({ layoutId, name }) => layouts.rename(layoutId, name),
    'dashboard:layout-delete': ({ layoutId }) => layouts.delete(layoutId),
    'dashboard:layout-use': ({ layoutId }) => layouts.use(layoutId),
  }
}
