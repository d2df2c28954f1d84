import { describe, expect, it } from 'vitest'
import { linkTestSteps, stepLabels } from '../../src-shared/domain/link-test'
import { locales } from '../../src-shared/i18n/locales'
import { phrase } from '../../src-shared/i18n/phrase'
import { english, sayIn } from '../../src-shared/i18n/wording'
import { problems } from './errors'
import type { ConnectionProblem } from './errors'
import { waitingPatch } from './reconnect'

const install =
  'Install Google Chrome (or Microsoft Edge), or enter the full path of one in Settings → WhatsApp → Browser for WhatsApp, then try again.'

/** Each problem with the English sentences Herald has always said: the CLI and the log read these. */
const said: [ConnectionProblem, string, string][] = [
  [
    problems.noBrowser(),
    'Herald could not find Google Chrome, Chromium or Microsoft Edge on this computer.',
    install,
  ],
  [
    problems.browserPathMissing('/opt/chrome'),
    'The browser set in Settings (/opt/chrome) does not exist on this computer.',
    'Correct the path in Settings → WhatsApp → Browser for WhatsApp, or clear it so that Herald finds Chrome or Edge by itself.',
  ],
  [
    problems.snapCannotOpen('/home/ana/.config'),
    "Chromium from Snap cannot open Herald's data folder (/home/ana/.config): Snap keeps its programs out of hidden folders in your home folder.",
    'Install Google Chrome (or Microsoft Edge) and connect again, or start Herald with a data folder that is not hidden, e.g. HERALD_DATA_DIR=~/Herald.',
  ],
  [
    problems.browserWouldNotStart(),
    'The browser Herald uses for WhatsApp would not start.',
    `Close other copies of the browser started by Herald, or restart the computer. If it keeps failing: ${install}`,
  ],
  [
    problems.stuckLoading(60),
    'WhatsApp Web did not finish loading within 60 seconds.',
    'WhatsApp Web may have been updated: choose "Clear cache and retry". If it happens again, set Settings → WhatsApp → WhatsApp Web version to "Always the newest".',
  ],
  [
    problems.webChanged(),
    'WhatsApp Web changed in a way this version of Herald does not understand yet.',
    'Choose "Clear cache and retry". If that does not help, update Herald: new versions follow WhatsApp Web’s changes.',
  ],
  [
    problems.qrNotScanned(),
    'The QR code was not scanned in time, so Herald closed WhatsApp Web.',
    'Connect again when your phone is at hand: WhatsApp → Linked devices → Link a device.',
  ],
  [
    problems.sessionExpired(),
    'WhatsApp did not accept the saved login: it expired or was removed on your phone.',
    'Scan a new QR code: on your phone open WhatsApp → Linked devices → Link a device.',
  ],
  [
    problems.loggedOut(),
    'This computer was logged out of WhatsApp (from the phone, or by WhatsApp).',
    'Scan a new QR code to link this computer again: WhatsApp → Linked devices → Link a device.',
  ],
  [
    problems.browserCrashed(),
    'The browser running WhatsApp Web closed unexpectedly.',
    'Your login is kept: Herald starts it again by itself, or press Try again. If it keeps happening, restart the computer.',
  ],
  [
    problems.conflict(),
    'WhatsApp was opened on another computer or browser, which took over the connection.',
    'Close WhatsApp Web elsewhere, then connect again here.',
  ],
  [
    problems.banned(),
    'WhatsApp has blocked this number from using WhatsApp Web.',
    'Stop all campaigns. Open WhatsApp on your phone to see WhatsApp’s message and request a review; send far fewer messages, more slowly, afterwards.',
  ],
  [
    problems.other('auth timeout'),
    'Herald could not connect to WhatsApp (auth timeout).',
    'Try again. If it keeps failing, restart the computer and send the log file to support.',
  ],
]

describe('a connection problem', () => {
  it.each(said)('keeps its English for the CLI and the log: %#', (problem, message, advice) => {
    expect(problem).toMatchObject({ message, advice })
    expect(english(problem.messagePhrase!)).toBe(message)
    expect(english(problem.advicePhrase!)).toBe(advice)
  })

  it('reaches the window as phrases it words in every language, values included', () => {
    const missing = problems.browserPathMissing('/opt/chrome')
    expect(sayIn('es', missing.messagePhrase!)).toBe(
      'El navegador indicado en Ajustes (/opt/chrome) no existe en este equipo.',
    )
    expect(sayIn('pt-BR', missing.advicePhrase!)).toMatch(/^Corrija o caminho em Configurações/)
    for (const [problem] of said)
      for (const locale of locales.filter((l) => l !== 'en')) {
        expect(sayIn(locale, problem.messagePhrase!)).not.toBe(problem.message)
        expect(sayIn(locale, problem.advicePhrase!)).not.toBe(problem.advice)
      }
  })
})

describe('the state’s detail line', () => {
  it('says when Herald tries again, in English and as a phrase the window words', () => {
    const soon = waitingPatch({ attempt: 2, delayMs: 30_000, at: 0 })
    expect(soon.detail).toBe('Trying again in 30 s (attempt 2)…')
    expect(sayIn('es', soon.detailPhrase!)).toBe('Nuevo intento en 30 s (intento 2)…')
    const later = waitingPatch({ attempt: 6, delayMs: 300_000, at: 0 })
    expect(later.detail).toBe('Trying again in 5 min (attempt 6)…')
    expect(sayIn('hi', later.detailPhrase!)).toBe('5 मिनट में फिर कोशिश होगी (कोशिश 6)…')
  })
})

describe('the steps of a test message', () => {
  it('have the words the window says for each step', () => {
    for (const step of linkTestSteps) expect(english(phrase(`whatsapp.step.${step}`))).toBe(stepLabels[step])
  })
})

describe('a number that cannot be removed yet', () => {
  it('counts its unfinished campaigns as English and each language does', () => {
    const one = phrase('whatsapp.number.unfinished', { name: 'Shop', count: 1 })
    const three = phrase('whatsapp.number.unfinished', { name: 'Shop', count: 3 })
    expect(english(one)).toBe(
      '"Shop" still sends a campaign that is not finished. Stop it, or move its messages to other numbers, first.',
    )
    expect(english(three)).toBe(
      '"Shop" still sends 3 campaigns that are not finished. Stop them, or move their messages to other numbers, first.',
    )
    expect(sayIn('ar', phrase('whatsapp.number.unfinished', { name: 'Shop', count: 2 }))).toMatch(
      /حملتين لم تنتهيا/,
    )
  })
})
