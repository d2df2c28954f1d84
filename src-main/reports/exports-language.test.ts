import fs from 'node:fs'
import path from 'node:path'
import * as XLSX from '@e965/xlsx'
import type { Database } from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { sayIn } from '../../src-shared/i18n/wording'
import { openDatabase } from '../db/connection'
import { ReportsRepo } from '../db/repos/reports-repo'
import { AppError } from '../errors'
import { parseCsv } from '../import/csv'
import { tempDataDir } from '../context.test-support'
import { exportReports } from './exports'
import type { ExportRequest } from './exports'
import { localClock } from './local-time'
import type { Report } from './report'
import { writeXlsx, xlsxRowLimit } from './xlsx'
import { seedSmallHistory } from './fixtures.test-support'

let dir: string
let remove: () => void
let db: Database
let repo: ReportsRepo
let ids: number[]

beforeEach(() => {
  ;({ dir, remove } = tempDataDir())
  db = openDatabase(path.join(dir, 'herald.db')).db
  ids = seedSmallHistory(db)
  repo = new ReportsRepo(db)
})
afterEach(() => {
  db.close()
  remove()
})

const timeZone = 'Asia/Kolkata'

/** The CSV's first table as objects keyed by its header. */
async function csvRows(request: Omit<ExportRequest, 'file' | 'format' | 'timeZone'>): Promise<{
  header: string[]
  rows: Record<string, string>[]
}> {
  const file = path.join(dir, `${request.reports.join('-')}-${request.language ?? 'none'}.csv`)
  await exportReports(repo, { ...request, format: 'csv', file, timeZone })
  const [header = [], ...rows] = parseCsv(fs.readFileSync(file, 'utf8').slice(1), ',')
  return {
    header,
    rows: rows.map((row) => Object.fromEntries(header.map((label, i) => [label, row[i] ?? '']))),
  }
}

describe('an export in the language chosen', () => {
  it('heads a CSV file in Spanish and words its statuses, yes/no and rates there', async () => {
    const { header, rows } = await csvRows({ reports: ['summary'], campaignId: ids[1], language: 'es' })
    expect(header.slice(0, 4)).toEqual(['ID de campaña', 'Campaña', 'Estado', 'Prueba'])
    expect(header).toContain('Iniciada (Asia/Kolkata)')
    expect(header).toContain('Tasa de éxito % (de los mensajes intentados)')
    expect(rows[0]).toMatchObject({
      Campaña: 'عرض رمضان 🌙',
      Estado: 'En pausa',
      Prueba: 'No',
      Mensajes: '3',
      'Iniciada (Asia/Kolkata)': '2026-03-03 15:30:00',
      'Tasa de éxito % (de los mensajes intentados)': '50',
    })
  })

  it('words message statuses, problems and advice, and still neutralises formulas', async () => {
    const { rows } = await csvRows({ reports: ['messages'], language: 'es' })
    expect(rows.map((row) => row['Estado'])).toContain('Entregado')
    const failed = rows.find((row) => row['Estado'] === 'Fallido')
    expect(failed?.['Tipo de error']).toBe('No tiene WhatsApp')
    expect(rows.map((row) => row['Nombre'])).toContain("'=1+1")
    const errors = await csvRows({ reports: ['errors'], language: 'es' })
    // The errors report opens with its first table's title, in Spanish
    expect(errors.header).toEqual(['Errores por tipo'])
  })

  it('stays English when no language is given, as the command line exports', async () => {
    const { header, rows } = await csvRows({ reports: ['summary'], campaignId: ids[1] })
    expect(header.slice(0, 4)).toEqual(['Campaign ID', 'Campaign', 'Status', 'Dry run'])
    expect(rows[0]).toMatchObject({ Status: 'Paused', 'Dry run': 'No' })
  })

  it('names the sheets of a workbook in Arabic', async () => {
    const file = path.join(dir, 'all.xlsx')
    await exportReports(repo, { reports: ['analytics'], format: 'xlsx', file, timeZone, language: 'ar' })
    const book = XLSX.read(fs.readFileSync(file))
    expect(book.SheetNames).toEqual(['الأعداد حسب الحالة', 'مراحل الرسائل', 'يوميًا (UTC)'])
    const funnel = XLSX.utils.sheet_to_json<string[]>(book.Sheets['مراحل الرسائل']!, { header: 1 })
    expect(funnel[0]).toEqual(['المرحلة', 'الرسائل'])
    expect(funnel[2]?.[0]).toBe('أُرسلت')
  })

  it('keeps JSON keys and codes in English, for programs', async () => {
    const file = path.join(dir, 'all.json')
    await exportReports(repo, {
      reports: ['summary'],
      format: 'json',
      file,
      campaignId: ids[0],
      language: 'fr',
    })
    const doc = JSON.parse(fs.readFileSync(file, 'utf8')) as { summary: { campaigns: object[] } }
    expect(doc.summary.campaigns[0]).toMatchObject({ status: 'completed', dryRun: true })
  })

  it('refuses in words the window shows in its language, and the command line in English', async () => {
    const big: Report = {
      kind: 'messages',
      title: 'Big',
      sections: [{ key: 'm', title: 'M', columns: [], total: xlsxRowLimit + 1, pages: () => [] }],
    }
    const refusal = await writeXlsx([big], path.join(dir, 'big.xlsx'), localClock(timeZone)).catch(
      (error: unknown) => error,
    )
    expect(refusal).toBeInstanceOf(AppError)
    const { phrase } = refusal as AppError
    expect(sayIn('es', phrase!)).toBe(
      'Esta exportación tiene 100.001 filas; aquí los archivos de Excel admiten hasta 100.000. Expórtala como CSV o campaña por campaña.',
    )
    const missing = (await exportReports(repo, {
      reports: ['summary'],
      format: 'csv',
      file: path.join(dir, 'x.csv'),
      campaignId: 99,
    }).catch((error: unknown) => error)) as AppError
    expect(missing.message).toBe('There is no campaign 99.')
    expect(sayIn('fr', missing.phrase!)).toBe('La campagne 99 n’existe pas.')
  })
})
