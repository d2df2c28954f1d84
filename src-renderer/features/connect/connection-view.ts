import type { WhatsAppProblem, WhatsAppState, WhatsAppStatus } from '../../../src-shared/domain/whatsapp'
import type { Translate } from '../../i18n/use-t'
import { sayWith } from './said'

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

/** A button's words: "Connect WhatsApp", "Try again"… */
export function actionLabel(t: Translate, action: ConnectAction): string {
  return t(`connect.action.${action}`)
}

/** What the status card shows for one connection state. */
export type ConnectView = {
  tone: ConnectTone
  title: string
  text: string
  /** What the connection is doing, in the window's language, e.g. "Loading your chats 45%". */
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

function statusView(t: Translate, state: WhatsAppState): ConnectView {
  const status = state.status
  const words = (tone: ConnectTone): ConnectView =>
    base(tone, t(`connect.status.${status}.title`), t(`connect.status.${status}.text`))
  switch (status) {
    case 'not_connected':
      return { ...words('idle'), actions: ['connect'] }
    case 'starting':
      return { ...words('busy'), actions: ['cancel'] }
    case 'waiting_for_scan':
      return { ...words('busy'), showQr: true, actions: ['cancel'] }
    case 'authenticating':
    case 'syncing':
      return words('busy')
    case 'ready': {
      const name = state.account?.name.trim()
      return {
        ...words('ok'),
        title: name ? t('connect.status.ready.titleNamed', { name }) : t('connect.status.ready.title'),
        actions: ['disconnect', 'logout'],
      }
    }
    case 'disconnected':
      return { ...words('bad'), actions: ['reconnect'] }
    case 'auth_failure':
      return { ...words('bad'), advice: t('connect.status.auth_failure.advice'), actions: ['scan_again'] }
  }
}

/** Whether Herald is waiting to try again by itself (the detail says when). */
export const isRetrying = (state: WhatsAppState): boolean =>
  state.status === 'disconnected' && Boolean(state.reconnect)

/**
 * While Herald waits to try again: what went wrong and its advice stay, the title says it is reconnecting,
 * and the user may try at once or stop it.
 */
function retryingView(
  t: Translate,
  view: ConnectView,
  problem: NonNullable<WhatsAppState['problem']>,
): ConnectView {
  return {
    ...view,
    tone: 'busy',
    title: t('connect.retrying.title'),
    text: t('connect.retrying.text', { problem: sayWith(t, problem.messagePhrase, problem.message) }),
    advice: sayWith(t, problem.advicePhrase, problem.advice),
    actions: ['retry_now', 'cancel'],
  }
}

/**
 * The status card for a connection state. While Herald is busy connecting the status decides; otherwise a
 * known problem takes over, with its message, its advice and the button that is the next step.
 */
export function connectView(t: Translate, state: WhatsAppState | null, checkFailed: boolean): ConnectView {
  if (!state)
    return checkFailed
      ? {
          ...base('idle', t('connect.unavailable.title'), t('connect.unavailable.text')),
          actions: ['connect'],
        }
      : base('idle', t('connect.checking.title'), t('connect.checking.text'))
  const view = statusView(t, state)
  const detail = state.detail === null ? null : sayWith(t, state.detailPhrase, state.detail)
  // The percentage is read from the English, which every Herald sends
  const withDetail = { ...view, detail, progress: percentIn(state.detail) }
  if (isBusy(state) || !state.problem) return withDetail
  if (isRetrying(state)) return retryingView(t, withDetail, state.problem)
  const { kind, message, advice, messagePhrase, advicePhrase } = state.problem
  return {
    ...withDetail,
    tone: 'bad',
    title: t(`connect.problem.${kind}.title`),
    text: sayWith(t, messagePhrase, message),
    advice: sayWith(t, advicePhrase, advice),
    actions: problemActions(kind),
  }
}

const statusTones: Record<WhatsAppStatus, ConnectTone> = {
  not_connected: 'idle',
  starting: 'busy',
  waiting_for_scan: 'busy',
  authenticating: 'busy',
  syncing: 'busy',
  ready: 'ok',
  disconnected: 'bad',
  auth_failure: 'bad',
}

const problemBadge = (t: Translate, kind: WhatsAppProblem): string => t(`connect.problem.${kind}.badge`)

// The badge sits beside each screen's title, so a long business name is cut rather than wrapped.
const shortName = (name: string): string => (name.length > 24 ? `${name.slice(0, 23).trimEnd()}…` : name)

/** The header badge: a few words for the state, and its colour. */
export function badgeView(
  t: Translate,
  state: WhatsAppState | null,
  checkFailed: boolean,
): { label: string; tone: ConnectTone } {
  if (!state)
    return { label: checkFailed ? t('connect.unavailable.title') : t('connect.checking.title'), tone: 'idle' }
  if (isRetrying(state) && state.problem)
    return {
      label: t('connect.badge.retrying', { problem: problemBadge(t, state.problem.kind) }),
      tone: 'busy',
    }
  if (!isBusy(state) && state.problem) return { label: problemBadge(t, state.problem.kind), tone: 'bad' }
  const name = state.account?.name.trim()
  if (state.status === 'ready' && name)
    return { label: t('connect.status.ready.titleNamed', { name: shortName(name) }), tone: 'ok' }
  return { label: t(`connect.badge.${state.status}`), tone: statusTones[state.status] }
}

const toneOf = (state: WhatsAppState): ConnectTone => {
  if (isRetrying(state) || isBusy(state)) return 'busy'
  if (state.problem) return 'bad'
  return statusTones[state.status]
}

/**
 * The header badge with several numbers: how many are connected ("2 of 3 numbers connected"), red when one
 * has a problem (its campaigns' shares wait), amber while one connects, green when any can send.
 */
export function numbersBadgeView(
  t: Translate,
  states: readonly WhatsAppState[],
): { label: string; tone: ConnectTone } {
  const tones = states.map(toneOf)
  const tone: ConnectTone = tones.includes('bad')
    ? 'bad'
    : tones.includes('busy')
      ? 'busy'
      : tones.includes('ok')
        ? 'ok'
        : 'idle'
  const ready = states.filter((s) => s.status === 'ready').length
  const label =
    states.length === 1
      ? t(ready === 1 ? 'connect.badge.ready' : 'connect.badge.not_connected')
      : t('connect.badge.numbersConnected', { ready, count: states.length })
  return { label, tone }
}

/**
 * Whether an answer to a request may replace the state the screen shows: a 'whatsapp:state' event that
 * arrived while the request was in flight is newer and must not be overwritten by it.
 */
export function isNotOlder(candidate: WhatsAppState, current: WhatsAppState | null): boolean {
  if (!current?.since || !candidate.since) return true
  return candidate.since >= current.since
}
