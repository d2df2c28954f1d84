import type { Locator, Page, TestInfo } from '@playwright/test'
import { expect } from '@playwright/test'

export const screens = [
  'Connect',
  'Contacts',
  'Compose',
  'Campaigns',
  'Dashboard',
  'History',
  'Settings',
] as const
export type ScreenName = (typeof screens)[number]

/** Opens Herald at `url` and goes to `screen` by its navigation link; the shell, to go on from there. */
export async function openHerald(page: Page, url: string, screen: ScreenName): Promise<AppShell> {
  await page.goto(url)
  const shell = new AppShell(page)
  // The first screen is chosen once the campaigns are in: a click before that is overtaken by the landing
  await expect(shell.heading()).toBeVisible()
  await shell.open(screen)
  return shell
}

/** The frame around every screen: navigation, the screen's heading and the WhatsApp badge. */
export class AppShell {
  constructor(readonly page: Page) {}

  navLink(screen: ScreenName): Locator {
    return this.page.getByRole('navigation').getByRole('link', { name: screen, exact: true })
  }

  heading(): Locator {
    return this.page.getByRole('heading', { level: 1 })
  }

  whatsAppBadge(): Locator {
    return this.page
      .getByRole('status')
      .filter({ hasText: /WhatsApp/ })
      .first()
  }

  async open(screen: ScreenName): Promise<void> {
    await this.navLink(screen).click()
    await expect(this.heading()).toHaveText(screen)
  }

  async screenshot(testInfo: TestInfo, name: string): Promise<void> {
    const file = testInfo.outputPath(`${name}.png`)
    await this.page.screenshot({ path: file, fullPage: true })
    await testInfo.attach(name, { path: file, contentType: 'image/png' })
  }
}
