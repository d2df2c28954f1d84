import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { _electron as electron } from '@playwright/test'
import { electronExecutable, findElectron } from '../src-main/launch/electron-binary'
import { expect, test } from './fixtures'
import { changeSettings, expectChangedSettings, visitEveryScreen } from './journeys'
import { SettingsPage } from './pages/settings-page'

test.describe('browser run', () => {
  test('every screen shows its empty state; a changed setting survives a reload and a restart', async ({
    page,
    herald,
  }, testInfo) => {
    await page.goto(herald.url)
    // The token leaves the address bar (and so the history) at once; the reload below still works.
    await expect(page).not.toHaveURL(/token=/)
    await visitEveryScreen(page, testInfo, 'browser')
    await changeSettings(page)
    await page.reload()
    await expectChangedSettings(page)
    const url = await herald.restart()
    await page.goto(url)
    await expectChangedSettings(page)
  })

  test('a setting that breaks a rule is explained and cannot be saved', async ({
    page,
    herald,
  }, testInfo) => {
    await page.goto(`${herald.url}#/settings`)
    const settings = new SettingsPage(page)
    await settings.minDelay().fill('2')
    await expect(page.getByText(/at least 5/)).toBeVisible()
    await expect(settings.save()).toBeDisabled()
    await page.screenshot({ path: testInfo.outputPath('browser-settings-invalid.png') })
  })

  test('the page refuses to work without the token', async ({ page, herald }) => {
    // The page itself holds no data and loads; without the printed link it has no key to reach Herald with.
    const sockets: string[] = []
    page.on('websocket', (socket) => sockets.push(socket.url()))
    await page.goto(herald.url.replace(/\?token=.*/, ''))
    await expect(page.getByText(/link Herald printed/)).toBeVisible()
    expect(sockets).toEqual([])
  })
})

const root = path.resolve(__dirname, '..')
const install = findElectron(root)
const executable = install ? electronExecutable(install) : null
const sqliteBinding = install
  ? path.join(root, '.cache', 'electron-sqlite', install.version, 'build', 'Release', 'better_sqlite3.node')
  : ''

test.describe('desktop app (Electron)', () => {
  test.skip(
    !executable,
    'The Electron binary is not installed here: it downloads from GitHub at first start, which this machine cannot reach. The browser run above covers the same screens and services.',
  )
  test.skip(
    !fs.existsSync(sqliteBinding),
    'Run "npm start" once: it builds the database module for Electron.',
  )

  test('every screen shows its empty state; a changed setting survives a restart', async ({}, testInfo) => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'herald-e2e-electron-'))
    const launch = (): ReturnType<typeof electron.launch> =>
      electron.launch({
        executablePath: executable ?? undefined,
        args: [root],
        env: { ...process.env, HERALD_DATA_DIR: dataDir, HERALD_SQLITE_BINDING: sqliteBinding },
      })
    let app = await launch()
    let page = await app.firstWindow()
    await visitEveryScreen(page, testInfo, 'electron')
    await changeSettings(page)
    await app.close()
    app = await launch()
    page = await app.firstWindow()
    await expectChangedSettings(page)
    await app.close()
    fs.rmSync(dataDir, { recursive: true, force: true })
  })
})
