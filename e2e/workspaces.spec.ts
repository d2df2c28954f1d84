import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { AppShell } from './pages/app-shell'
import { importContacts, startSpringRehearsal } from './pages/dry-run-campaign'
import { WorkspaceSwitcher } from './pages/workspace-switcher'

const twoShops = 'Name,Phone\nAna,07911 123456\nBen,07911 123457\n'

/** axe's WCAG 2.1 AA findings on the page as it is now (see accessibility.spec.ts). */
async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze()
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
}

test.describe('workspaces', () => {
  test('a new workspace has none of the default one’s lists; switching back shows them again', async ({
    page,
    herald,
  }) => {
    await importContacts(page, herald.url, { file: 'shops.csv', csv: twoShops, valid: 2, list: 'First shop' })
    const shell = new AppShell(page)
    const switcher = new WorkspaceSwitcher(page)
    await switcher.expectShown('default')

    await switcher.fillNew('Default', 'Violet')
    await switcher.create()
    await expect(switcher.dialog().getByRole('alert')).toHaveText(
      /There is a workspace called "default" already/,
    )
    await page.screenshot({ path: '/tmp/ws-new.png' })
    expect(await violations(page)).toEqual([])
    await switcher.dialog().getByLabel('Name').fill('shop2')
    await switcher.create()
    await switcher.expectShown('shop2')
    // A new workspace starts where a new Herald does.
    await expect(shell.heading()).toHaveText('Connect')
    await shell.open('Contacts')
    await expect(page.getByRole('main')).not.toContainText('First shop')

    await switcher.open()
    await expect(switcher.menu().getByRole('menuitemradio', { name: /^shop2/ })).toHaveAttribute(
      'aria-checked',
      'true',
    )
    await page.screenshot({ path: '/tmp/ws-menu.png' })
    await page.screenshot({ path: '/tmp/ws-header.png', clip: { x: 0, y: 0, width: 520, height: 330 } })
    expect(await violations(page)).toEqual([])
    await page.keyboard.press('Escape')
    await expect(switcher.menu()).toBeHidden()

    await switcher.choose('default')
    await switcher.expectShown('default')
    await shell.open('Contacts')
    await expect(page.getByRole('link', { name: 'First shop' })).toBeVisible()
  })

  test('unsaved work is asked about once, in Herald’s words, before the switch', async ({ page, herald }) => {
    await page.goto(herald.url)
    const switcher = new WorkspaceSwitcher(page)
    await switcher.fillNew('shop2', 'Pink')
    await switcher.create()
    await switcher.expectShown('shop2')
    await new AppShell(page).open('Compose')
    await page.getByLabel('Message name').fill('Half written')
    const questions: string[] = []
    page.on('dialog', (dialog) => {
      questions.push(dialog.type())
      void dialog.dismiss()
    })
    await switcher.choose('default')
    const question = page.getByRole('dialog', { name: 'Switch to “default”?' })
    await expect(question).toContainText('You have not saved your changes to this message.')
    await question.getByRole('button', { name: 'Switch' }).click()
    await switcher.expectShown('default')
    // The browser's own "Leave site?" would have held the reload back: it was not asked.
    expect(questions).toEqual([])
  })

  test('a campaign sending when the user switches goes on in the background, after a question', async ({
    page,
    herald,
  }) => {
    await startSpringRehearsal(page, herald.url)
    const switcher = new WorkspaceSwitcher(page)
    await switcher.fillNew('shop2', 'Teal')
    await switcher.create()
    const question = page.getByRole('dialog', { name: 'Switch to “shop2”?' })
    await expect(question).toContainText(
      'The campaign “Spring rehearsal” keeps sending in the background in the workspace “default”.',
    )
    await page.screenshot({ path: '/tmp/ws-question.png' })
    await question.getByRole('button', { name: 'Switch' }).click()
    await switcher.expectShown('shop2')
    await expect(switcher.background()).toHaveText('“default” is sending in the background')
    await page.screenshot({ path: '/tmp/ws-background.png' })
    // Done in the background: the note goes once the workspace has closed.
    await expect(switcher.background()).toBeHidden({ timeout: 45_000 })

    await switcher.choose('default')
    await switcher.expectShown('default')
    await page.getByRole('navigation').getByRole('link', { name: 'History', exact: true }).click()
    await page.getByRole('link', { name: 'Spring rehearsal' }).first().click()
    // Every message went or failed while the window showed another workspace.
    await expect(page.getByRole('main')).toContainText('Finished')
    await expect(page.getByRole('main')).toContainText('(50 attempted)')
  })
})
