import path from 'node:path'
import type { ReportScheduleRun } from '../../src-shared/domain/report-schedules'
import { phrase } from '../../src-shared/i18n/phrase'
import type { AppContext } from '../context'
import { AppError } from '../errors'
import type { Handlers } from './dispatch'
import { exportsFolder } from './reports'

export type ReportScheduleChannels =
  | 'reportSchedules:list'
  | 'reportSchedules:save'
  | 'reportSchedules:delete'
  | 'reportSchedules:runs'
  | 'reportSchedules:run-now'
  | 'reportSchedules:choose-folder'

/**
 * Scheduled reports: the schedules, their runs, "Run now" and the folder dialog. The files a schedule wrote
 * join the files this run saved, so that "Show in folder" (and the browser run's Download) serve them too.
 */
export function reportScheduleHandlers(
  ctx: AppContext,
  options: { saved: Set<string> },
): Pick<Handlers, ReportScheduleChannels> {
  const known = <T extends ReportScheduleRun>(run: T): T => {
    if (run.file) options.saved.add(path.resolve(run.file))
    return run
  }
  return {
    'reportSchedules:list': ({ report }) => {
      const list = ctx.reportSchedules.list(report ?? null)
      for (const schedule of list.schedules) if (schedule.lastRun) known(schedule.lastRun)
      return list
    },
    'reportSchedules:save': (input) => ctx.reportSchedules.save(input),
    'reportSchedules:delete': ({ scheduleId }) => {
      ctx.reportSchedules.delete(scheduleId)
      return null
    },
    'reportSchedules:runs': (query) => ctx.reportSchedules.runs(query).map(known),
    'reportSchedules:run-now': async ({ scheduleId }) => known(await ctx.reportSchedules.runNow(scheduleId)),
    'reportSchedules:choose-folder': async ({ folder }) => {
      if (!ctx.desktop.chooseFolder) {
        throw new AppError(
          'UNAVAILABLE',
          phrase('reporting.schedule.folderInBrowser', { folder: exportsFolder(ctx) }),
        )
      }
      const chosen = await ctx.desktop.chooseFolder({
        title: phrase('system.dialog.reportsFolder.title'),
        defaultPath: folder ?? exportsFolder(ctx),
      })
      return { folder: chosen }
    },
  }
}
