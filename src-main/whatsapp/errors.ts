import type { ErrorCategory } from '../../src-shared/domain/campaigns'
import type { WhatsAppProblem, WhatsAppState } from '../../src-shared/domain/whatsapp'
import { phrase } from '../../src-shared/i18n/phrase'
import type { Phrase } from '../../src-shared/i18n/phrase'
import { english } from '../../src-shared/i18n/wording'

/** A connection problem as the Connect screen shows it: what happened, and what to do. */
export type ConnectionProblem = NonNullable<WhatsAppState['problem']>

/** A problem in English (the CLI, the log) with its phrases, which the window words in its language. */
function said(kind: WhatsAppProblem, message: Phrase, advice: Phrase): ConnectionProblem {
  return {
    kind,
    message: english(message),
    advice: english(advice),
    messagePhrase: message,
    advicePhrase: advice,
  }
}

/** Every problem Herald can name, in the words a shop owner reads. */
export const problems = {
  noBrowser: (): ConnectionProblem =>
    said('no_browser', phrase('whatsapp.problem.noBrowser'), phrase('whatsapp.advice.installBrowser')),
  browserPathMissing: (configured: string): ConnectionProblem =>
    said(
      'no_browser',
      phrase('whatsapp.problem.browserPathMissing', { path: configured }),
      phrase('whatsapp.advice.correctBrowserPath'),
    ),
  snapCannotOpen: (dataDir: string): ConnectionProblem =>
    said(
      'no_browser',
      phrase('whatsapp.problem.snapCannotOpen', { folder: dataDir }),
      phrase('whatsapp.advice.snapBrowser'),
    ),
  browserWouldNotStart: (): ConnectionProblem =>
    said(
      'no_browser',
      phrase('whatsapp.problem.browserWouldNotStart'),
      phrase('whatsapp.advice.browserWouldNotStart'),
    ),
  unreachable: (): ConnectionProblem =>
    said('unreachable', phrase('whatsapp.problem.unreachable'), phrase('whatsapp.advice.unreachable')),
  stuckLoading: (seconds?: number): ConnectionProblem =>
    said(
      'stuck_loading',
      seconds === undefined
        ? phrase('whatsapp.problem.stuckLoading')
        : phrase('whatsapp.problem.stuckLoadingWithin', { seconds }),
      phrase('whatsapp.advice.stuckLoading'),
    ),
  webChanged: (): ConnectionProblem =>
    said('stuck_loading', phrase('whatsapp.problem.webChanged'), phrase('whatsapp.advice.webChanged')),
  qrNotScanned: (): ConnectionProblem =>
    said('other', phrase('whatsapp.problem.qrNotScanned'), phrase('whatsapp.advice.qrNotScanned')),
  sessionExpired: (): ConnectionProblem =>
    said(
      'session_expired',
      phrase('whatsapp.problem.sessionExpired'),
      phrase('whatsapp.advice.sessionExpired'),
    ),
  loggedOut: (): ConnectionProblem =>
    said('logged_out', phrase('whatsapp.problem.loggedOut'), phrase('whatsapp.advice.loggedOut')),
  browserCrashed: (): ConnectionProblem =>
    said(
      'browser_crashed',
      phrase('whatsapp.problem.browserCrashed'),
      phrase('whatsapp.advice.browserCrashed'),
    ),
  conflict: (): ConnectionProblem =>
    said('other', phrase('whatsapp.problem.conflict'), phrase('whatsapp.advice.conflict')),
  banned: (): ConnectionProblem =>
    said('other', phrase('whatsapp.problem.banned'), phrase('whatsapp.advice.banned')),
  other: (detail: string): ConnectionProblem =>
    said('other', phrase('whatsapp.problem.other', { detail }), phrase('whatsapp.advice.other')),
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
