import { describe, expect, it } from 'vitest'
import { translator } from './translate.test-support'

describe('a translator for tests', () => {
  it('words a key in the language asked, with its values', () => {
    expect(translator('en')('shell.version', { version: '1.2' })).toBe('Version 1.2')
    expect(translator('es')('shell.version', { version: '1.2' })).toBe('Versión 1.2')
    expect(translator('ar')('shell.nav.settings')).toBe('الإعدادات')
  })
})
