import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Analytics } from '../../../src-shared/domain/analytics'
import { tempDataDir } from '../../context.test-support'
import { runHerald } from './cli-harness.test-support'

const example = {
  name: 'Daily by variant',
  rows: 'messages',
  groupBy: ['day', 'variant'],
  measures: ['sent', 'delivered', 'replied', 'replyRate'],
  filters: { since: '2026-01-01' },
}

let temp: { dir: string; remove: () => void }
const data = (): string => path.join(temp.dir, 'data')
const herald = (...argv: string[]): ReturnType<typeof runHerald> => runHerald(data(), ...argv)
function definitionFile(name: string, definition: unknown): string {
  const file = path.join(temp.dir, name)
  fs.writeFileSync(file, JSON.stringify(definition))
  return file
}

/** The CSV's rows as objects keyed by its header (no commas or quotes inside these reports' cells). */
function csvRows(file: string): Record<string, string>[] {
  const [header = '', ...lines] = fs
    .readFileSync(file, 'utf8')
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n')
  const cells = (line: string): string[] => line.split(',').map((cell) => cell.replace(/^"(.*)"$/, '$1'))
  const keys = cells(header)
  return lines.map((line) =>
    Object.fromEntries(cells(line).map((cell, i) => [keys[i] ?? String(i), cell] as const)),
  )
}

beforeAll(async () => {
  temp = tempDataDir()
  // 20,000 messages: the seed the issue names (dry runs, over the weeks before today)
  expect((await herald('dev', 'seed', '--campaigns', '20', '--messages', '20000')).status).toBe(0)
})
afterAll(() => temp.remove())

describe('herald reports', () => {
  it('saves the example, lists it, and runs it to a CSV whose sent column is the funnel’s sent', async () => {
    const saved = await herald('reports', 'save', '--file', definitionFile('def.json', example))
    expect(saved).toMatchObject({ status: 0, err: '' })
    const list = JSON.parse((await herald('reports', 'list', '--json')).out) as { name: string }[]
    expect(list.map((r) => r.name)).toEqual(['Daily by variant'])
    expect((await herald('reports', 'list')).out).toMatch(/Daily by variant\s+day, variant\s+sent, delivered/)

    const out = path.join(temp.dir, 'daily.csv')
    expect(await herald('reports', 'run', 'Daily by variant', '--format', 'csv', '--out', out)).toMatchObject(
      {
        status: 0,
      },
    )
    const live = JSON.parse((await herald('analytics', '--json', '--since', '2026-01-01')).out) as Analytics
    const rows = csvRows(out)
    expect(rows.reduce((sum, r) => sum + Number(r.sent), 0)).toBe(live.funnel.sent)
    // The seed is all dry runs: the same report over every campaign is the one with numbers in it
    const all = {
      ...example,
      name: 'Daily by variant, dry runs too',
      filters: { since: '2026-01-01', dryRuns: 'all' },
    }
    await herald('reports', 'save', '--file', definitionFile('all.json', all))
    const allOut = path.join(temp.dir, 'all.csv')
    await herald('reports', 'run', all.name, '--out', allOut)
    const every = JSON.parse(
      (await herald('analytics', '--json', '--since', '2026-01-01', '--dry-runs', 'all')).out,
    ) as Analytics
    const allRows = csvRows(allOut)
    expect(Object.keys(allRows[0] ?? {})).toEqual([
      'day',
      'variant',
      'sent',
      'delivered',
      'replied',
      'replyRate',
    ])
    expect(every.funnel.sent).toBeGreaterThan(0)
    expect(allRows.reduce((sum, r) => sum + Number(r.sent), 0)).toBe(every.funnel.sent)
    expect(allRows.reduce((sum, r) => sum + Number(r.replied), 0)).toBe(every.funnel.replied)

    // An existing file is kept without --force
    const again = await herald('reports', 'run', 'Daily by variant', '--format', 'csv', '--out', out)
    expect(again).toMatchObject({ status: 1, err: expect.stringMatching(/--force/) as unknown })
    expect(
      (await herald('reports', 'run', 'Daily by variant', '--format', 'json', '--out', out, '--force'))
        .status,
    ).toBe(0)
    expect(JSON.parse(fs.readFileSync(out, 'utf8'))).toMatchObject({
      custom: { rows: expect.any(Array) as unknown },
    })
  })

  it('says which field of a definition is wrong and what it allows', async () => {
    const wrong = { ...example, name: 'Wrong', groupBy: ['day', 'colour'], filters: { since: '2026-13-01' } }
    const run = await herald('reports', 'save', '--file', definitionFile('wrong.json', wrong))
    expect(run.status).toBe(1)
    expect(run.err).toMatch(/groupBy\[1\]: .*"day"/)
    expect(run.err).toMatch(/filters\.since: That day does not exist/)
    expect((await herald('reports', 'run', 'Nope', '--format', 'csv', '--out', 'x.csv')).err).toMatch(
      /no saved report named "Nope"/,
    )
  })

  it('binds a hostile variant name: the messages table is still there', async () => {
    const hostile = {
      ...example,
      name: "x'); DROP TABLE messages; --",
      filters: { variants: ["'); DROP TABLE messages; --"] },
    }
    expect((await herald('reports', 'save', '--file', definitionFile('hostile.json', hostile))).status).toBe(
      0,
    )
    const out = path.join(temp.dir, 'hostile.json')
    const run = await herald('reports', 'run', hostile.name, '--format', 'json', '--out', out, '--force')
    expect(run).toMatchObject({ status: 0, out: expect.stringMatching(/^Wrote 0 rows/) as unknown })
    const every = JSON.parse((await herald('analytics', '--json', '--dry-runs', 'all')).out) as Analytics
    expect(every.funnel.queued).toBe(20000)
  })
})

