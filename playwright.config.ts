import { defineConfig } from '@playwright/test'
import { withoutFakeClock } from './src-main/launch/test-tools'
import { findInstalledBrowser } from './src-main/whatsapp/browser'

/**
 * The Chrome, Chromium or Edge installed on this computer, found as Herald finds one for WhatsApp
 * (Debian's Chromium in CI); `npm test` says beforehand when there is none. Never a downloaded browser.
 */
const installed = findInstalledBrowser('')
const browser = installed.ok ? installed.path : undefined

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  fullyParallel: false,
  // Each spec has its own host, port and data folder, so two run side by side (the machines have 2 cores)
  workers: 2,
  retries: 0,
  timeout: 60_000,
  reporter: [['list']],
  use: {
    viewport: { width: 1280, height: 800 },
    // Herald follows the computer's language: the specs read English whatever this machine's is
    locale: 'en-US',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      ...(browser ? { executablePath: browser } : {}),
      // Under faketime (a test of another hour) the browser keeps the real clock: it hangs otherwise
      env: withoutFakeClock(process.env),
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
})
