import { describe, expect, it } from 'vitest'
import { categoryFromError, errorText, firstLine, problemFromDisconnect, problemFromError } from './errors'

/** Errors as users of whatsapp-web.js and puppeteer report them in the projects' issue trackers. */
const connectionCases: [thrown: unknown, kind: string][] = [
  [new Error('net::ERR_NAME_NOT_RESOLVED at https://web.whatsapp.com/'), 'unreachable'],
  [new Error('net::ERR_INTERNET_DISCONNECTED at https://web.whatsapp.com/'), 'unreachable'],
  [new Error('net::ERR_CONNECTION_REFUSED at https://web.whatsapp.com/'), 'unreachable'],
  [new Error('net::ERR_CONNECTION_TIMED_OUT at https://web.whatsapp.com/'), 'unreachable'],
  [new Error('net::ERR_PROXY_CONNECTION_FAILED at https://web.whatsapp.com/'), 'unreachable'],
  [new Error('getaddrinfo ENOTFOUND raw.githubusercontent.com'), 'unreachable'],
  [
    new Error(
      'Failed to launch the browser process!\n[0505/124512.901:FATAL:feature_list.cc(282)] Check failed\n\nTROUBLESHOOTING: https://pptr.dev/troubleshooting',
    ),
    'no_browser',
  ],
  [
    new Error('Browser was not found at the configured executablePath (C:\\Chrome\\chrome.exe)'),
    'no_browser',
  ],
  [Object.assign(new Error('spawn /usr/bin/chromium ENOENT'), { code: 'ENOENT' }), 'no_browser'],
  [new Error('Protocol error (Runtime.callFunctionOn): Execution context was destroyed.'), 'browser_crashed'],
  [
    new Error(
      'Protocol error (Runtime.callFunctionOn): Session closed. Most likely the page has been closed.',
    ),
    'browser_crashed',
  ],
  [new Error('Protocol error (Runtime.callFunctionOn): Target closed.'), 'browser_crashed'],
  [new Error("Attempted to use detached Frame '9FF2A944D2F9A12FC4D30F5EF5255663'."), 'browser_crashed'],
  [new Error('Navigating frame was detached'), 'browser_crashed'],
  [
    new Error('Evaluation failed: TypeError: Cannot read properties of undefined (reading "default")'),
    'stuck_loading',
  ],
  [
    Object.assign(new Error('Waiting for selector `canvas` failed: Waiting failed: 30000ms exceeded'), {
      name: 'TimeoutError',
    }),
    'stuck_loading',
  ],
  ['auth timeout', 'stuck_loading'],
  ['ready timeout', 'stuck_loading'],
  [new Error('Something nobody has seen before'), 'other'],
]

describe('problemFromError', () => {
  it.each(connectionCases)('%s → %s', (thrown, kind) => {
    const problem = problemFromError(thrown)
    expect(problem.kind).toBe(kind)
    expect(problem.advice.length).toBeGreaterThan(20)
  })

  it('says what to do in a shop owner’s words, without the stack or the troubleshooting link', () => {
    expect(problemFromError(new Error('net::ERR_NAME_NOT_RESOLVED at https://web.whatsapp.com/'))).toEqual({
      kind: 'unreachable',
      message: 'WhatsApp Web could not be reached.',
      advice:
        'Check the internet connection, or whether a firewall or proxy blocks web.whatsapp.com, then try again.',
      // The same words as phrases, which the window says in its own language
      messagePhrase: { key: 'whatsapp.problem.unreachable' },
      advicePhrase: { key: 'whatsapp.advice.unreachable' },
    })
    const other = problemFromError(new Error('Weird failure\n    at Client.inject (Client.js:126:33)'))
    expect(other.message).toBe('Herald could not connect to WhatsApp (Weird failure).')
  })
})

describe('problemFromDisconnect', () => {
  it.each([
    ['LOGOUT', 'logged_out'],
    ['UNPAIRED', 'logged_out'],
    ['NAVIGATION', 'browser_crashed'],
    ['CONFLICT', 'other'],
    ['TOS_BLOCK', 'other'],
    ['PROXYBLOCK', 'unreachable'],
    ['DEPRECATED_VERSION', 'stuck_loading'],
    ['Max qrcode retries reached', 'other'],
  ])('%s → %s', (reason, kind) => {
    expect(problemFromDisconnect(reason).kind).toBe(kind)
  })

  it('names a ban and a takeover plainly', () => {
    expect(problemFromDisconnect('TOS_BLOCK').message).toMatch(/blocked this number/)
    expect(problemFromDisconnect('CONFLICT').advice).toMatch(/Close WhatsApp Web elsewhere/)
  })
})

describe('categoryFromError (sending)', () => {
  it.each([
    [
      'Protocol error (Runtime.callFunctionOn): Session closed. Most likely the page has been closed.',
      'disconnected',
    ],
    ["Attempted to use detached Frame 'ABC'.", 'disconnected'],
    ['Protocol error (Runtime.callFunctionOn): Execution context was destroyed.', 'disconnected'],
    ['Protocol error (Runtime.callFunctionOn): Target closed.', 'disconnected'],
    [
      '{"name":"CompanionHelloError","type":{"name":"IQErrorRateOverlimit","value":{"text":"rate-overlimit","code":429}}}',
      'rate_limited',
    ],
    ['Error 463: too many requests', 'rate_limited'],
    ['TOS_BLOCK', 'rate_limited'],
    ['net::ERR_INTERNET_DISCONNECTED', 'network'],
    ['socket hang up', 'network'],
    ['Evaluation failed: Error: wid error: invalid wid', 'not_on_whatsapp'],
    ['ENOENT: no such file or directory, open /shop/offer.pdf', 'media_error'],
    ['Evaluation failed: Error: No LID for user', 'new_chat_refused'],
    ["Evaluation failed: TypeError: Cannot read properties of undefined (reading 'serialize')", 'unknown'],
  ])('%s → %s', (message, category) => {
    expect(categoryFromError(new Error(message))).toBe(category)
  })

  it('reads a TimeoutError by its name', () => {
    const error = Object.assign(new Error('Runtime.callFunctionOn exceeded 30000ms'), {
      name: 'TimeoutError',
    })
    expect(categoryFromError(error)).toBe('timeout')
  })
})

describe('errorText and firstLine', () => {
  it('reads strings, errors and objects alike', () => {
    expect(errorText('auth timeout')).toBe('auth timeout')
    expect(errorText({ message: 'plain object' })).toBe('plain object')
    expect(errorText(new Error('an error'))).toBe('an error')
  })

  it('keeps one short line', () => {
    expect(firstLine('Failed to launch the browser process! TROUBLESHOOTING: https://pptr.dev\nstack')).toBe(
      'Failed to launch the browser process!',
    )
    expect(firstLine('x'.repeat(500))).toHaveLength(158)
  })
})
