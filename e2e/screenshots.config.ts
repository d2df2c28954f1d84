import { defineConfig } from '@playwright/test'
import base from '../playwright.config'

/** `npm run screenshots`: the README's pictures (e2e/readme.screens.ts), never part of `npm test`. */
export default defineConfig({
  ...base,
  testDir: '.',
  testMatch: 'readme.screens.ts',
  outputDir: '../test-results/screenshots',
})
