// What the scheduled reports offer other screens: one report's schedules (the report builder shows them),
// and the page of every schedule with the run history (its route is in app/routes.tsx).
export { ReportSchedules } from './report-schedules'
export { SchedulesScreen } from './schedules-screen'
