import type { Page } from '@playwright/test'
import { linkTestSteps } from '../src-shared/domain/link-test'
import { expect, test } from './fixtures'
import { AppShell } from './pages/app-shell'
import { ConnectPage } from './pages/connect-page'
import { prepareSpringOffer, selectByText } from './pages/dry-run-campaign'

// The rehearsal WhatsApp: a phone at hand that scans the code by itself; numbers ending in 0000 have no account
test.use({ whatsappClient: 'rehearsal' })

/** Presses Connect WhatsApp and waits for the rehearsal phone to scan the code and the account to load. */
async function linkRehearsalPhone(page: Page, url: string): Promise<ConnectPage> {
  const connect = new ConnectPage(page)
  await page.goto(url)
  await expect(connect.title()).toHaveText('Not connected')
  await expect(connect.testCard()).toBeHidden()
  await connect.button('Connect WhatsApp').click()
  await expect(connect.qrCode()).toBeVisible()
  await expect(connect.title()).toHaveText('Connected as Rehearsal Shop', { timeout: 15_000 })
  return connect
}

test('a test message to yourself goes through every step; a number without WhatsApp says what to do', async ({
  page,
  herald,
}, testInfo) => {
  const shell = new AppShell(page)
  const connect = await linkRehearsalPhone(page, herald.url)
  await expect(connect.testCard()).toContainText('under ‘Message yourself’')
  await expect(connect.sendTo()).toHaveAttribute('placeholder', /\+44 7911 123456/)

  await connect.sendTest().click()
  for (const step of linkTestSteps) await expect(connect.testStep(step)).toHaveAttribute('data-mark', 'done')
  await expect(connect.testSummary()).toHaveText(
    /^The test message went out and reached your phone in \d+\.\d s\.$/,
  )
  await expect(connect.testCard()).toContainText('To your own number, +44 7700 900001')
  await expect(connect.testStep('delivered')).toContainText(/Delivered to the phone \(done\)\d+\.\d s/)
  await expect(connect.testAdvice()).toBeHidden()
  await shell.screenshot(testInfo, 'connect-test-sent')

  // The test of this run is shown again when the screen opens again
  await shell.open('Contacts')
  await shell.open('Connect')
  await expect(connect.testSummary()).toContainText('reached your phone')

  // A number that cannot be a phone number is refused next to the field, and nothing is sent
  await connect.sendTo().fill('12')
  await connect.sendTest().click()
  await expect(connect.sendToError()).toContainText('That number cannot be used')
  await expect(connect.testSummary()).toContainText('reached your phone')

  await connect.sendTo().fill('+44 7911 200000')
  await connect.sendTest().click()
  await expect(connect.sendToError()).toBeHidden()
  await expect(connect.testStep('number')).toHaveAttribute('data-mark', 'failed')
  await expect(connect.testStep('connected')).toHaveAttribute('data-mark', 'done')
  await expect(connect.testStep('sent')).toHaveAttribute('data-mark', 'not_reached')
  await expect(connect.testStep('delivered')).toHaveAttribute('data-mark', 'not_reached')
  await expect(connect.testSummary()).toHaveText(
    '+44 7911 200000 has no WhatsApp account, so no test message was sent.',
  )
  await expect(connect.testAdvice()).toContainText('Check the number')
  await expect(connect.testCard()).toContainText('To +44 7911 200000')
  await shell.screenshot(testInfo, 'connect-test-no-account')
})

test('a live campaign offers a test message first, keeps the form, and no longer offers it after one', async ({
  page,
  herald,
}, testInfo) => {
  test.setTimeout(90_000)
  const shell = new AppShell(page)
  await linkRehearsalPhone(page, herald.url)
  await prepareSpringOffer(page, herald.url, 'Hello {{name}}, spring is here.')

  await page.goto(`${herald.url}#/campaigns/new`)
  const offer = page.getByRole('note').filter({ hasText: 'No test message has been sent' })
  await page.getByLabel('Campaign name').fill('Spring to fifty shops')
  await selectByText(page.getByLabel('Contact list'), 'Fifty shops')
  await expect(offer).toBeHidden()
  await page.getByRole('checkbox', { name: 'Dry run' }).uncheck()
  await expect(offer).toContainText('No test message has been sent on this WhatsApp login yet')
  // Only an offer: the campaign can still be started
  await expect(page.getByRole('button', { name: 'Create and start' })).toBeEnabled()
  await shell.screenshot(testInfo, 'campaign-test-offer')

  await offer.getByRole('link', { name: 'Send a test message first' }).click()
  await expect(shell.heading()).toHaveText('Connect')
  const connect = new ConnectPage(page)
  await connect.sendTest().click()
  await expect(connect.testStep('delivered')).toHaveAttribute('data-mark', 'done')
  await shell.screenshot(testInfo, 'connect-test-back-to-campaign')
  await page.getByRole('main').getByRole('link', { name: 'Back to your new campaign' }).click()

  await expect(shell.heading()).toHaveText('New campaign')
  await expect(page.getByLabel('Campaign name')).toHaveValue('Spring to fifty shops')
  await expect(page.getByRole('checkbox', { name: 'Dry run' })).not.toBeChecked()
  await expect(page.getByText('Messages will really be sent from Rehearsal Shop')).toBeVisible()
  await expect(offer).toBeHidden()

  // Herald started again: the date of the test is what is left of it, and Start no longer offers one
  await page.goto(await herald.restart())
  await expect(connect.title()).toHaveText('Connected as Rehearsal Shop', { timeout: 15_000 })
  await expect(connect.testCard()).toContainText(/Last test message sent on \d{1,2} \w{3} \d{4}, \d\d:\d\d/)
  await expect(connect.testSummary()).toBeHidden()
  await shell.screenshot(testInfo, 'connect-last-test')
  await shell.open('Campaigns')
  await page.getByRole('main').getByRole('link', { name: 'New campaign' }).click()
  await page.getByRole('checkbox', { name: 'Dry run' }).uncheck()
  await expect(page.getByText('Messages will really be sent from Rehearsal Shop')).toBeVisible()
  await expect(offer).toBeHidden()
})
