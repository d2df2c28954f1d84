import { beforeEach, describe, expect, it, vi } from 'vitest'
import { phrase } from '../../src-shared/i18n/phrase'
import { noticeLanguage, sayingIn } from './notice-language'

const system = vi.hoisted(() => ({ preferred: [] as string[], locale: 'en-US' }))

vi.mock('electron', () => ({
  app: {
    getPreferredSystemLanguages: () => system.preferred,
    getLocale: () => system.locale,
  },
}))

beforeEach(() => {
  system.preferred = []
  system.locale = 'en-US'
})

describe('the language of the desktop’s notifications', () => {
  it('is the one chosen in Settings, whatever the computer speaks', () => {
    system.preferred = ['fr-FR']
    expect(noticeLanguage('es')).toBe('es')
    expect(noticeLanguage('en')).toBe('en')
  })

  it('follows the computer’s preferred languages for "system", the first Herald speaks', () => {
    system.preferred = ['de-DE', 'pt-PT', 'en-GB']
    expect(noticeLanguage('system')).toBe('pt-BR')
    system.preferred = ['ja-JP']
    expect(noticeLanguage('system')).toBe('en')
    // Where the computer lists none, Electron's own locale
    system.preferred = []
    system.locale = 'hi-IN'
    expect(noticeLanguage('system')).toBe('hi')
  })

  it('words a phrase in that language, and keeps the English of one it does not know', () => {
    expect(sayingIn('es')(phrase('notices.reply.openInbox'), 'Open the Inbox to see it.')).toBe(
      'Abre la Bandeja de entrada para verla.',
    )
    expect(sayingIn('es')(phrase('notices.unknown'), 'As it came')).toBe('As it came')
    expect(sayingIn('es')(undefined, 'As it came')).toBe('As it came')
  })
})
