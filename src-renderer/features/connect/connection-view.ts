import { connectedSummary } from '../../../src-shared/domain/accounts'
import type { WhatsAppProblem, WhatsAppState, WhatsAppStatus } from '../../../src-shared/domain/whatsapp'

export type ConnectTone = 'idle' | 'busy' | 'ok' | 'bad'

/** What a button on the Connect screen does; every kind of "try again" is a new 'whatsapp:connect'. */
export type ConnectAction =
  | 'connect'
  | 'retry'
  | 'retry_now'
  | 'reconnect'
  | 'scan_again'
  | 'clear_cache'
  | 'browser_settings'
  | 'cancel'
  | 'disconnect'
  | 'logout'

export const actionLabels: Record<ConnectAction, string> = {
  connect: 'Connect WhatsApp',
  retry: 'Try again',
  retry_now: 'Try now',
  reconnect: 'Connect again',
  scan_again: 'Scan again',
  clear_cache: 'Clear cache and retry',
  browser_settings: 'Set the browser in Settings',
  cancel: 'Cancel',
  disconnect: 'Disconnect',
  logout: 'Log out',
}

/** What the status card shows for one connection state. */
export type ConnectView = {
  tone: ConnectTone
  title: string
  text: string
  /** The client's own words about what it is doing, e.g. "Loading your chats 45%". */
  detail: string | null
  /** 0–100 when the detail carries a percentage, so it can be drawn as a bar. */
  progress: number | null
  /** The next step, in words, when something went wrong. */
  advice: string | null
  showQr: boolean
  actions: ConnectAction[]
}

const busyStatuses: readonly WhatsAppStatus[] = ['starting', 'waiting_for_scan', 'authenticating', 'syncing']

export const isBusy = (state: WhatsAppState | null): boolean =>
  state !== null && busyStatuses.includes(state.status)

const problemTitles: Record<WhatsAppProblem, string> = {
  no_browser: 'No browser found',
  unreachable: 'No connection to WhatsApp Web',
  session_expired: 'Your WhatsApp session has expired',
  stuck_loading: 'WhatsApp Web is stuck loading',
  browser_crashed: 'WhatsApp Web stopped working',
  logged_out: 'Herald is no longer linked',
  other: 'Could not connect to WhatsApp',
}

function problemActions(kind: WhatsAppProblem): ConnectAction[] {
  switch (kind) {
    case 'no_browser':
      return ['browser_settings', 'retry']
    case 'session_expired':
    case 'logged_out':
      return ['scan_again']
    case 'stuck_loading':
      return ['clear_cache', 'retry']
    default:
      return ['retry']
  }
}

/** The first percentage in a detail line ("Loading your chats 45%" → 45), clamped to 0–100. */
export function percentIn(detail: string | null): number | null {
  const match = detail ? /(\d{1,3}(?:\.\d+)?)\s*%/.exec(detail) : null
  if (!match) return null
  return Math.min(100, Math.max(0, Math.round(Number(match[1]))))
}

const base = (tone: ConnectTone, title: string, text: string): ConnectView => ({
  tone,
  title,
  text,
  detail: null,
  progress: null,
  advice: null,
  showQr: false,
  actions: [],
})

function statusView(state: WhatsAppState): ConnectView {
  const name = state.account?.name.trim() || 'your account'
  switch (state.status) {
    case 'not_connected':
      return {
        ...base('idle', 'Not connected', 'Herald is not linked to a WhatsApp account on this computer yet.'),
        actions: ['connect'],
      }
    case 'starting':
      return {
        ...base(
          'busy',
          'Opening WhatsApp Web…',
          'Herald is starting a browser in the background. This takes a few seconds.',
        ),
        actions: ['cancel'],
      }
    case 'waiting_for_scan':
      return {
        ...base(
          'busy',
          'Scan the QR code with your phone',
          'Herald is waiting for your phone. Follow the steps beside the code.',
        ),
        showQr: true,
        actions: ['cancel'],
      }
    case 'authenticating':
      return base(
        'busy',
        'Linking your phone…',
        'Your phone accepted the code. Keep WhatsApp open on it for a moment.',
      )
    case 'syncing':
      return base(
        'busy',
        'Loading your chats…',
        'WhatsApp is copying your recent chats to this computer. The first time can take a minute or two.',
      )
    case 'ready':
      return {
        ...base('ok', `Connected as ${name}`, 'Herald sends your campaigns from this WhatsApp account.'),
        actions: ['disconnect', 'logout'],
      }
    case 'disconnected':
      return {
        ...base(
          'bad',
          'Disconnected',
          'WhatsApp closed the connection. Campaigns that were sending are paused until you connect again.',
        ),
        actions: ['reconnect'],
      }
    case 'auth_failure':
      return {
        ...base(
          'bad',
          'Login failed',
          'WhatsApp did not accept the saved login; it may have expired or been removed on your phone.',
        ),
        advice: 'Scan a new QR code to link this computer again.',
        actions: ['scan_again'],
      }
  }
}

