import { describe, expect, it } from 'vitest'
import type { ReportSchedule, ReportScheduleRun } from '../../../src-shared/domain/report-schedules'
import type { Locale } from '../../../src-shared/i18n/locales'
import { phrase } from '../../../src-shared/i18n/phrase'
import { translator } from '../../i18n/translate.test-support'
import type { Say } from '../../i18n/use-t'
import {
  fileNameOf,
  nextRunText,
  outcomeLabel,
  runFailureWords,
  runNote,
  timingWords,
} from './schedule-words'

const t = translator('en')

const run = (more: Partial<ReportScheduleRun>): ReportScheduleRun => ({
  id: 1,
  scheduleId: 1,
  report: 'Daily by variant',
  dueAt: '2026-03-02T09:00:00.000Z',
  startedAt: '2026-03-02T09:00:00.000Z',
  finishedAt: '2026-03-02T09:00:01.000Z',
  outcome: 'ok',
  late: false,
  manual: false,
  skipped: 0,
  file: '/home/ana/Reports/Daily-by-variant-2026-03-02-0900.csv',
  rows: 12,
  cause: null,
  message: null,
  ...more,
})

const schedule = (more: Partial<ReportSchedule>): ReportSchedule => ({
  id: 1,
  report: 'Daily by variant',
  frequency: 'daily',
  time: '09:00',
  weekday: null,
  monthDay: null,
  format: 'csv',
  folder: null,
  writesTo: '/data/exports',
  enabled: true,
  createdAt: '2026-03-01T09:00:00.000Z',
  nextRunAt: '2026-03-03T09:00:00.000Z',
  lastRun: null,
  ...more,
})

const utc = { timeZone: 'UTC' }

/** What useSay gives a screen, outside React. */
const sayer =
  (locale: Locale): Say =>
  (said, english) =>
    said ? translator(locale)(said.key, said.params) : english

describe('the words of scheduled runs', () => {
  it('tells a run on time, a late one, one by hand and the times a late run made up for', () => {
    expect(outcomeLabel(t, run({}))).toEqual({ label: 'Saved', tone: 'ok' })
    expect(runNote(t, run({}), utc)).toBeNull()
    const late = run({ late: true, startedAt: '2026-03-05T12:00:00.000Z' })
    expect(outcomeLabel(t, late).label).toBe('Saved late')
    expect(runNote(t, late, utc)).toBe(
      'Due 2 Mar, 09:00; Herald was closed then, so it ran at the next start.',
    )
    expect(runNote(t, run({ manual: true }), utc)).toBe('Run now')
    const missed = run({ outcome: 'skipped', skipped: 3, file: null })
    expect(outcomeLabel(t, missed)).toEqual({ label: 'Missed', tone: 'waiting' })
    expect(runNote(t, missed, utc)).toBe(
      '3 times from 2 Mar, 09:00 while Herald was closed; it ran once when Herald started.',
    )
    expect(outcomeLabel(t, run({ outcome: 'failed' })).tone).toBe('failed')
  })

  it('tells the next run, or that there is none', () => {
    const now = Date.parse('2026-03-02T12:00:00Z')
    expect(nextRunText(t, schedule({}), { now, ...utc })).toBe('Next: Tue 09:00')
    expect(nextRunText(t, schedule({ enabled: false, nextRunAt: null }), { now })).toBe('Switched off')
    expect(nextRunText(t, schedule({ nextRunAt: '2026-03-02T09:00:00.000Z' }), { now })).toBe('Due now')
    expect(fileNameOf('C:\\Reports\\Daily.csv')).toBe('Daily.csv')
  })

  it("says the timing, and counts the missed times, in the window's language", () => {
    expect(timingWords(t, { frequency: 'weekly', weekday: 'mon', monthDay: null, time: '08:00' })).toBe(
      'Every Monday at 08:00',
    )
    expect(timingWords(t, { frequency: 'monthly', weekday: null, monthDay: 31, time: '08:00' })).toBe(
      'On day 31 of each month at 08:00 (the last day in shorter months)',
    )
    const missed = run({ outcome: 'skipped', skipped: 2, file: null })
    expect(runNote(translator('ar'), missed, utc)).toMatch(/^مرتين/)
    expect(
      timingWords(translator('es'), { frequency: 'daily', weekday: null, monthDay: null, time: '09:00' }),
    ).toBe('Cada día a las 09:00')
  })

  it('says why a run failed and what to do in the window’s language, the export’s own failure too', () => {
    const gone = run({
      outcome: 'failed',
      file: null,
      cause: 'folder_missing',
      message:
        'The folder /home/ana/Reports no longer exists. Create it again, or edit the schedule and choose another folder.',
      messagePhrase: phrase('reporting.scheduleRun.folderMissing', { folder: '/home/ana/Reports' }),
    })
    expect(runFailureWords(sayer('es'), gone)).toBe(
      'La carpeta /home/ana/Reports ya no existe. Vuelve a crearla, o edita la programación y elige otra carpeta.',
    )
    expect(runFailureWords(sayer('en'), gone)).toBe(gone.message)
    const detail = '"Mars/Base" is not a time zone this computer knows.'
    const refused = run({
      outcome: 'failed',
      file: null,
      cause: 'report_failed',
      message: `The report could not be made. ${detail} Open the report, check it runs, then press Run now.`,
      messagePhrase: phrase('reporting.scheduleRun.reportFailedDetail', { detail }),
      detailPhrase: phrase('reporting.timeZone.unknown', { zone: 'Mars/Base' }),
    })
    expect(runFailureWords(sayer('es'), refused)).toBe(
      'No se pudo crear el informe. «Mars/Base» no es una zona horaria que este equipo conozca. Abre el informe, comprueba que funciona y pulsa Ejecutar ahora.',
    )
    // A run stored by an older Herald has only its English words
    expect(runFailureWords(sayer('ar'), { ...refused, messagePhrase: undefined })).toBe(refused.message)
    expect(runFailureWords(sayer('es'), run({}))).toBeNull()
  })
})