describe('herald reports schedule', () => {
  type Listed = { id: number; report: string; frequency: string; format: string; writesTo: string }

  it('schedules a saved report daily, weekly or monthly into a folder, lists the schedules and removes them', async () => {
    await herald(
      'reports',
      'save',
      '--file',
      definitionFile('sched.json', { ...example, name: 'For the shop' }),
    )
    const folder = path.join(temp.dir, 'Shop reports')
    fs.mkdirSync(folder)
    const daily = await herald('reports', 'schedule', 'For the shop', '--daily', '09:00', '--folder', folder)
    expect(daily).toMatchObject({ status: 0, err: '' })
    expect(daily.out).toContain(`Scheduled "For the shop": Every day at 09:00, as CSV, into ${folder}.`)
    expect(daily.out).toMatch(/Next run: \d{4}-\d\d-\d\d 09:00 \(this computer's time\)/)
    const weekly = ['--weekly', 'mon', '08:30', '--format', 'xlsx', '--folder', folder]
    expect((await herald('reports', 'schedule', 'For the shop', ...weekly)).out).toMatch(
      /Every Monday at 08:30, as XLSX/,
    )
    // Said again, the same schedule is not added twice
    expect((await herald('reports', 'schedule', 'For the shop', ...weekly)).out).toMatch(/^Already scheduled/)
    const monthly = await herald(
      'reports',
      'schedule',
      'For the shop',
      '--monthly',
      '31 18:00',
      '--format',
      'json',
    )
    expect(monthly.out).toMatch(
      /On day 31 of each month at 18:00 \(the last day in shorter months\), as JSON/,
    )

    const listed = JSON.parse((await herald('reports', 'schedules', '--json')).out) as Listed[]
    expect(listed.map((s) => [s.report, s.frequency, s.format, s.writesTo])).toEqual([
      ['For the shop', 'daily', 'csv', folder],
      ['For the shop', 'weekly', 'xlsx', folder],
      ['For the shop', 'monthly', 'json', path.join(data(), 'exports')],
    ])
    const table = (await herald('reports', 'schedules')).out
    expect(table).toMatch(/For the shop\s+Every Monday at 08:30\s+xlsx/)
    expect(table).toMatch(/not yet/)

    expect(await herald('reports', 'schedule', 'For the shop', '--remove')).toMatchObject({
      status: 0,
      out: 'Removed 3 schedules of "For the shop".\n',
    })
    expect((await herald('reports', 'schedules')).out).toMatch(/^No scheduled reports yet/)
  })

  it('says what is wrong with a schedule and what to write instead', async () => {
    const run = (...argv: string[]): ReturnType<typeof herald> => herald('reports', 'schedule', ...argv)
    expect((await run('Daily by variant', '--daily', '25:00')).err).toMatch(/HH:MM on a 24-hour clock/)
    expect((await run('Daily by variant', '--weekly', 'funday', '09:00')).err).toMatch(/mon, tue … sun/)
    expect((await run('Daily by variant', '--monthly', '32', '09:00')).err).toMatch(/1 to 31/)
    expect((await run('Daily by variant', '--daily', '09:00', '--weekly', 'mon', '09:00')).status).toBe(2)
    const nowhere = path.join(temp.dir, 'not-there')
    expect((await run('Daily by variant', '--daily', '09:00', '--folder', nowhere)).err).toMatch(
      /does not exist\. Choose a folder that exists, or create it first/,
    )
    expect((await run('Nope', '--daily', '09:00')).err).toMatch(/no saved report named "Nope"/)
    expect((await run('Nope', '--remove')).err).toMatch(/"Nope" has no schedule/)
  })
})
