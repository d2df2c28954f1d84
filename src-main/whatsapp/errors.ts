import type { ErrorCategory } from '../../src-shared/domain/campaigns'
import type { WhatsAppState } from '../../src-shared/domain/whatsapp'

/** A connection problem as the Connect screen shows it: what happened, and what to do. */
export type ConnectionProblem = NonNullable<WhatsAppState['problem']>

const settingsAdvice =
  'Install Google Chrome (or Microsoft Edge), or enter the full path of one in Settings → WhatsApp → Browser for WhatsApp, then try again.'

/** Every problem Herald can name, in the words a shop owner reads. */
export const problems = {
  noBrowser: (): ConnectionProblem => ({
    kind: 'no_browser',
    message: 'Herald could not find Google Chrome, Chromium or Microsoft Edge on this computer.',
    advice: settingsAdvice,
  }),
  browserPathMissing: (configured: string): ConnectionProblem => ({
    kind: 'no_browser',
    message: `The browser set in Settings (${configured}) does not exist on this computer.`,
    advice:
      'Correct the path in Settings → WhatsApp → Browser for WhatsApp, or clear it so that Herald finds Chrome or Edge by itself.',
  }),
  snapCannotOpen: (dataDir: string): ConnectionProblem => ({
    kind: 'no_browser',
    message: `Chromium from Snap cannot open Herald's data folder (${dataDir}): Snap keeps its programs out of hidden folders in your home folder.`,
    advice:
      'Install Google Chrome (or Microsoft Edge) and connect again, or start Herald with a data folder that is not hidden, e.g. HERALD_DATA_DIR=~/Herald.',
  }),
  browserWouldNotStart: (): ConnectionProblem => ({
    kind: 'no_browser',
    message: 'The browser Herald uses for WhatsApp would not start.',
    advice: `Close other copies of the browser started by Herald, or restart the computer. If it keeps failing: ${settingsAdvice}`,
  }),
  unreachable: (): ConnectionProblem => ({
    kind: 'unreachable',
    message: 'WhatsApp Web could not be reached.',
    advice:
      'Check the internet connection, or whether a firewall or proxy blocks web.whatsapp.com, then try again.',
  }),
  stuckLoading: (seconds?: number): ConnectionProblem => ({
    kind: 'stuck_loading',
    message:
      seconds === undefined
        ? 'WhatsApp Web did not finish loading.'
        : `WhatsApp Web did not finish loading within ${seconds} seconds.`,
    advice:
      'WhatsApp Web may have been updated: choose "Clear cache and retry". If it happens again, set Settings → WhatsApp → WhatsApp Web version to "Always the newest".',
  }),
  webChanged: (): ConnectionProblem => ({
    kind: 'stuck_loading',
    message: 'WhatsApp Web changed in a way this version of Herald does not understand yet.',
    advice:
      'Choose "Clear cache and retry". If that does not help, update Herald: new versions follow WhatsApp Web’s changes.',
  }),
  qrNotScanned: (): ConnectionProblem => ({
    kind: 'other',
    message: 'The QR code was not scanned in time, so Herald closed WhatsApp Web.',
    advice: 'Connect again when your phone is at hand: WhatsApp → Linked devices → Link a device.',
  }),
  sessionExpired: (): ConnectionProblem => ({
    kind: 'session_expired',
    message: 'WhatsApp did not accept the saved login: it expired or was removed on your phone.',
    advice: 'Scan a new QR code: on your phone open WhatsApp → Linked devices → Link a device.',
  }),
  loggedOut: (): ConnectionProblem => ({
    kind: 'logged_out',
    message: 'This computer was logged out of WhatsApp (from the phone, or by WhatsApp).',
    advice: 'Scan a new QR code to link this computer again: WhatsApp → Linked devices → Link a device.',
  }),
  browserCrashed: (): ConnectionProblem => ({
    kind: 'browser_crashed',
    message: 'The browser running WhatsApp Web closed unexpectedly.',
    advice:
      'Your login is kept: Herald starts it again by itself, or press Try again. If it keeps happening, restart the computer.',
  }),
  conflict: (): ConnectionProblem => ({
    kind: 'other',
    message: 'WhatsApp was opened on another computer or browser, which took over the connection.',
    advice: 'Close WhatsApp Web elsewhere, then connect again here.',
  }),
  banned: (): ConnectionProblem => ({
    kind: 'other',
    message: 'WhatsApp has blocked this number from using WhatsApp Web.',
    advice:
      'Stop all campaigns. Open WhatsApp on your phone to see WhatsApp’s message and request a review; send far fewer messages, more slowly, afterwards.',
  }),
  other: (detail: string): ConnectionProblem => ({
    kind: 'other',
    message: `Herald could not connect to WhatsApp (${detail}).`,
    advice: 'Try again. If it keeps failing, restart the computer and send the log file to support.',
  }),
}

