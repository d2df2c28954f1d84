import { execFileSync } from 'node:child_process'
import { createRequire } from 'node:module'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { normalizePhone } from './phone'
import { cacheLibphonenumberPatterns } from './phone-speedup'

type Helper = { default: (text: string, pattern: string) => boolean }

describe('cacheLibphonenumberPatterns', () => {
  it('replaces the pattern check of the installed libphonenumber-js with one that answers the same', () => {
    const load = createRequire(__filename)
    const dir = path.dirname(load.resolve('libphonenumber-js/max'))
    const helper = load(path.join(dir, '..', 'build', 'helpers', 'matchesEntirely.js')) as Helper
    expect(cacheLibphonenumberPatterns()).toBe(true)
    expect(helper.default.name).not.toBe('matchesEntirely')
    expect(helper.default('0123', '\\d{4}')).toBe(true)
    expect(helper.default('01234', '\\d{4}')).toBe(false)
    expect(helper.default('', '\\d*')).toBe(true)
  })

  it('is what the installed libphonenumber-js calls when Herald checks a number (pinned: package.json)', () => {
    // As Herald runs (CommonJS, as the built app and the CLI load it), not as Vitest loads modules
    const script = `const { normalizePhone } = require('./src-main/import/phone')
      const { cachedPatternChecks } = require('./src-main/import/phone-speedup')
      normalizePhone('07911 654321', 'GB')
      process.stdout.write(String(cachedPatternChecks.count))`
    const count = execFileSync(process.execPath, ['--require', 'tsx/cjs', '-e', script], { encoding: 'utf8' })
    expect(Number(count)).toBeGreaterThan(0)
  })

  it('leaves numbers checked as before', () => {
    expect(normalizePhone('07911 123456', 'GB')).toEqual({ ok: true, e164: '+447911123456', repaired: true })
    expect(normalizePhone('+1 212 555 0142', 'GB')).toMatchObject({ ok: true, e164: '+12125550142' })
    expect(normalizePhone('12345', 'GB')).toMatchObject({ ok: false })
  })
})
