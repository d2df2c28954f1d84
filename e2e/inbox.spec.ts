import fs from 'node:fs'
import path from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { needLibreOffice, readWithLibreOffice } from '../src-main/reports/fixtures.test-support'
import { expect, test } from './fixtures'
import { startSpringRehearsal } from './pages/dry-run-campaign'
import { InboxPage } from './pages/inbox-page'

// Everyone who reads the rehearsal's message answers (some of them STOP), so the Inbox fills within seconds
test.use({ hostEnv: { HERALD_DRY_RUN_REPLY_RATE: '1' } })

/** Where the pictures of this spec go, to be looked at by a person. */
const pictures = process.env.HERALD_INBOX_PICTURES ?? '/tmp'

type Recorded = { title: string; body: string | undefined }
type Recorder = {
  shown: (Recorded & { click(): void })[]
  asked: number
}

/**
 * The browser's Notification, as a user would answer it: not asked yet, and allowed when asked (which the
 * browser remembers for the page). It keeps what Herald showed and how often it asked, and a shown one can
 * be clicked as the desktop would.
 */
function fakeNotifications(): void {
  const recorder: Recorder = { shown: [], asked: 0 }
  const remembered = 'fake-notification-permission'
  class RecordingNotification {
    static get permission(): NotificationPermission {
      return localStorage.getItem(remembered) === 'granted' ? 'granted' : 'default'
    }
    static requestPermission(): Promise<NotificationPermission> {
      recorder.asked += 1
      localStorage.setItem(remembered, 'granted')
      return Promise.resolve('granted')
    }
    onclick: ((event: Event) => void) | null = null
    constructor(title: string, options?: NotificationOptions) {
      recorder.shown.push({
        title,
        body: options?.body,
        click: () => this.onclick?.(new Event('click', { cancelable: true })),
      })
    }
    close(): void {}
  }
  Object.assign(window, { Notification: RecordingNotification, heraldNotifications: recorder })
}

const recorded = (page: Page): Promise<{ shown: Recorded[]; asked: number }> =>
  page.evaluate(() => {
    const recorder = (window as unknown as { heraldNotifications: Recorder }).heraldNotifications
    return { shown: recorder.shown.map(({ title, body }) => ({ title, body })), asked: recorder.asked }
  })

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze()
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
}

