import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

type BuildConfig = {
  asar?: boolean
  files?: string[]
  electronFuses?: Record<string, boolean>
}

const manifest = JSON.parse(fs.readFileSync(path.join(__dirname, '../../package.json'), 'utf8')) as {
  build?: BuildConfig
}

// electron-builder flips these in the packaged Electron binary before signing (package.json's "build").
describe('the packaged app', () => {
  const fuses = manifest.build?.electronFuses ?? {}

  it('cannot be turned into a plain Node by an environment variable or a command-line flag', () => {
    expect(fuses.runAsNode).toBe(false)
    expect(fuses.enableNodeOptionsEnvironmentVariable).toBe(false)
    expect(fuses.enableNodeCliInspectArguments).toBe(false)
  })

  it('runs only its own, checked code from the asar archive', () => {
    expect(manifest.build?.asar).toBe(true)
    expect(fuses.onlyLoadAppFromAsar).toBe(true)
    expect(fuses.enableEmbeddedAsarIntegrityValidation).toBe(true)
  })

  it('encrypts its cookies and gives file:// no extra reach (the page is served on herald://)', () => {
    expect(fuses.enableCookieEncryption).toBe(true)
    expect(fuses.grantFileProtocolExtraPrivileges).toBe(false)
  })

  it('ships the built app only, never the sources or the tests', () => {
    expect(manifest.build?.files).toEqual(['out/**', 'resources/**', 'package.json'])
  })
})
