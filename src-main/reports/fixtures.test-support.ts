// Test helpers: a small history with hostile, multilingual names, and LibreOffice as the reader.
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import type { Database } from 'better-sqlite3'
import { seedHistory } from '../db/history-fixtures.test-support'
import type { SeedMessage } from '../db/history-fixtures.test-support'
import { parseCsv } from '../import/csv'
import { hasLibreOffice } from '../launch/test-tools'

export const awkwardNames: readonly string[] = [
  '=1+1',
  '-2',
  '@SUM(A1:A2)',
  '\tTabbed',
  '\rCarriage',
  '\nLine',
  'Smith, John',
  'Ann "The Baker" Lee',
  'Two\nlines',
  'محل الورد',
  'Café 🌸👩‍👩‍👧',
]

const at = (minute: number, day = 2): string =>
  `2026-03-0${day}T10:${String(minute).padStart(2, '0')}:00.000Z`

/** Two campaigns: the first with every awkward name and each status, the second smaller, a day later. */
export function seedSmallHistory(db: Database): number[] {
  const first: SeedMessage[] = awkwardNames.map((name, i) => {
    const status = (['sent', 'delivered', 'read', 'replied', 'failed', 'skipped'] as const)[i % 6] ?? 'sent'
    const ok = status !== 'failed' && status !== 'skipped'
    return {
      phone: `+4479111234${String(i).padStart(2, '0')}`,
      name,
      status,
      body: `Hi ${name}, "offer" = 10%`,
      category: status === 'failed' ? 'not_on_whatsapp' : status === 'skipped' ? 'duplicate' : null,
      detail: status === 'failed' ? 'No account, "really"' : null,
      sentAt: ok ? at(i) : null,
      deliveredAt: ['delivered', 'read', 'replied'].includes(status) ? at(i + 1) : null,
      readAt: ['read', 'replied'].includes(status) ? at(i + 2) : null,
      repliedAt: status === 'replied' ? at(i + 3, 3) : null,
      failedAt: status === 'failed' ? at(i) : null,
    }
  })
  const second: SeedMessage[] = [
    {
      phone: '+33612345678',
      name: 'Zoë',
      status: 'read',
      sentAt: at(0, 3),
      deliveredAt: at(1, 3),
      readAt: at(2, 3),
    },
    {
      phone: '+33612345679',
      name: null,
      status: 'failed',
      category: 'timeout',
      detail: 'Timed out',
      failedAt: at(3, 3),
    },
    { phone: '+33612345680', name: 'Queued', status: 'queued' },
  ]
  return seedHistory(db, [
    { name: 'Spring, "sale"\nYork', createdAt: at(0), startedAt: at(0), finishedAt: at(30), messages: first },
    {
      name: 'عرض رمضان 🌙',
      dryRun: false,
      status: 'paused',
      createdAt: at(0, 3),
      startedAt: at(0, 3),
      messages: second,
    },
  ])
}

const libreOfficeFound = hasLibreOffice()

/**
 * Skips a LibreOffice test on a machine without it; in CI, which installs it (.ci/run), its absence fails:
 * otherwise the real-spreadsheet check could silently stop running.
 */
export function needLibreOffice(ctx: { skip(note: string): void }): void {
  if (libreOfficeFound) return
  if (process.env.CI)
    throw new Error('soffice (LibreOffice) is missing: .ci/run installs libreoffice-calc-nogui')
  ctx.skip('soffice (LibreOffice) is not on PATH')
}

const libreOfficeEnv = { ...process.env, LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' }

/** How LibreOffice reads a CSV: the field separator, and whether quoted fields stay text (its import option). */
export type CsvReading = { separator?: ',' | ';'; quotedAsText?: boolean }

function convert(file: string, workDir: string, out: string, to: string, reading: CsvReading): void {
  const profile = `file://${path.join(workDir, 'libreoffice-profile')}`
  const separator = (reading.separator ?? ',').charCodeAt(0)
  const csv = path.extname(file).toLowerCase() === '.csv'
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=${profile}`,
      '--headless',
      ...(csv ? [`--infilter=CSV:${separator},34,76,1,,1033,${reading.quotedAsText === true}`] : []),
      '--convert-to',
      to,
      '--outdir',
      out,
      file,
    ],
    // LibreOffice writes TRUE as VERDADEIRO under a Portuguese locale: the reader speaks English, so the test
    // compares the cells' values, not their translation.
    { stdio: 'ignore', timeout: 90_000, env: libreOfficeEnv },
  )
}

/**
 * Opens `file` in LibreOffice (headless) and saves every sheet as UTF-8 CSV, each cell as LibreOffice shows
 * it; the tables it read, by sheet. A CSV is read as `reading` says (";" between fields, as a spreadsheet in
 * Spain would; quoted fields as text, as the import dialog offers).
 */
export function readWithLibreOffice(
  file: string,
  workDir: string,
  reading: CsvReading = {},
): Map<string, string[][]> {
  const out = path.join(workDir, 'libreoffice-out')
  fs.mkdirSync(out, { recursive: true })
  convert(
    file,
    workDir,
    out,
    'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1',
    reading,
  )
  const stem = path.basename(file, path.extname(file))
  const sheets = new Map<string, string[][]>()
  for (const name of fs.readdirSync(out)) {
    if (!name.startsWith(`${stem}-`)) continue
    const text = fs.readFileSync(path.join(out, name), 'utf8').replace(/^\uFEFF/, '')
    sheets.set(name.slice(stem.length + 1, -'.csv'.length), parseCsv(text, ','))
  }
  fs.rmSync(out, { recursive: true, force: true })
  return sheets
}

/**
 * The file as LibreOffice holds it once opened, in flat OpenDocument XML (.fods): what each cell is (a
 * date, a number, text), the columns' widths and the filter buttons.
 */
export function libreOfficeXml(file: string, workDir: string, reading: CsvReading = {}): string {
  const out = path.join(workDir, 'libreoffice-fods')
  fs.mkdirSync(out, { recursive: true })
  convert(file, workDir, out, 'fods', reading)
  const xml = fs.readFileSync(path.join(out, `${path.basename(file, path.extname(file))}.fods`), 'utf8')
  fs.rmSync(out, { recursive: true, force: true })
  return xml
}
