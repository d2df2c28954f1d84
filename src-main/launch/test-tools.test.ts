import { describe, expect, it } from 'vitest'
import { judgeTestTools, withoutFakeClock } from './test-tools'
import type { TestTools } from './test-tools'

const everything: TestTools = {
  node: '20.20.2',
  browser: '/usr/bin/chromium',
  libreOffice: true,
  platform: 'linux',
  ci: false,
}

describe('what npm test says before it starts', () => {
  it('nothing, when every tool is there', () => {
    expect(judgeTestTools(everything)).toEqual({ ok: true, lines: [] })
  })

  it('no browser: stops, with how to install one on this system', () => {
    expect(judgeTestTools({ ...everything, browser: null })).toEqual({
      ok: false,
      lines: [
        'The end-to-end tests need Chromium, Google Chrome or Microsoft Edge, and none is installed: sudo apt-get install chromium (Debian, Ubuntu), or install Google Chrome.',
      ],
    })
    expect(judgeTestTools({ ...everything, browser: null, platform: 'darwin' }).lines[0]).toMatch(
      /brew install --cask chromium\.$/,
    )
  })

  it('no LibreOffice: one line and the export checks skipped, but a failure in CI', () => {
    expect(judgeTestTools({ ...everything, libreOffice: false, platform: 'win32' })).toEqual({
      ok: true,
      lines: [
        'LibreOffice (soffice) is not installed: the tests that open exports in it are skipped (winget install TheDocumentFoundation.LibreOffice, then add C:\\Program Files\\LibreOffice\\program to PATH).',
      ],
    })
    expect(judgeTestTools({ ...everything, libreOffice: false, ci: true })).toMatchObject({
      ok: false,
      lines: [expect.stringMatching(/^LibreOffice \(soffice\) is missing, and CI checks every export/)],
    })
  })

  it('an old Node.js: stops, naming both versions', () => {
    expect(judgeTestTools({ ...everything, node: '20.18.1' })).toEqual({
      ok: false,
      lines: ['Herald needs Node.js 20.19 or later; this is 20.18.1. Install a newer Node.js.'],
    })
    expect(judgeTestTools({ ...everything, node: '22.0.0' }).ok).toBe(true)
  })
})

describe('the real browsers a test starts', () => {
  it('run without faketime, whatever else is preloaded', () => {
    const faked = {
      PATH: '/usr/bin',
      FAKETIME: '@2026-12-06 02:30:00',
      FAKETIME_SHARED: '/faketime_sem_1 /faketime_shm_1',
      LD_PRELOAD: '/usr/$LIB/faketime/libfaketime.so.1:/opt/other.so',
    }
    expect(withoutFakeClock(faked)).toEqual({ PATH: '/usr/bin', LD_PRELOAD: '/opt/other.so' })
    expect(withoutFakeClock({ PATH: '/usr/bin', LD_PRELOAD: '/usr/$LIB/faketime/libfaketime.so.1' })).toEqual(
      {
        PATH: '/usr/bin',
      },
    )
  })
})