/** The message of anything thrown: whatsapp-web.js sometimes throws bare strings ('auth timeout'). */
export function errorText(error: unknown): string {
  if (error instanceof Error) return error.message
  if (typeof error === 'string') return error
  if (error && typeof error === 'object' && 'message' in error) return String(error.message)
  return String(error)
}

const errorName = (error: unknown): string => (error instanceof Error ? error.name : '')

const networkPattern =
  /net::ERR_(NAME_NOT_RESOLVED|INTERNET_DISCONNECTED|CONNECTION_\w+|ADDRESS_UNREACHABLE|NETWORK_\w+|TIMED_OUT|PROXY_\w+|TUNNEL_CONNECTION_FAILED|SSL_\w+|CERT_\w+|NAME_RESOLUTION_FAILED)|ENOTFOUND|ECONNREFUSED|ECONNRESET|EAI_AGAIN|ENETUNREACH|EHOSTUNREACH|socket hang up/i
const browserStartPattern =
  /Failed to launch the browser process|Browser was not found at the configured executablePath|Could not find (Chrome|Chromium|browser|expected browser)|spawn .* ENOENT|ENOENT|EACCES/i
const crashPattern =
  /Execution context was destroyed|detached Frame|Session closed|Target closed|Protocol error|Connection closed|Navigating frame was detached|browser has disconnected|Page crashed|Cannot read properties of null \(reading '(evaluate|on)'\)/i
const timeoutPattern = /TimeoutError|timed? ?out|timeout|auth timeout|ready timeout/i
const rateLimitPattern = /rate-?overlimit|too many requests|\b429\b|\b463\b|rate limit|reach-?out/i
const banPattern = /TOS_BLOCK|SMB_TOS_BLOCK|banned|account.*(blocked|suspended)/i

/** Why a connection attempt failed, for errors from `initialize()` and the browser behind it. */
export function problemFromError(error: unknown): ConnectionProblem {
  const text = errorText(error)
  if (networkPattern.test(text)) return problems.unreachable()
  if (browserStartPattern.test(text)) return problems.browserWouldNotStart()
  if (banPattern.test(text)) return problems.banned()
  if (crashPattern.test(text)) return problems.browserCrashed()
  if (/Evaluation failed|is not a function|Cannot read properties of undefined/i.test(text))
    return problems.webChanged()
  if (errorName(error) === 'TimeoutError' || timeoutPattern.test(text)) return problems.stuckLoading()
  return problems.other(firstLine(text))
}

/** What a `disconnected` reason means: a WhatsApp Web state, 'LOGOUT', 'NAVIGATION' or a retry limit. */
export function problemFromDisconnect(reason: string): ConnectionProblem {
  switch (reason) {
    case 'LOGOUT':
    case 'UNPAIRED':
    case 'UNPAIRED_IDLE':
      return problems.loggedOut()
    case 'CONFLICT':
      return problems.conflict()
    case 'TOS_BLOCK':
    case 'SMB_TOS_BLOCK':
      return problems.banned()
    case 'PROXYBLOCK':
    case 'TIMEOUT':
      return problems.unreachable()
    case 'DEPRECATED_VERSION':
      return problems.webChanged()
    case 'NAVIGATION':
    case 'UNLAUNCHED':
      return problems.browserCrashed()
    default:
      return problems.other(firstLine(reason))
  }
}

/** The category a failed send belongs to (see DESIGN.md), which decides whether the campaign pauses. */
export function categoryFromError(error: unknown): ErrorCategory {
  const text = errorText(error)
  if (rateLimitPattern.test(text) || banPattern.test(text)) return 'rate_limited'
  // 1.34.7 cannot create a chat with a number whose private id WhatsApp Web has not learned yet
  if (/No LID for user/i.test(text)) return 'new_chat_refused'
  if (/not a valid (WhatsApp )?(user|number)|wid error: invalid wid|invalid wid|not registered/i.test(text))
    return 'not_on_whatsapp'
  if (/media|MessageMedia|mimetype|file.*(too large|not found)|ENOENT|ERR_FILE/i.test(text))
    return 'media_error'
  if (/LOGOUT|UNPAIRED|logged out|auth_failure/i.test(text)) return 'session_lost'
  if (crashPattern.test(text)) return 'disconnected'
  if (networkPattern.test(text)) return 'network'
  if (errorName(error) === 'TimeoutError' || timeoutPattern.test(text)) return 'timeout'
  return 'unknown'
}

/** The first line of an error, without puppeteer's stack or troubleshooting link, kept short. */
export function firstLine(text: string): string {
  const line = (text.split('\n')[0] ?? '').replace(/\s+TROUBLESHOOTING:.*$/i, '').trim()
  return line.length > 160 ? `${line.slice(0, 157)}…` : line
}
