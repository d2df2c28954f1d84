import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

// Issue 20: the language of Settings applies at once, without a reload; Arabic turns the page right to left.

const chooseLanguage = async (page: Page, value: string): Promise<void> => {
  // The field and the button are found by what they are, not by their words, which change with the language
  await page.locator('#setting-app-language').selectOption(value)
  await page.locator('form.settings-form button[type="submit"]').click()
}

const nav = (page: Page) => page.getByRole('navigation').first()

test('Settings → Language: Spanish, then Arabic right to left, then English again, without a reload', async ({
  page,
  herald,
}, testInfo) => {
  await page.goto(`${herald.url}#/settings`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Settings')
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr')
  // A reload would lose this mark: the language must change in the page as it is
  await page.evaluate(() => Object.assign(window, { stillTheSamePage: true }))

  await chooseLanguage(page, 'es')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ajustes')
  await expect(page.locator('html')).toHaveAttribute('lang', 'es')
  await expect(nav(page).getByRole('link', { name: 'Panel' })).toBeVisible()
  await expect(nav(page).getByRole('link', { name: 'Campañas' })).toBeVisible()
  await nav(page).getByRole('link', { name: 'Panel' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Panel')
  await expect(page).toHaveTitle('Panel · Herald')
  await page.screenshot({ path: testInfo.outputPath('dashboard-es.png') })

  await nav(page).getByRole('link', { name: 'Ajustes' }).click()
  await chooseLanguage(page, 'ar')
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('الإعدادات')
  await expect(nav(page).getByRole('link', { name: 'الحملات' })).toBeVisible()
  // The navigation sits on the right in Arabic
  const sidebar = await page.locator('.sidebar').boundingBox()
  const viewport = page.viewportSize()
  expect(sidebar && viewport && sidebar.x > viewport.width / 2).toBe(true)
  await page.screenshot({ path: testInfo.outputPath('settings-ar.png') })

  await chooseLanguage(page, 'en')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Settings')
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr')
  expect(await page.evaluate(() => 'stillTheSamePage' in window)).toBe(true)

  // Kept: the next visit opens in the language saved
  await chooseLanguage(page, 'pt-BR')
  await page.reload()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Configurações')
})
