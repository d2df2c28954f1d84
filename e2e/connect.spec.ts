import fs from 'node:fs'
import type { Page, TestInfo } from '@playwright/test'
import { notConnected } from '../src-shared/domain/whatsapp'
import type { WhatsAppProblem, WhatsAppState } from '../src-shared/domain/whatsapp'
import { expect, test } from './fixtures'
import { AppShell } from './pages/app-shell'
import { ConnectPage, recordStates, WhatsAppSimulator } from './pages/connect-page'

/** Browsers started for this data folder: whatsapp-web.js keeps the browser's profile inside it. */
function browsersFor(dataDir: string): number[] {
  if (process.platform !== 'linux') return []
  return fs
    .readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      try {
        return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(`--user-data-dir=${dataDir}`)
      } catch {
        return false // the process ended while we looked
      }
    })
    .map(Number)
}

async function shot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  await new AppShell(page).screenshot(testInfo, name)
}

test.describe('Connect, on a machine without internet', () => {
  test.setTimeout(150_000)
  // The host starts the real whatsapp-web.js in a real Chromium
  test.use({ realClock: true })

  test('pressing Connect ends in "no connection" with advice; Try again starts over', async ({
    page,
    herald,
  }, testInfo) => {
    const shell = new AppShell(page)
    const connect = new ConnectPage(page)
    const states = recordStates(page)
    await page.goto(herald.url)
    await expect(shell.heading()).toHaveText('Connect')
    await expect(connect.title()).toHaveText('Not connected')
    await shot(page, testInfo, 'connect-not-connected')

    await connect.button('Connect WhatsApp').click()
    await expect(connect.title()).toHaveText('No connection to WhatsApp Web', { timeout: 45_000 })
    expect(states[0]).toBe('starting')
    await expect(connect.advice()).toContainText(/\w{3,}/)
    await expect(connect.button('Try again')).toBeEnabled()
    await expect(shell.whatsAppBadge()).toContainText('Not reachable')
    await shot(page, testInfo, 'connect-unreachable')

    // The header shows the problem on every screen, and leads back to Connect.
    await shell.open('Contacts')
    await expect(shell.whatsAppBadge()).toContainText('Not reachable')
    await shell.whatsAppBadge().click()
    await expect(shell.heading()).toHaveText('Connect')

    // The failed attempt closed its browser.
    await expect.poll(() => browsersFor(herald.dataDir), { timeout: 15_000 }).toEqual([])

    const before = states.length
    await connect.button('Try again').click()
    await expect.poll(() => states.slice(before).at(-1), { timeout: 45_000 }).toMatch(/:unreachable$/)
    expect(states[before]).toBe('starting')
    await expect(connect.title()).toHaveText('No connection to WhatsApp Web')
    await expect(connect.button('Try again')).toBeEnabled()
    await expect.poll(() => browsersFor(herald.dataDir), { timeout: 15_000 }).toEqual([])
  })
})

const at = (second: number): string => new Date(Date.UTC(2026, 10, 23, 10, 0, second)).toISOString()
const bella = { name: 'Bella Bakery', phone: '+44 7700 900123' }
const state = (patch: Partial<WhatsAppState>): WhatsAppState => ({ ...notConnected, ...patch })
const problemState = (kind: WhatsAppProblem, message: string, advice: string): WhatsAppState =>
  state({ status: 'disconnected', problem: { kind, message, advice }, since: at(50) })

