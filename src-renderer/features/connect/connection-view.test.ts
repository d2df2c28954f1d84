import { describe, expect, it } from 'vitest'
import { notConnected, whatsAppProblems } from '../../../src-shared/domain/whatsapp'
import type { WhatsAppProblem, WhatsAppState } from '../../../src-shared/domain/whatsapp'
import { translator } from '../../i18n/translate.test-support'
import {
  actionLabel,
  badgeView,
  connectView,
  isNotOlder,
  numbersBadgeView,
  percentIn,
} from './connection-view'

const t = translator('en')

const state = (patch: Partial<WhatsAppState>): WhatsAppState => ({ ...notConnected, ...patch })

const problem = (kind: WhatsAppProblem): WhatsAppState['problem'] => ({
  kind,
  message: `message for ${kind}`,
  advice: `advice for ${kind}`,
})

const failedWith = (kind: WhatsAppProblem): WhatsAppState =>
  state({ status: 'disconnected', problem: problem(kind), since: '2026-11-23T10:00:00.000Z' })

/** Herald waits to try again by itself, as the main process reports it. */
const retrying = (kind: WhatsAppProblem): WhatsAppState => ({
  ...failedWith(kind),
  detail: 'Trying again in 30 s (attempt 2)…',
  reconnect: { attempt: 2, at: '2026-11-23T10:00:30.000Z' },
})

describe('connectView', () => {
  it('offers Connect before any attempt, and nothing while the first check is under way', () => {
    expect(connectView(t, notConnected, false)).toMatchObject({ tone: 'idle', actions: ['connect'] })
    expect(connectView(t, null, false)).toMatchObject({ title: 'Checking…', actions: [] })
    expect(connectView(t, null, true)).toMatchObject({
      title: 'Status unavailable',
      actions: ['connect'],
    })
  })

  it('lets a start be cancelled while the browser opens and while the code waits for a scan', () => {
    const starting = connectView(t, state({ status: 'starting' }), false)
    expect(starting).toMatchObject({ tone: 'busy', title: 'Opening WhatsApp Web…', showQr: false })
    expect(starting.actions).toEqual(['cancel'])
    const scanning = connectView(t, state({ status: 'waiting_for_scan', qr: '2@abc' }), false)
    expect(scanning).toMatchObject({ tone: 'busy', showQr: true, actions: ['cancel'] })
  })

  it('shows how far the chats have loaded when the detail says so', () => {
    const view = connectView(t, state({ status: 'syncing', detail: 'Loading your chats 45%' }), false)
    expect(view).toMatchObject({ tone: 'busy', detail: 'Loading your chats 45%', progress: 45 })
    expect(connectView(t, state({ status: 'syncing', detail: 'Opening chats' }), false).progress).toBeNull()
  })

  it('names the account when connected and offers to disconnect or log out', () => {
    const ready = state({ status: 'ready', account: { name: 'Bella Bakery', phone: '+44 7700 900123' } })
    expect(connectView(t, ready, false)).toMatchObject({
      tone: 'ok',
      title: 'Connected as Bella Bakery',
      actions: ['disconnect', 'logout'],
    })
  })

  it('offers to connect again after a disconnection and to scan again after a failed login', () => {
    const dropped = connectView(t, state({ status: 'disconnected', detail: 'Phone offline' }), false)
    expect(dropped).toMatchObject({ tone: 'bad', detail: 'Phone offline', actions: ['reconnect'] })
    expect(connectView(t, state({ status: 'auth_failure' }), false).actions).toEqual(['scan_again'])
  })

  it('turns every problem into its message, its advice and a next step', () => {
    for (const kind of whatsAppProblems) {
      const view = connectView(t, failedWith(kind), false)
      expect(view.tone).toBe('bad')
      expect(view.text).toBe(`message for ${kind}`)
      expect(view.advice).toBe(`advice for ${kind}`)
      expect(view.actions.length).toBeGreaterThan(0)
    }
  })

  it('picks the next step that fixes each problem', () => {
    const first = (kind: WhatsAppProblem): string | undefined =>
      connectView(t, failedWith(kind), false).actions[0]
    expect(first('no_browser')).toBe('browser_settings')
    expect(first('unreachable')).toBe('retry')
    expect(first('session_expired')).toBe('scan_again')
    expect(first('logged_out')).toBe('scan_again')
    expect(first('stuck_loading')).toBe('clear_cache')
    expect(connectView(t, failedWith('stuck_loading'), false).actions).toEqual(['clear_cache', 'retry'])
    expect(first('browser_crashed')).toBe('retry')
  })

  it('says Herald is reconnecting by itself, what went wrong and when, and offers Try now', () => {
    const view = connectView(t, retrying('unreachable'), false)
    expect(view).toMatchObject({
      tone: 'busy',
      title: 'Reconnecting…',
      detail: 'Trying again in 30 s (attempt 2)…',
      advice: 'advice for unreachable',
      actions: ['retry_now', 'cancel'],
    })
    expect(view.text).toBe('message for unreachable Herald keeps trying by itself with your saved login.')
    expect(view.actions.map((action) => actionLabel(t, action))).toEqual(['Try now', 'Cancel'])
    // Without a retry pending the same problem asks the user to act.
    expect(connectView(t, failedWith('unreachable'), false)).toMatchObject({
      tone: 'bad',
      actions: ['retry'],
    })
  })

  it('lets a new attempt replace an old problem as soon as it starts', () => {
    const retrying = state({ status: 'starting', problem: problem('unreachable') })
    expect(connectView(t, retrying, false)).toMatchObject({
      tone: 'busy',
      advice: null,
      actions: ['cancel'],
    })
  })
})

