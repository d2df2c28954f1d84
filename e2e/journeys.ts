import type { Page, TestInfo } from '@playwright/test'
import { expect } from '@playwright/test'
import { AppShell, screens } from './pages/app-shell'
import { SettingsPage } from './pages/settings-page'

/** Every screen renders its empty state inside the shell, with the WhatsApp badge; one screenshot each. */
export async function visitEveryScreen(page: Page, testInfo: TestInfo, prefix: string): Promise<void> {
  const shell = new AppShell(page)
  await expect(shell.heading()).toHaveText('Connect')
  await expect(shell.whatsAppBadge()).toContainText('Not connected')
  for (const screen of screens) {
    await shell.open(screen)
    const main = page.getByRole('main')
    await expect(main).toBeVisible()
    await expect(main).not.toContainText('Something went wrong')
    expect((await main.innerText()).trim().length).toBeGreaterThan(40)
    await expect(shell.whatsAppBadge()).toBeVisible()
    await shell.screenshot(testInfo, `${prefix}-${screen.toLowerCase()}`)
  }
}

/** Changes the default country and the daily cap, saves, and sees the confirmation. */
export async function changeSettings(page: Page): Promise<void> {
  const shell = new AppShell(page)
  const settings = new SettingsPage(page)
  await shell.open('Settings')
  await expect(settings.defaultCountry()).toBeVisible()
  await settings.defaultCountry().selectOption('GB')
  await settings.dailyCap().fill('70')
  await settings.save().click()
  await expect(settings.saved()).toBeVisible()
}

/** The settings changed by changeSettings are what the screen shows. */
export async function expectChangedSettings(page: Page): Promise<void> {
  const shell = new AppShell(page)
  const settings = new SettingsPage(page)
  await shell.open('Settings')
  await expect(settings.defaultCountry()).toHaveValue('GB')
  await expect(settings.dailyCap()).toHaveValue('70')
}
