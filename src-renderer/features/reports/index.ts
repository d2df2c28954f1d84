// What the reports feature offers other screens: the Export button and its dialog.
export { ReportActions } from './report-actions'