describe('badgeView', () => {
  it('says what is happening in a few words', () => {
    expect(badgeView(t, notConnected, false)).toEqual({ label: 'Not connected', tone: 'idle' })
    expect(badgeView(t, state({ status: 'starting' }), false)).toEqual({ label: 'Connecting…', tone: 'busy' })
    expect(badgeView(t, state({ status: 'waiting_for_scan' }), false).label).toBe('Scan the QR code')
    expect(badgeView(t, failedWith('unreachable'), false)).toEqual({ label: 'Not reachable', tone: 'bad' })
    expect(badgeView(t, null, true).label).toBe('Status unavailable')
  })

  it('says what happened and that Herald is retrying', () => {
    expect(badgeView(t, retrying('unreachable'), false)).toEqual({
      label: 'Not reachable · retrying…',
      tone: 'busy',
    })
    expect(badgeView(t, retrying('browser_crashed'), false).label).toBe('Browser closed · retrying…')
  })

  it('names the connected account, cutting a long name', () => {
    const ready = (name: string): WhatsAppState => state({ status: 'ready', account: { name, phone: '+1' } })
    expect(badgeView(t, ready('Bella Bakery'), false)).toEqual({
      label: 'Connected as Bella Bakery',
      tone: 'ok',
    })
    const long = badgeView(t, ready('The Very Long Name Of A Family Hardware Store'), false).label
    expect(long).toBe('Connected as The Very Long Name Of A…')
    expect(badgeView(t, ready(' '), false).label).toBe('Connected')
  })
})

describe('numbersBadgeView', () => {
  const ready = state({ status: 'ready', account: { name: 'Bella Bakery', phone: '+1' } })

  it('counts the numbers connected, in the colour of the one that most needs a look', () => {
    expect(numbersBadgeView(t, [ready, notConnected, ready])).toEqual({
      label: '2 of 3 numbers connected',
      tone: 'ok',
    })
    expect(numbersBadgeView(t, [ready, failedWith('session_expired')])).toEqual({
      label: '1 of 2 numbers connected',
      tone: 'bad',
    })
    expect(numbersBadgeView(t, [ready, state({ status: 'waiting_for_scan' })]).tone).toBe('busy')
    expect(numbersBadgeView(t, [ready, retrying('unreachable')]).tone).toBe('busy')
    expect(numbersBadgeView(t, [notConnected, notConnected])).toEqual({
      label: '0 of 2 numbers connected',
      tone: 'idle',
    })
  })

  it('says it in the window’s language', () => {
    expect(numbersBadgeView(translator('es'), [ready, notConnected, ready]).label).toBe(
      '2 de 3 números conectados',
    )
    expect(badgeView(translator('ar'), retrying('unreachable'), false).label).toBe(
      'تعذّر الوصول · جارٍ إعادة المحاولة…',
    )
    expect(connectView(translator('fr'), null, true).title).toBe('État indisponible')
  })
})

