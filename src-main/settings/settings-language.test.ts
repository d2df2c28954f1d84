import { afterEach, describe, expect, it } from 'vitest'
import { contextIn, tempDataDir } from '../context.test-support'
import type { TestContext } from '../context.test-support'
import { machineLanguages, settingsLanguage } from './settings-language'

describe('the language of what the main process writes for the user', () => {
  it('is the one chosen in Settings, whatever the computer speaks', () => {
    expect(settingsLanguage('es', () => ['fr-FR'])).toBe('es')
    expect(settingsLanguage('en', () => ['ar-EG'])).toBe('en')
  })

  it('follows the computer’s languages for "system": the first Herald speaks, else English', () => {
    expect(settingsLanguage('system', () => ['de-DE', 'pt-PT'])).toBe('pt-BR')
    expect(settingsLanguage('system', () => ['ja-JP'])).toBe('en')
  })

  it('finds the computer’s languages without Electron: the terminal’s locale, then Node’s', () => {
    expect(machineLanguages({ LANG: 'es_MX.UTF-8' }, 'en-US')).toEqual(['es-MX', 'en-US'])
    expect(machineLanguages({ LC_ALL: 'fr_FR@euro', LANG: 'es_MX.UTF-8' }, 'en-US')).toEqual([
      'fr-FR',
      'en-US',
    ])
    // "C" names no language: Node's own locale decides
    expect(machineLanguages({ LANG: 'C.UTF-8' }, 'hi-IN')).toEqual(['hi-IN'])
    expect(settingsLanguage('system', () => machineLanguages({ LANG: 'id_ID.UTF-8' }, 'en-US'))).toBe('id')
  })
})

describe('ctx.language()', () => {
  let ctx: (TestContext & { close(): Promise<void> }) | null = null
  afterEach(async () => {
    await ctx?.close()
    ctx = null
  })

  it('reads Settings’ app.language at each use, `system` with the languages the app gave', () => {
    ctx = contextIn(tempDataDir(), { systemLanguages: () => ['ar-SA', 'en-GB'] })
    expect(ctx.language()).toBe('ar')
    ctx.settings.update({ 'app.language': 'fr' })
    expect(ctx.language()).toBe('fr')
  })
})
