import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import Sqlite from 'better-sqlite3'
import { expect, test } from './fixtures'

const cli = path.join(__dirname, '..', 'out', 'main', 'cli.js')
const herald = (dataDir: string, ...argv: string[]): string =>
  execFileSync(process.execPath, [cli, ...argv, '--data-dir', dataDir], { encoding: 'utf8' })

const shots = process.env.HERALD_SHOTS_DIR

test('schedule a saved report: a missed run at start, add, run now, switch off and remove', async ({
  page,
  herald: host,
}, testInfo) => {
  test.setTimeout(40_000)
  const shot = (name: string): Promise<Buffer> =>
    page.screenshot({ path: shots ? path.join(shots, name) : testInfo.outputPath(name), fullPage: true })
  const definition = path.join(host.dataDir, 'weekly.json')
  fs.writeFileSync(
    definition,
    JSON.stringify({ name: 'Weekly by variant', rows: 'messages', groupBy: ['variant'], measures: ['sent'] }),
  )
  herald(host.dataDir, 'reports', 'save', '--file', definition)
  herald(host.dataDir, 'reports', 'schedule', 'Weekly by variant', '--daily', '06:00', '--format', 'csv')
  // As if made three days ago: Herald was closed at its last three times, so the next start runs it once
  const db = new Sqlite(path.join(host.dataDir, 'herald.db'))
  const threeDaysAgo = new Date(Date.now() - 3 * 86_400_000).toISOString()
  db.prepare('UPDATE report_schedules SET created_at = ?, armed_at = ?').run(threeDaysAgo, threeDaysAgo)
  db.close()
  await host.restart()

  await page.goto(`${host.url}#/reports/schedules`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Scheduled reports')
  const schedules = page.getByRole('list', { name: 'Schedules' })
  await expect(schedules.getByRole('listitem')).toHaveCount(1)
  await expect(schedules).toContainText('Every day at 06:00')
  const history = page.getByRole('table')
  await expect(history.getByText('Saved late')).toBeVisible()
  await expect(history.getByText('Missed')).toBeVisible()
  await expect(history).toContainText('while Herald was closed; it ran once when Herald started')
  const exports = path.join(host.dataDir, 'exports')
  const written = fs.readdirSync(exports)
  expect(written).toHaveLength(1)
  expect(written[0]).toMatch(/^Weekly-by-variant-\d{4}-\d\d-\d\d-\d{4}\.csv$/)
  await expect(history.getByText(written[0]!)).toBeVisible()

  // A new schedule, weekly as Excel: the browser run writes into the data folder's exports
  await page.getByRole('button', { name: 'Add a schedule' }).click()
  const form = page.getByRole('dialog', { name: 'Schedule this report' })
  await expect(form).toContainText(exports)
  await form.getByRole('radio', { name: 'Every week' }).check()
  await form.getByLabel('Day', { exact: true }).selectOption({ label: 'Wednesday' })
  await form.getByLabel('Time', { exact: true }).fill('07:15')
  await shot('schedule-form.png')
  await form.getByRole('button', { name: 'Add schedule' }).click()
  await expect(form).toBeHidden()
  const weekly = schedules.getByRole('listitem', { name: 'Weekly by variant: Every Wednesday at 07:15' })
  await expect(weekly).toContainText('Excel workbook')
  await expect(weekly).toContainText('Not run yet.')

  await weekly.getByRole('button', { name: 'Run now' }).click()
  await expect(weekly).toContainText('Last run')
  await expect(weekly.getByRole('button', { name: 'Download' })).toBeVisible()
  await expect(history.locator('tbody tr')).toHaveCount(3)
  await expect(history.locator('tbody tr').first()).toContainText('Run now')
  expect(fs.readdirSync(exports).filter((f) => f.endsWith('.xlsx'))).toHaveLength(1)
  await shot('schedules-page.png')
  // WCAG 2.1 AA, as the other screens are checked (accessibility.spec.ts)
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
    [],
  )

  // Switched off: no next run; then removed, after a question
  await weekly.getByRole('button', { name: 'Change' }).click()
  const change = page.getByRole('dialog', { name: 'Change the schedule' })
  await change.getByRole('checkbox', { name: 'Run on schedule' }).uncheck()
  await change.getByRole('button', { name: 'Save changes' }).click()
  await expect(weekly).toContainText('Switched off')
  await weekly.getByRole('button', { name: 'Remove' }).click()
  await page
    .getByRole('dialog', { name: 'Remove this schedule?' })
    .getByRole('button', { name: 'Remove' })
    .click()
  await expect(schedules.getByRole('listitem')).toHaveCount(1)
  // Its file stays, and the command line sees what the screen did
  expect(fs.readdirSync(exports)).toHaveLength(2)
  expect(JSON.parse(herald(host.dataDir, 'reports', 'schedules', '--json'))).toHaveLength(1)
})

test('a scheduled run that failed says why in the language of the window', async ({ page, herald: host }) => {
  test.setTimeout(30_000)
  const definition = path.join(host.dataDir, 'weekly.json')
  fs.writeFileSync(
    definition,
    JSON.stringify({ name: 'Weekly by variant', rows: 'messages', groupBy: ['variant'], measures: ['sent'] }),
  )
  const stick = path.join(host.dataDir, 'USB stick')
  fs.mkdirSync(stick)
  herald(host.dataDir, 'reports', 'save', '--file', definition)
  herald(host.dataDir, 'reports', 'schedule', 'Weekly by variant', '--daily', '06:00', '--folder', stick)
  herald(host.dataDir, 'settings', 'set', 'app.language', 'es')
  fs.rmSync(stick, { recursive: true })
  await host.restart()

  await page.goto(`${host.url}#/reports/schedules`)
  const schedule = page.getByRole('listitem', { name: /^Weekly by variant/ })
  await schedule.getByRole('button', { name: 'Ejecutar ahora' }).click()
  await expect(schedule).toContainText(`La carpeta ${stick} ya no existe. Vuelve a crearla`)
  await expect(page.getByRole('table')).toContainText('elige otra carpeta')
})