test('a rehearsal’s replies in the Inbox: counted, opened, marked Lead with a note, filtered and exported', async ({
  page,
  herald,
}, testInfo) => {
  test.setTimeout(180_000)
  const inbox = new InboxPage(page)
  await page.addInitScript(fakeNotifications)
  await startSpringRehearsal(page, herald.url, 'Spring rehearsal')

  // Rehearsal replies are kept apart until asked for: the Inbox says how to see them, and counts none
  await inbox.open()
  await expect(page.getByText('No replies yet')).toBeVisible()
  await expect(page.getByText('tick Show rehearsal replies above')).toBeVisible()
  expect(await inbox.badgeCount()).toBe(0)
  // The browser is never asked on load: only the Inbox's button asks
  expect((await recorded(page)).asked).toBe(0)
  await page.getByRole('button', { name: 'Turn on desktop notifications' }).click()
  await expect(page.getByRole('button', { name: 'Turn on desktop notifications' })).toBeHidden()
  expect((await recorded(page)).asked).toBe(1)

  await inbox.showRehearsal().check()
  await expect(inbox.rows().first()).toBeVisible({ timeout: 60_000 })
  await expect(inbox.rows().first()).toContainText('Rehearsal')
  await expect.poll(() => inbox.badgeCount(), { timeout: 30_000 }).toBeGreaterThan(0)
  // Replies go on arriving; each one the user wants to hear of is a desktop notification
  await expect.poll(async () => (await recorded(page)).shown.length, { timeout: 60_000 }).toBeGreaterThan(0)
  const [notice] = (await recorded(page)).shown
  expect(notice?.title).toMatch(/^Shop \d+ replied \(rehearsal\)$/)
  expect(await axeViolations(page)).toEqual([])

  // Clicking the notification opens its conversation
  await page.evaluate(() =>
    (window as unknown as { heraldNotifications: Recorder }).heraldNotifications.shown[0]?.click(),
  )
  await expect(page).toHaveURL(/#\/inbox\/\d+$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Shop \d+$/)

  // A conversation still New: what they got, what they said, and that nothing can be sent to a rehearsal
  await page.goto(`${herald.url}#/inbox`)
  await inbox.filter('Status').selectOption({ label: 'New' })
  const row = inbox.rows().first()
  await expect(row.locator('.chip')).toHaveText('New')
  await inbox.contactLink(row).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Shop \d+$/)
  const name = (await page.getByRole('heading', { level: 1 }).innerText()).trim()
  const thread = page.getByRole('region', { name: 'Conversation' })
  await expect(thread.getByLabel('The message they replied to')).toContainText(
    `${name}, the spring offers are in!`,
  )
  await expect(thread.getByRole('list', { name: 'Messages' }).getByRole('listitem')).not.toHaveCount(0)
  await expect(inbox.contactPanel()).toContainText('Rehearsal')
  await expect(inbox.answerBox()).toContainText(
    "This is a dry run's invented reply: nothing can be sent to it.",
  )
  await expect(inbox.answerBox().getByRole('textbox')).toBeDisabled()
  const whatsApp = inbox.contactPanel().getByRole('link', { name: 'Open in WhatsApp' })
  await expect(whatsApp).toHaveAttribute('href', /^https:\/\/wa\.me\/447911\d{6}$/)
  await expect(whatsApp).toHaveAttribute('target', '_blank')
  await expect(whatsApp).toHaveAttribute('rel', 'noopener noreferrer')

  const note = 'Wants prices for 20 units – call back Tuesday'
  await inbox.note().fill(note)
  await inbox.mark('Mark Lead').click()
  await expect(inbox.contactPanel().getByRole('status')).toHaveText('Marked Lead.')
  await expect(inbox.contactPanel().locator('.chip')).toHaveText('Lead')
  expect(await axeViolations(page)).toEqual([])
  await page.screenshot({ path: path.join(pictures, 'inbox-conversation.png'), fullPage: true })

  // Filtered by Lead, the Inbox shows that one conversation, with the note kept
  await page.getByRole('link', { name: '← Inbox' }).click()
  await inbox.filter('Status').selectOption({ label: 'Any status' })
  await expect.poll(async () => inbox.rows().count(), { timeout: 60_000 }).toBeGreaterThanOrEqual(6)
  await page.screenshot({ path: path.join(pictures, 'inbox-list.png'), fullPage: true })
  await inbox.filter('Status').selectOption({ label: 'Lead' })
  await expect(inbox.count()).toHaveText('1 conversation')
  await expect(inbox.rows()).toHaveCount(1)
  await expect(inbox.rows().first()).toContainText(name)
  await page.screenshot({ path: path.join(pictures, 'inbox-leads.png'), fullPage: true })

  // Export leads as CSV and open it in LibreOffice: the lead's row, with its status and note
  await inbox.exportButton().click()
  const dialog = inbox.exportDialog()
  await expect(dialog).toContainText('1 conversation marked Lead')
  await dialog.getByRole('radio', { name: 'CSV' }).check()
  await dialog.getByRole('button', { name: /^Save/ }).click()
  await expect(dialog).toContainText('The leads are saved.')
  const file = (await dialog.locator('.saved-file__path').innerText()).trim()
  expect(path.dirname(file)).toBe(path.join(herald.dataDir, 'exports'))
  expect(fs.existsSync(file)).toBe(true)
  await dialog.getByRole('button', { name: 'Done' }).click()

  needLibreOffice({ skip: (why) => test.skip(true, why) })
  const [sheet = []] = [...readWithLibreOffice(file, testInfo.outputPath('libreoffice')).values()]
  const [header = [], ...rows] = sheet.filter((r) => r.some((cell) => cell !== ''))
  const cell = (r: string[], column: string): string | undefined => r[header.indexOf(column)]
  expect(header).toEqual(expect.arrayContaining(['Name', 'Phone', 'Status', 'Note']))
  expect(rows).toHaveLength(1)
  const [lead = []] = rows
  expect(cell(lead, 'Name')).toBe(name)
  expect(cell(lead, 'Status')).toBe('Lead')
  expect(cell(lead, 'Note')).toBe(note)

  // Settings → Inbox: the toggle on the Inbox is the setting
  await page.getByRole('navigation').getByRole('link', { name: 'Settings', exact: true }).click()
  const section = page.getByRole('region', { name: 'Inbox', exact: true })
  await section.scrollIntoViewIfNeeded()
  await expect(section.getByRole('radio', { name: 'Yes, show them (marked as rehearsal)' })).toBeChecked()
  await expect(section.getByRole('radio', { name: 'Every reply' })).toBeChecked()
  await expect(section.getByLabel('Lead words')).toHaveValue(/how much/)
  await section.screenshot({ path: path.join(pictures, 'inbox-settings.png') })
})