describe('percentIn', () => {
  it('reads the first percentage and keeps it within 0–100', () => {
    expect(percentIn('Loading your chats 45%')).toBe(45)
    expect(percentIn('99.6 % done')).toBe(100)
    expect(percentIn('250%')).toBe(100)
    expect(percentIn('no number')).toBeNull()
    expect(percentIn(null)).toBeNull()
  })
})

describe('isNotOlder', () => {
  it('keeps a state pushed while a request was in flight', () => {
    const pushed = state({ status: 'waiting_for_scan', since: '2026-11-23T10:00:05.000Z' })
    const answer = state({ status: 'starting', since: '2026-11-23T10:00:01.000Z' })
    expect(isNotOlder(answer, pushed)).toBe(false)
    expect(isNotOlder(pushed, answer)).toBe(true)
    expect(isNotOlder(answer, null)).toBe(true)
  })
})

describe('the words of the main process on the Connect screen', () => {
  // As Herald sends a missing browser: the English for the CLI and an older window, with its phrases
  const noBrowser: WhatsAppState = state({
    status: 'not_connected',
    problem: {
      kind: 'no_browser',
      message: 'The browser set in Settings (/opt/chrome) does not exist on this computer.',
      advice: 'Correct the path in Settings → WhatsApp → Browser for WhatsApp, or clear it.',
      messagePhrase: { key: 'whatsapp.problem.browserPathMissing', params: { path: '/opt/chrome' } },
      advicePhrase: { key: 'whatsapp.advice.correctBrowserPath' },
    },
  })

  it('shows a problem and its advice in the window’s language, with its values', () => {
    const view = connectView(translator('es'), noBrowser, false)
    expect(view.text).toBe('El navegador indicado en Ajustes (/opt/chrome) no existe en este equipo.')
    expect(view.advice).toMatch(/^Corrige la ruta en Ajustes → WhatsApp → Navegador para WhatsApp/)
    expect(connectView(t, noBrowser, false).text).toBe(
      'The browser set in Settings (/opt/chrome) does not exist on this computer.',
    )
  })

  it('says what it is doing and when it tries again in that language too', () => {
    const syncing = state({
      status: 'syncing',
      detail: 'Loading your chats 45%',
      detailPhrase: { key: 'whatsapp.detail.loadingChats', params: { percent: 45 } },
    })
    expect(connectView(translator('fr'), syncing, false)).toMatchObject({
      detail: 'Chargement de vos discussions 45 %',
      progress: 45,
    })
    const waiting: WhatsAppState = {
      ...failedWith('unreachable'),
      problem: {
        ...problem('unreachable')!,
        messagePhrase: { key: 'whatsapp.problem.unreachable' },
        advicePhrase: { key: 'whatsapp.advice.unreachable' },
      },
      detail: 'Trying again in 30 s (attempt 2)…',
      detailPhrase: {
        key: 'whatsapp.detail.retryIn',
        params: { wait: { key: 'format.duration.seconds', params: { seconds: 30 } }, attempt: 2 },
      },
      reconnect: { attempt: 2, at: '2026-11-23T10:00:30.000Z' },
    }
    const view = connectView(translator('ar'), waiting, false)
    expect(view.detail).toBe('محاولة جديدة بعد 30 ث (المحاولة 2)…')
    expect(view.text).toMatch(/^تعذّر الوصول إلى WhatsApp Web\. /)
    expect(view.advice).toMatch(/^تحقق من الاتصال بالإنترنت/)
  })

  it('keeps the English it came with for a phrase this window does not know', () => {
    const newer = state({
      status: 'starting',
      detail: 'Warming up',
      detailPhrase: { key: 'whatsapp.detail.somethingNewer' },
    })
    expect(connectView(translator('es'), newer, false).detail).toBe('Warming up')
  })
})
