import { describe, expect, it } from 'vitest'
import { phrase } from '../../src-shared/i18n/phrase'
import { sayIn } from '../../src-shared/i18n/wording'
import type { RunRow } from '../db/repos/report-schedules-repo'
import { AppError } from '../errors'
import { causeOf } from './schedule-files'
import { runView } from './schedule-views'

const failed = (more: Partial<RunRow>): RunRow => ({
  id: 1,
  scheduleId: 1,
  report: 'Daily by variant',
  folder: '/home/ana/Reports',
  dueAt: '2026-03-02T09:00:00.000Z',
  manual: 0,
  startedAt: '2026-03-02T09:00:00.000Z',
  finishedAt: '2026-03-02T09:00:01.000Z',
  outcome: 'failed',
  skipped: 0,
  file: null,
  rows: null,
  cause: 'folder_missing',
  detail: null,
  detailPhrase: null,
  ...more,
})

describe('a failed scheduled run', () => {
  it('says what happened in English for the command line, and as a phrase the window words in Spanish', () => {
    const run = runView(failed({}), '/data/exports')
    expect(run.message).toBe(
      'The folder /home/ana/Reports no longer exists. Create it again, or edit the schedule and choose another folder.',
    )
    expect(run.messagePhrase && sayIn('es', run.messagePhrase)).toBe(
      'La carpeta /home/ana/Reports ya no existe. Vuelve a crearla, o edita la programación y elige otra carpeta.',
    )
    expect(runView(failed({ cause: null, outcome: 'ok' }), '/data/exports')).toMatchObject({
      message: null,
      messagePhrase: null,
    })
  })

  it('keeps the phrase of the export’s own failure, and a row stored before phrases shows its English', () => {
    const refused = causeOf(
      new AppError('BAD_INPUT', phrase('reporting.timeZone.unknown', { zone: 'Mars/Base' })),
    )
    expect(refused).toMatchObject({
      cause: 'report_failed',
      detail: '"Mars/Base" is not a time zone this computer knows.',
    })
    const run = runView(
      failed({
        cause: refused.cause,
        detail: refused.detail,
        detailPhrase: JSON.stringify(refused.detailPhrase),
      }),
      '/data/exports',
    )
    expect(run.message).toBe(
      'The report could not be made. "Mars/Base" is not a time zone this computer knows. Open the report, check it runs, then press Run now.',
    )
    expect(run.detailPhrase && sayIn('es', run.detailPhrase)).toBe(
      '«Mars/Base» no es una zona horaria que este equipo conozca.',
    )
    const older = runView(failed({ cause: 'report_failed', detail: 'disk I/O error' }), '/data/exports')
    expect(older).toMatchObject({
      detailPhrase: null,
      message: expect.stringContaining('made. disk I/O error. Open'),
    })
    expect(runView(failed({ detailPhrase: 'not JSON' }), '/data/exports').detailPhrase).toBeNull()
  })
})
