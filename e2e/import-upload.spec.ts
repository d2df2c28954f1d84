import fs from 'node:fs'
import path from 'node:path'
import type { Page, Request } from '@playwright/test'
import { expect, test } from './fixtures'
import { openHerald } from './pages/app-shell'
import { ContactsPage } from './pages/contacts-page'

// The browser run sends a chosen or dropped file to the host's /upload as a streamed POST, never over the
// WebSocket and never as base64: these tests watch both and check which one carried the file.

const shops = Array.from(
  { length: 120 },
  (_, i) => `Upload shop ${i + 1},+44 7911 ${String(200_000 + i).padStart(6, '0')},Leeds`,
)
const csv = Buffer.from(`Name,Phone,City\n${shops.join('\n')}\n`)
const logo = fs.readFileSync(path.join(__dirname, '..', 'resources', 'icon.png'))

type Traffic = { socketFrames: string[]; uploads: Request[] }

/** Everything the page sends over the WebSocket, and every /upload request. */
function watch(page: Page): Traffic {
  const traffic: Traffic = { socketFrames: [], uploads: [] }
  page.on('websocket', (socket) => {
    socket.on('framesent', (frame) => {
      traffic.socketFrames.push(
        typeof frame.payload === 'string' ? frame.payload : frame.payload.toString('utf8'),
      )
    })
  })
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === '/upload') traffic.uploads.push(request)
  })
  return traffic
}

/**
 * The file went by /upload, with this run's key, its name and all its bytes (Chromium hands over neither a
 * body read from a file nor its size, but sends its length), and none of it over the WebSocket.
 */
async function expectSentByUpload(traffic: Traffic, file: Buffer, name: string): Promise<void> {
  expect(traffic.uploads).toHaveLength(1)
  const upload = traffic.uploads[0]!
  const query = new URL(upload.url()).searchParams
  expect(upload.method()).toBe('POST')
  expect(query.get('name')).toBe(name)
  expect(query.get('token')).toBeTruthy()
  expect((await upload.allHeaders())['content-length']).toBe(String(file.length))
  expect((await upload.response())?.status()).toBe(200)
  const base64 = file.toString('base64')
  expect(traffic.socketFrames.length).toBeGreaterThan(0)
  for (const frame of traffic.socketFrames) {
    expect(frame.length).toBeLessThan(4000)
    expect(frame).not.toContain(base64.slice(0, 40))
    expect(frame).not.toContain(base64.slice(-40, -4))
    expect(frame).not.toContain('Upload shop 60')
  }
}

async function dropFile(page: Page, target: string, file: Buffer, name: string, type: string): Promise<void> {
  const transfer = await page.evaluateHandle(
    ({ bytes, fileName, mime }) => {
      const data = new DataTransfer()
      data.items.add(new File([new Uint8Array(bytes)], fileName, { type: mime }))
      return data
    },
    { bytes: [...file], fileName: name, mime: type },
  )
  await page.getByRole('region', { name: target }).dispatchEvent('drop', { dataTransfer: transfer })
}

async function expectShopsOpened(page: Page): Promise<void> {
  const contacts = new ContactsPage(page)
  await contacts.country().selectOption('GB')
  await expect(contacts.columnUse('City')).toBeVisible()
  await contacts.next('check the numbers')
  await expect(contacts.verdict('Valid')).toContainText('120')
}

test.describe('a chosen file goes to Herald by upload, not over the WebSocket', () => {
  test('a spreadsheet dropped on the import page', async ({ page, herald }, testInfo) => {
    const traffic = watch(page)
    await page.goto(`${herald.url}#/contacts/import`)
    await expect(page.getByRole('region', { name: 'Choose your spreadsheet' })).toBeVisible()
    await page.screenshot({ path: testInfo.outputPath('import-choose.png') })
    await dropFile(page, 'Choose your spreadsheet', csv, 'leeds shops.csv', 'text/csv')
    await expect(new ContactsPage(page).country()).toBeVisible()
    await page.screenshot({ path: testInfo.outputPath('import-columns.png'), fullPage: true })
    await expectShopsOpened(page)
    await expectSentByUpload(traffic, csv, 'leeds shops.csv')
  })

  test('a spreadsheet chosen with the file picker', async ({ page, herald }) => {
    const traffic = watch(page)
    await page.goto(`${herald.url}#/contacts/import`)
    const choosing = page.waitForEvent('filechooser')
    await page.getByRole('button', { name: 'Choose a file' }).click()
    await (await choosing).setFiles({ name: 'shops.csv', mimeType: 'text/csv', buffer: csv })
    await expectShopsOpened(page)
    await expectSentByUpload(traffic, csv, 'shops.csv')
  })

  test('a spreadsheet over 50 MB is refused in the page, before anything is sent', async ({
    page,
    herald,
  }) => {
    const traffic = watch(page)
    await page.goto(`${herald.url}#/contacts/import`)
    await page.evaluate(() => {
      const huge = new File([new Uint8Array(50 * 1024 * 1024 + 1)], 'huge.csv', { type: 'text/csv' })
      const data = new DataTransfer()
      data.items.add(huge)
      const zone = document.querySelector('section[aria-label="Choose your spreadsheet"]')
      zone?.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }))
    })
    await expect(page.getByRole('alert')).toContainText('The file is larger than 50 MB')
    expect(traffic.uploads).toHaveLength(0)
  })

  test('a picture attached on Compose, dropped and chosen', async ({ page, herald }) => {
    const traffic = watch(page)
    await openHerald(page, herald.url, 'Compose')
    await dropFile(page, 'Attachment', logo, 'shop-logo.png', 'image/png')
    const card = page.getByRole('region', { name: 'Attachment' })
    await expect(card).toContainText('shop-logo.png')
    await expect(card).toContainText('Image · 21 KB')
    const thumbnail = card.locator('img.attachment__thumb')
    await expect(thumbnail).toBeVisible()
    expect(await thumbnail.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(512)
    await expectSentByUpload(traffic, logo, 'shop-logo.png')

    await page.getByLabel('Image or PDF to attach').setInputFiles({
      name: 'logo again.png',
      mimeType: 'image/png',
      buffer: logo,
    })
    await expect(card).toContainText('logo again.png')
    expect(traffic.uploads.map((u) => new URL(u.url()).searchParams.get('name'))).toEqual([
      'shop-logo.png',
      'logo again.png',
    ])
  })
})
