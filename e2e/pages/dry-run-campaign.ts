import type { Locator, Page } from '@playwright/test'
import { expect } from '@playwright/test'
import type { MessageStatus } from '../../src-shared/domain/campaigns'
import { ContactsPage } from './contacts-page'

/** The user's journey up to a finished dry run: a list, a message, a campaign sent at test pace. */

const fiftyContacts = [
  'Name,Phone,City',
  ...Array.from({ length: 50 }, (_, i) => `Shop ${i + 1},07911 ${String(200100 + i)},Leeds`),
].join('\n')

type ContactsFile = { file: string; csv: string; valid: number; list: string }

/** Imports a CSV of UK numbers through the import screen and saves it as `list`; `valid` numbers pass. */
export async function importContacts(page: Page, url: string, contactsFile: ContactsFile): Promise<void> {
  await page.goto(`${url}#/contacts/import`)
  const contacts = new ContactsPage(page)
  await contacts.fileInput().setInputFiles({
    name: contactsFile.file,
    mimeType: 'text/csv',
    buffer: Buffer.from(contactsFile.csv),
  })
  await contacts.country().selectOption('GB')
  await contacts.next('check the numbers')
  await expect(contacts.verdict('Valid')).toContainText(String(contactsFile.valid))
  await contacts.next('save the list')
  await contacts.listName().fill(contactsFile.list)
  await contacts.save()
  await expect(page.getByRole('heading', { name: contactsFile.list })).toBeVisible()
}

/** Imports 50 valid UK numbers as a list called "Fifty shops". */
export async function importFifty(page: Page, url: string): Promise<void> {
  await importContacts(page, url, { file: 'fifty.csv', csv: fiftyContacts, valid: 50, list: 'Fifty shops' })
}

/** Picks the option whose text contains `text`, whatever its value. */
export async function selectByText(select: Locator, text: string): Promise<void> {
  const value = await select.locator('option', { hasText: text }).first().getAttribute('value')
  await select.selectOption(value ?? '')
}

/** Writes and saves a message on Compose. */
export async function writeMessage(page: Page, name: string, body: string): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name: 'Compose', exact: true }).click()
  await page.getByLabel('Message name').fill(name)
  await page.getByLabel('Message', { exact: true }).fill(body)
  await page.getByRole('button', { name: 'Save message' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' }).first()).toBeVisible()
}

type DryRun = { name: string; list: string; message: string }

/** Opens New campaign and fills in its name, contact list and message; nothing is created yet. */
export async function fillNewCampaign(page: Page, url: string, run: DryRun): Promise<void> {
  await page.goto(`${url}#/campaigns/new`)
  await page.getByLabel('Campaign name').fill(run.name)
  await selectByText(page.getByLabel('Contact list'), run.list)
  await selectByText(page.getByLabel('Message', { exact: true }), run.message)
}

/** Creates a dry-run campaign at test pace and starts it; the page is then its live view. */
export async function startDryRun(page: Page, url: string, run: DryRun): Promise<void> {
  await fillNewCampaign(page, url, run)
  await page.getByRole('radio', { name: 'No waiting (rehearsal)' }).check()
  await expect(page.getByRole('checkbox', { name: 'Dry run' })).toBeChecked()
  await page.getByRole('button', { name: 'Create and start' }).click()
  await expect(progressBar(page)).toBeVisible()
}

const springOffer = '{Hi|Hello} {{name|there}}, the spring offers are in!'

/** Fifty shops imported and a message called "Spring offer" written, by default the usual greeting. */
export async function prepareSpringOffer(page: Page, url: string, body = springOffer): Promise<void> {
  await importFifty(page, url)
  await writeMessage(page, 'Spring offer', body)
}

/** The journey most specs start with: Fifty shops imported, "Spring offer" written, a dry run of it started. */
export async function startSpringRehearsal(
  page: Page,
  url: string,
  name = 'Spring rehearsal',
): Promise<void> {
  await prepareSpringOffer(page, url)
  await startDryRun(page, url, { name, list: 'Fifty shops', message: 'Spring offer' })
}

/** Stops the running campaign on its live view once more than `after` messages went out; waits until the rest is skipped. */
export async function stopPartWay(page: Page, after = 3): Promise<void> {
  await expect.poll(async () => (await liveCounts(page)).sent, { timeout: 30_000 }).toBeGreaterThan(after)
  await page.getByRole('button', { name: 'Stop' }).click()
  await page.getByRole('button', { name: 'Stop campaign' }).click()
  await expect(page.locator('.live-summary .chip')).toHaveText('Stopped', { timeout: 15_000 })
  // The unsent messages become skipped just after the campaign shows Stopped
  await expect.poll(async () => (await liveCounts(page)).queued).toBe(0)
}

export function progressBar(page: Page): Locator {
  return page.getByRole('progressbar', { name: 'Campaign progress' })
}

export async function percentDone(page: Page): Promise<number> {
  return Number(await progressBar(page).getAttribute('aria-valuenow'))
}

/** Waits on the live view until every message has an outcome. */
export async function waitUntilFinished(page: Page, timeout = 60_000): Promise<void> {
  await expect.poll(() => percentDone(page), { timeout }).toBe(100)
  await expect(page.locator('.live-summary .chip')).toHaveText('Finished', { timeout })
}

/** "1,234" → 1234. */
export function countIn(text: string): number {
  return Number(text.replace(/[^\d]/g, ''))
}

/**
 * The live view's counters: how far messages got, cumulative (`sent` includes those delivered, read and
 * replied), `queued` the "Waiting" card (those being sent included), then failed and skipped.
 */
export async function liveCounts(page: Page): Promise<Record<Exclude<MessageStatus, 'sending'>, number>> {
  const read = async (status: string): Promise<number> =>
    countIn(await page.locator(`.count-card--${status} .count-card__value`).innerText())
  return {
    queued: await read('queued'),
    sent: await read('sent'),
    delivered: await read('delivered'),
    read: await read('read'),
    replied: await read('replied'),
    failed: await read('failed'),
    skipped: await read('skipped'),
  }
}
