import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

// Issue 20: every screen in Spanish and in Arabic (right to left), over a few weeks of history: its heading in
// the language, nothing wider than the window, and no word left in English where the catalogues have one.

type Catalogue = Record<string, string>
const messages = path.join(__dirname, '..', 'src-shared', 'i18n', 'messages')
function catalogue(locale: string): Catalogue {
  const folder = path.join(messages, locale)
  return Object.assign(
    {},
    ...fs
      .readdirSync(folder)
      .filter((file) => file.endsWith('.json'))
      .map((file) => JSON.parse(fs.readFileSync(path.join(folder, file), 'utf8')) as Catalogue),
  ) as Catalogue
}
const english = catalogue('en')

/** The screens of the navigation, by their key (shell.nav.<id>, screens.<id>.title). */
const tour = [
  'connect',
  'contacts',
  'compose',
  'campaigns',
  'dashboard',
  'history',
  'inbox',
  'reports',
  'alerts',
  'settings',
]

/** English messages without placeholders that read otherwise in `locale`: shown as they are, they were missed. */
function untranslated(locale: Catalogue): string[] {
  return Object.entries(english)
    .filter(([key, text]) => !/[{<]/.test(text) && text.length >= 4 && locale[key] !== text)
    .map(([, text]) => text)
}

async function chooseLanguage(page: Page, value: string): Promise<void> {
  await page.locator('#setting-app-language').selectOption(value)
  await page.locator('form.settings-form button[type="submit"]').click()
  await expect(page.locator('html')).toHaveAttribute('lang', value)
}

/** The texts on screen that are exactly one of `words`. */
function englishOnScreen(page: Page, words: string[]): Promise<string[]> {
  return page.evaluate((list) => {
    const wanted = new Set(list)
    const found = new Set<string>()
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim() ?? ''
      const element = node.parentElement
      if (text && wanted.has(text) && element && element.getClientRects().length > 0) found.add(text)
    }
    for (const element of document.querySelectorAll('[aria-label],[title],[placeholder]')) {
      for (const name of ['aria-label', 'title', 'placeholder']) {
        const text = element.getAttribute(name)?.trim()
        if (text && wanted.has(text)) found.add(text)
      }
    }
    return [...found]
  }, words)
}

for (const locale of ['es', 'ar'] as const) {
  test(`every screen in ${locale === 'es' ? 'Spanish' : 'Arabic'}`, async ({ page, herald }, testInfo) => {
    test.setTimeout(90_000)
    const words = catalogue(locale)
    // A few weeks of history, as `herald dev seed` makes it, so the screens have figures to show
    execFileSync(process.execPath, [
      path.join(__dirname, '..', 'out', 'main', 'cli.js'),
      '--data-dir',
      herald.dataDir,
      'dev',
      'seed',
      '--campaigns',
      '4',
      '--messages',
      '800',
      '--seed',
      'tour',
    ])
    await page.goto(`${herald.url}#/settings`)
    await chooseLanguage(page, locale)
    await expect(page.locator('html')).toHaveAttribute('dir', locale === 'ar' ? 'rtl' : 'ltr')
    const missed = untranslated(words)
    const nav = page.getByRole('navigation').first()
    for (const id of tour) {
      await nav.getByRole('link', { name: words[`shell.nav.${id}`], exact: true }).click()
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(words[`screens.${id}.title`]!)
      const main = page.getByRole('main')
      await expect(main).not.toContainText(words['app.crash.title']!)
      // Let the screen's figures arrive before judging its width and its words
      await page.waitForLoadState('networkidle')
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      )
      expect({ screen: id, overflow: overflow > 1 ? overflow : 0 }).toEqual({ screen: id, overflow: 0 })
      expect({ screen: id, english: await englishOnScreen(page, missed) }).toEqual({
        screen: id,
        english: [],
      })
      await page.screenshot({ path: testInfo.outputPath(`${locale}-${id}.png`), fullPage: true })
    }
  })
}
