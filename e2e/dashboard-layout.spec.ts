import { execFileSync } from 'node:child_process'
import path from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { openHerald } from './pages/app-shell'
import { DashboardPage } from './pages/dashboard-page'
import { DashboardLayoutPage } from './pages/dashboard-layout-page'

/** A few weeks of dry-run history from one number, as `herald dev seed` makes it. */
function seed(dataDir: string): void {
  const cli = path.join(__dirname, '..', 'out', 'main', 'cli.js')
  execFileSync(process.execPath, [
    ...[cli, '--data-dir', dataDir, 'dev', 'seed'],
    ...['--campaigns', '4', '--messages', '800', '--seed', 'layout'],
  ])
}

// With one sending number the numbers' table has nothing to add, so the Dashboard leaves it out
const defaultOrder = [
  'stats',
  'funnel',
  'timing',
  'heatmap',
  'trend',
  'variants',
  'countries',
  'inbox',
  'templates',
  'errors',
  'campaigns',
]
const arranged = [
  'stats',
  'funnel',
  'timing',
  'trend',
  'heatmap',
  'variants',
  'templates',
  'inbox',
  'errors',
  'campaigns',
]

/** axe's findings (WCAG 2.1 AA) on the page as it is, one line per rule. */
async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze()
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
}

/** Every message of the seed, whatever the day the browser thinks it is. */
async function everything(dashboard: DashboardPage): Promise<void> {
  await dashboard.includeDryRuns()
  await dashboard.period('All time').check()
  await expect(dashboard.card('Messages sent')).toBeVisible()
}

test('the dashboard is arranged, saved as a layout, kept after a reload and reset', async ({
  page,
  herald,
}, testInfo) => {
  seed(herald.dataDir)
  const shell = await openHerald(page, herald.url, 'Dashboard')
  const dashboard = new DashboardPage(page)
  const layout = new DashboardLayoutPage(page)
  await everything(dashboard)
  await expect.poll(() => layout.order()).toEqual(defaultOrder)
  // Two half-width widgets share a row: the funnel and the typical times side by side
  const [funnel, timing] = [
    await layout.widget('funnel').boundingBox(),
    await layout.widget('timing').boundingBox(),
  ]
  expect(funnel?.y).toBe(timing?.y)
  expect(timing!.x).toBeGreaterThan(funnel!.x + funnel!.width)

  await layout.customise().click()
  // The keyboard: arrow keys on a focused handle, said to screen readers
  await layout.handle('Day by day').focus()
  await page.keyboard.press('ArrowUp')
  await expect(layout.said()).toHaveText('Day by day moved up, to place 5 of 12.')
  await expect(layout.handle('Day by day')).toBeFocused()
  // Drag and drop by the handle: the widget dropped on another takes its place
  await layout.handle('Best templates').dragTo(layout.frame('Replies and leads'))
  await expect(layout.said()).toHaveText('Best templates moved to place 9 of 12.')
  await layout.hide('Countries').click()
  await expect(layout.show('Countries')).toBeVisible()
  await layout.width('Which wording worked', 'Full').check()
  await layout.saveAsNew('Team')
  await expect(layout.pickedLayout()).toHaveText('Team')
  expect(await violations(page)).toEqual([])
  await shell.screenshot(testInfo, 'dashboard-customise')

  await layout.done().click()
  await expect(layout.frame('Totals')).toBeHidden()
  await expect.poll(() => layout.order()).toEqual(arranged)
  await expect(layout.widget('variants')).toHaveClass(/widget--full/)
  expect(await violations(page)).toEqual([])
  await shell.screenshot(testInfo, 'dashboard-team-layout')

  // The layout and the choice of it are the workspace's, kept in its database
  await page.reload()
  await everything(dashboard)
  await expect(layout.pickedLayout()).toHaveText('Team')
  await expect.poll(() => layout.order()).toEqual(arranged)
  await expect(layout.widget('variants')).toHaveClass(/widget--full/)

  await layout.customise().click()
  await layout.button('Reset to default').click()
  await page
    .getByRole('dialog', { name: 'Reset “Team” to the default?' })
    .getByRole('button', { name: 'Reset layout' })
    .click()
  await expect(layout.show('Countries')).toBeHidden()
  await layout.done().click()
  await expect.poll(() => layout.order()).toEqual(defaultOrder)
  await expect(layout.pickedLayout()).toHaveText('Team')
})