/** Whether Herald is waiting to try again by itself (the detail says when). */
export const isRetrying = (state: WhatsAppState): boolean =>
  state.status === 'disconnected' && Boolean(state.reconnect)

/**
 * While Herald waits to try again: what went wrong and its advice stay, the title says it is reconnecting,
 * and the user may try at once or stop it.
 */
function retryingView(view: ConnectView, problem: NonNullable<WhatsAppState['problem']>): ConnectView {
  return {
    ...view,
    tone: 'busy',
    title: 'Reconnecting…',
    text: `${problem.message} Herald keeps trying by itself with your saved login.`,
    advice: problem.advice,
    actions: ['retry_now', 'cancel'],
  }
}

/**
 * The status card for a connection state. While Herald is busy connecting the status decides; otherwise a
 * known problem takes over, with its message, its advice and the button that is the next step.
 */
export function connectView(state: WhatsAppState | null, checkFailed: boolean): ConnectView {
  if (!state)
    return checkFailed
      ? {
          ...base('idle', 'Status unavailable', 'Herald could not check the connection right now.'),
          actions: ['connect'],
        }
      : base('idle', 'Checking…', 'Herald is checking the WhatsApp connection.')
  const view = statusView(state)
  const withDetail = { ...view, detail: state.detail, progress: percentIn(state.detail) }
  if (isBusy(state) || !state.problem) return withDetail
  if (isRetrying(state)) return retryingView(withDetail, state.problem)
  const { kind, message, advice } = state.problem
  return {
    ...withDetail,
    tone: 'bad',
    title: problemTitles[kind],
    text: message,
    advice,
    actions: problemActions(kind),
  }
}

const problemBadges: Record<WhatsAppProblem, string> = {
  no_browser: 'No browser found',
  unreachable: 'Not reachable',
  session_expired: 'Session expired',
  stuck_loading: 'Stuck loading',
  browser_crashed: 'Browser closed',
  logged_out: 'Logged out',
  other: 'Problem',
}

const statusBadges: Record<WhatsAppStatus, { label: string; tone: ConnectTone }> = {
  not_connected: { label: 'Not connected', tone: 'idle' },
  starting: { label: 'Connecting…', tone: 'busy' },
  waiting_for_scan: { label: 'Scan the QR code', tone: 'busy' },
  authenticating: { label: 'Connecting…', tone: 'busy' },
  syncing: { label: 'Loading chats…', tone: 'busy' },
  ready: { label: 'Connected', tone: 'ok' },
  disconnected: { label: 'Disconnected', tone: 'bad' },
  auth_failure: { label: 'Login failed', tone: 'bad' },
}

// The badge sits beside each screen's title, so a long business name is cut rather than wrapped.
const shortName = (name: string): string => (name.length > 24 ? `${name.slice(0, 23).trimEnd()}…` : name)

/** The header badge: a few words for the state, and its colour. */
export function badgeView(
  state: WhatsAppState | null,
  checkFailed: boolean,
): { label: string; tone: ConnectTone } {
  if (!state) return { label: checkFailed ? 'Status unavailable' : 'Checking…', tone: 'idle' }
  if (isRetrying(state) && state.problem)
    return { label: `${problemBadges[state.problem.kind]} · retrying…`, tone: 'busy' }
  if (!isBusy(state) && state.problem) return { label: problemBadges[state.problem.kind], tone: 'bad' }
  const name = state.account?.name.trim()
  if (state.status === 'ready' && name) return { label: `Connected as ${shortName(name)}`, tone: 'ok' }
  return statusBadges[state.status]
}

const toneOf = (state: WhatsAppState): ConnectTone => {
  if (isRetrying(state) || isBusy(state)) return 'busy'
  if (state.problem) return 'bad'
  return statusBadges[state.status].tone
}

/**
 * The header badge with several numbers: how many are connected ("2 of 3 numbers connected"), red when one
 * has a problem (its campaigns' shares wait), amber while one connects, green when any can send.
 */
export function numbersBadgeView(states: readonly WhatsAppState[]): { label: string; tone: ConnectTone } {
  const tones = states.map(toneOf)
  const tone: ConnectTone = tones.includes('bad')
    ? 'bad'
    : tones.includes('busy')
      ? 'busy'
      : tones.includes('ok')
        ? 'ok'
        : 'idle'
  return { label: connectedSummary(states), tone }
}

/**
 * Whether an answer to a request may replace the state the screen shows: a 'whatsapp:state' event that
 * arrived while the request was in flight is newer and must not be overwritten by it.
 */
export function isNotOlder(candidate: WhatsAppState, current: WhatsAppState | null): boolean {
  if (!current?.since || !candidate.since) return true
  return candidate.since >= current.since
}