test.describe('Connect, every state the host can report', () => {
  test('from the QR code to a linked phone, and logging out', async ({ page, herald }, testInfo) => {
    const whatsapp = await WhatsAppSimulator.install(page, notConnected)
    const shell = new AppShell(page)
    const connect = new ConnectPage(page)
    await page.goto(herald.url)
    await connect.button('Connect WhatsApp').click()
    await expect(connect.title()).toHaveText('Opening WhatsApp Web…')
    await expect(connect.button('Cancel')).toBeEnabled()
    await expect(shell.whatsAppBadge()).toContainText('Connecting…')
    await shot(page, testInfo, 'connect-starting')

    whatsapp.push(state({ status: 'waiting_for_scan', qr: '2@first-code,AbC=,DeF=,1', since: at(5) }))
    await expect(connect.qrCode()).toBeVisible()
    await expect(connect.qrCode()).toHaveAttribute('data-qr-text', '2@first-code,AbC=,DeF=,1')
    await expect(page.getByText('The code refreshes by itself')).toBeVisible()
    await expect(shell.whatsAppBadge()).toContainText('Scan the QR code')
    const box = await connect.qrCode().boundingBox()
    expect(box?.width).toBeGreaterThanOrEqual(240)
    await shot(page, testInfo, 'connect-scan')
    whatsapp.push(state({ status: 'waiting_for_scan', qr: '2@second-code,GhI=,JkL=,1', since: at(25) }))
    await expect(connect.qrCode()).toHaveAttribute('data-qr-text', '2@second-code,GhI=,JkL=,1')

    whatsapp.push(state({ status: 'authenticating', since: at(30) }))
    await expect(connect.title()).toHaveText('Linking your phone…')
    await expect(connect.qrCode()).toBeHidden()
    whatsapp.push(state({ status: 'syncing', detail: 'Loading your chats 45%', since: at(32) }))
    await expect(connect.progress()).toHaveAttribute('value', '45')
    await expect(page.getByText('Loading your chats 45%')).toBeVisible()
    await shot(page, testInfo, 'connect-syncing')

    whatsapp.push(state({ status: 'ready', account: bella, since: at(40) }))
    await expect(connect.title()).toHaveText('Connected as Bella Bakery')
    await expect(connect.status()).toContainText('+44 7700 900123')
    await expect(shell.whatsAppBadge()).toContainText('Connected as Bella Bakery')
    await shot(page, testInfo, 'connect-ready')

    await connect.button('Log out').click()
    await expect(connect.dialog()).toContainText('scan a new QR code')
    await shot(page, testInfo, 'connect-logout-dialog')
    await connect.dialog().getByRole('button', { name: 'Log out' }).click()
    await expect(connect.dialog()).toBeHidden()
    await expect(connect.title()).toHaveText('Not connected')
    expect(whatsapp.channels()).toEqual(['whatsapp:get-state', 'whatsapp:connect', 'whatsapp:logout'])
  })

  test('a start can be cancelled while the code waits for a scan', async ({ page, herald }) => {
    const whatsapp = await WhatsAppSimulator.install(page, notConnected)
    const connect = new ConnectPage(page)
    await page.goto(herald.url)
    await connect.button('Connect WhatsApp').click()
    whatsapp.push(state({ status: 'waiting_for_scan', qr: '2@code,AbC=,DeF=,1', since: at(5) }))
    await expect(connect.qrCode()).toBeVisible()
    await connect.button('Cancel').click()
    await expect(connect.title()).toHaveText('Not connected')
    await expect(connect.qrCode()).toBeHidden()
    expect(whatsapp.channels()).toContain('whatsapp:cancel')
  })

  test('each problem says what happened, what to do, and offers the next step', async ({
    page,
    herald,
  }, testInfo) => {
    const whatsapp = await WhatsAppSimulator.install(page, notConnected)
    const shell = new AppShell(page)
    const connect = new ConnectPage(page)
    await page.goto(herald.url)
    await expect(connect.title()).toHaveText('Not connected')

    const cases: [WhatsAppProblem, string, string, string][] = [
      ['session_expired', 'Your WhatsApp session has expired', 'Scan again', 'Session expired'],
      ['browser_crashed', 'WhatsApp Web stopped working', 'Try again', 'Browser closed'],
      ['stuck_loading', 'WhatsApp Web is stuck loading', 'Try again', 'Stuck loading'],
      ['logged_out', 'Herald is no longer linked', 'Scan again', 'Logged out'],
    ]
    for (const [kind, title, button, badge] of cases) {
      whatsapp.push(problemState(kind, `The ${kind} message.`, `The ${kind} advice.`))
      await expect(connect.title()).toHaveText(title)
      await expect(connect.status()).toContainText(`The ${kind} message.`)
      await expect(connect.advice()).toContainText(`The ${kind} advice.`)
      await expect(connect.button(button)).toBeEnabled()
      await expect(shell.whatsAppBadge()).toContainText(badge)
      await shot(page, testInfo, `connect-problem-${kind}`)
    }

    whatsapp.push(
      problemState(
        'no_browser',
        'Herald needs Google Chrome, Chromium or Microsoft Edge and found none on this computer.',
        'Install Google Chrome, or enter where your browser is in Settings → WhatsApp.',
      ),
    )
    await expect(connect.title()).toHaveText('No browser found')
    await shot(page, testInfo, 'connect-problem-no_browser')
    await connect.link('Set the browser in Settings').click()
    await expect(shell.heading()).toHaveText('Settings')
    await expect(page.getByLabel('Browser for WhatsApp')).toBeFocused()
    await page.screenshot({ path: testInfo.outputPath('settings-whatsapp.png') })
    // Two copies of WhatsApp Web to choose from: the saved one, or the newest each time
    await expect(page.getByLabel(/Keep a local copy/)).toBeChecked()
    await expect(page.getByLabel(/Always the newest/)).toBeVisible()
    await expect(page.getByLabel(/pinned/i)).toHaveCount(0)
  })

  test('a problem, its advice and the progress in the window’s language', async ({
    page,
    herald,
  }, testInfo) => {
    const whatsapp = await WhatsAppSimulator.install(page, notConnected)
    const connect = new ConnectPage(page)
    await page.goto(`${herald.url}#/settings`)
    await page.locator('#setting-app-language').selectOption('es')
    await page.locator('form.settings-form button[type="submit"]').click()
    await expect(page.locator('html')).toHaveAttribute('lang', 'es')
    await page.goto(`${herald.url}#/connect`)

    // As the host says them: the English for the CLI and older windows, and the phrases this window words
    whatsapp.push(
      state({
        status: 'syncing',
        detail: 'Loading your chats 45%',
        detailPhrase: { key: 'whatsapp.detail.loadingChats', params: { percent: 45 } },
        since: at(32),
      }),
    )
    await expect(page.getByText('Cargando tus chats 45 %')).toBeVisible()
    whatsapp.push(
      state({
        status: 'not_connected',
        problem: {
          kind: 'no_browser',
          message: 'The browser set in Settings (/opt/chrome) does not exist on this computer.',
          advice: 'Correct the path in Settings → WhatsApp → Browser for WhatsApp.',
          messagePhrase: { key: 'whatsapp.problem.browserPathMissing', params: { path: '/opt/chrome' } },
          advicePhrase: { key: 'whatsapp.advice.correctBrowserPath' },
        },
        since: at(50),
      }),
    )
    await expect(connect.status()).toContainText(
      'El navegador indicado en Ajustes (/opt/chrome) no existe en este equipo.',
    )
    await expect(connect.advice()).toContainText(
      'Corrige la ruta en Ajustes → WhatsApp → Navegador para WhatsApp',
    )
    await expect(connect.status()).not.toContainText('does not exist')
    await shot(page, testInfo, 'connect-problem-es')
  })

  test('a client stuck loading is retried with a fresh copy of WhatsApp Web', async ({ page, herald }) => {
    const whatsapp = await WhatsAppSimulator.install(page, notConnected)
    const connect = new ConnectPage(page)
    await page.goto(herald.url)
    whatsapp.push(problemState('stuck_loading', 'WhatsApp Web did not finish loading.', 'Clear the cache.'))
    await connect.button('Clear cache and retry').click()
    await expect(connect.title()).toHaveText('Opening WhatsApp Web…')
    expect(whatsapp.requests.at(-1)).toMatchObject({
      channel: 'whatsapp:connect',
      input: { clearCache: true },
    })
  })
})
