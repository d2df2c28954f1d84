import path from 'node:path'
import { expect, test } from './fixtures'
import { openHerald } from './pages/app-shell'
import { ContactsPage } from './pages/contacts-page'

const fixture = (name: string): string => path.join(__dirname, '..', 'src-main', 'import', 'fixtures', name)

test.describe('contacts', () => {
  test('import the sample, change a mapping, check the verdicts, save and open the list', async ({
    page,
    herald,
  }, testInfo) => {
    await openHerald(page, herald.url, 'Contacts')
    const contacts = new ContactsPage(page)
    await page.screenshot({ path: testInfo.outputPath('contacts-empty.png') })
    await contacts.trySample().click()
    await contacts.country().selectOption('GB')
    await expect(contacts.columnUse('Owner')).toBeVisible()
    await contacts.columnUse('Owner').selectOption({ label: 'Do not import' })
    await expect(contacts.columnUse('Owner')).toHaveValue('ignore')
    await page.screenshot({ path: testInfo.outputPath('contacts-columns.png'), fullPage: true })
    await contacts.next('check the numbers')
    await expect(contacts.verdict('Valid')).toContainText('22')
    await expect(contacts.verdict('Invalid')).toContainText('1')
    await expect(contacts.verdict('Duplicates')).toContainText('2')
    await contacts.verdict('Duplicates').click()
    await expect(page.getByRole('table')).toContainText(/row 5/i)
    await page.screenshot({ path: testInfo.outputPath('contacts-check.png') })
    await contacts.next('save the list')
    await contacts.listName().fill('Sample shops')
    await contacts.save()
    await expect(page.getByRole('heading', { name: 'Sample shops' })).toBeVisible()
    await expect(page.getByRole('table')).toContainText('+44')
    await page.getByLabel('Search contacts').fill('Bakery')
    await expect(page.getByText('1 shown')).toBeVisible()
    await expect(page.getByRole('table')).toContainText('Rose & Crown')
    await page.screenshot({ path: testInfo.outputPath('contacts-list.png') })
    await contacts.open()
    await expect(page.getByRole('link', { name: 'Sample shops' })).toBeVisible()
  })

  test('a messy workbook from LibreOffice imports with every number right', async ({ page, herald }) => {
    await page.goto(`${herald.url}#/contacts/import`)
    const contacts = new ContactsPage(page)
    await contacts.fileInput().setInputFiles(fixture('contacts-uk.xlsx'))
    await contacts.country().selectOption('GB')
    await expect(page.getByText(/row 4/i).first()).toBeVisible()
    await contacts.next('check the numbers')
    await expect(contacts.verdict('Valid')).toContainText('5')
    await contacts.verdict('Invalid').click()
    await expect(page.getByRole('table')).toContainText('Excel shortened this number')
    await contacts.verdict('Valid').click()
    await expect(page.getByRole('table')).toContainText('+44 7911 123456')
  })

  test('a file that is not a spreadsheet is explained and nothing is lost', async ({ page, herald }) => {
    await page.goto(`${herald.url}#/contacts/import`)
    const contacts = new ContactsPage(page)
    await contacts.fileInput().setInputFiles(fixture('not-a-spreadsheet.png'))
    await expect(page.getByRole('alert')).toContainText('not a spreadsheet Herald can read')
    await expect(page.getByRole('button', { name: 'Choose another file' })).toBeVisible()
  })
})
