import type {
  ReportScheduleInput,
  ReportScheduleList,
  ReportScheduleRun,
} from '../../../src-shared/domain/report-schedules'
import type { Input, Output } from '../../../src-shared/ipc/contract'
import type { Result } from '../../../src-shared/ipc/result'
import { api } from '../../lib/api'
import { queryClient, useQuery } from '../../lib/query'
import type { Query } from '../../lib/query'

// A run pushes its event; changes made here read the lists again themselves (refreshSchedules).
const changedBy = ['reports:scheduled-run'] as const

/** The schedules (of one report, or all), where files go, and the saved reports there are. */
export function useSchedules(report: string | null): Query<ReportScheduleList> {
  return useQuery('reportSchedules:list', report === null ? {} : { report }, {
    invalidateOn: changedBy,
    keepPrevious: true,
  })
}

/** The run history, latest first. */
export function useRuns(query: Input<'reportSchedules:runs'>): Query<ReportScheduleRun[]> {
  return useQuery('reportSchedules:runs', query, { invalidateOn: changedBy, keepPrevious: true })
}

/** Every list of schedules and runs on screen is read again. */
export function refreshSchedules(): void {
  void queryClient.invalidateQueries({ queryKey: ['reportSchedules:list'] })
  void queryClient.invalidateQueries({ queryKey: ['reportSchedules:runs'] })
}

async function changing<T>(request: Promise<Result<T>>): Promise<Result<T>> {
  const result = await request
  refreshSchedules()
  return result
}

export function saveSchedule(input: ReportScheduleInput): Promise<Result<Output<'reportSchedules:save'>>> {
  return changing(api.invoke('reportSchedules:save', input))
}

export function removeSchedule(scheduleId: number): Promise<Result<null>> {
  return changing(api.invoke('reportSchedules:delete', { scheduleId }))
}

export function runScheduleNow(scheduleId: number): Promise<Result<ReportScheduleRun>> {
  return changing(api.invoke('reportSchedules:run-now', { scheduleId }))
}
