import { expect } from '@playwright/test'
import type { Locator, Page, WebSocketRoute } from '@playwright/test'
import type { LinkTestStepName } from '../../src-shared/domain/link-test'
import type { WhatsAppState } from '../../src-shared/domain/whatsapp'

/** The Connect screen: the status card, its buttons, the QR code and the log-out question. */
export class ConnectPage {
  constructor(readonly page: Page) {}

  status(): Locator {
    return this.page.locator('.connect-status')
  }

  title(): Locator {
    return this.page.locator('#connect-status-title')
  }

  advice(): Locator {
    return this.page.locator('.connect-advice')
  }

  button(name: string | RegExp): Locator {
    return this.page.getByRole('main').getByRole('button', { name, exact: typeof name === 'string' })
  }

  link(name: string | RegExp): Locator {
    return this.page.getByRole('main').getByRole('link', { name })
  }

  qrCode(): Locator {
    return this.page.getByRole('img', { name: /QR code for linking WhatsApp/ })
  }

  progress(): Locator {
    return this.page.getByRole('progressbar', { name: 'Loading chats' })
  }

  dialog(): Locator {
    return this.page.getByRole('dialog')
  }

  /** The "Send a test message" card, shown while WhatsApp is connected. */
  testCard(): Locator {
    return this.page.getByRole('region', { name: 'Send a test message' })
  }

  sendTo(): Locator {
    return this.testCard().getByLabel('Or send it to')
  }

  sendTest(): Locator {
    return this.testCard().getByRole('button', { name: 'Send a test message', exact: true })
  }

  /** One step of the test's checklist; its `data-mark` says done, waiting, failed, not_reached… */
  testStep(step: LinkTestStepName): Locator {
    return this.testCard().locator(`.link-test__step[data-step="${step}"]`)
  }

  testSummary(): Locator {
    return this.testCard().locator('.link-test__summary')
  }

  testAdvice(): Locator {
    return this.testCard().locator('.connect-advice')
  }

  /** What is wrong with the number typed, next to the field. */
  sendToError(): Locator {
    return this.testCard().locator('.form-field__error')
  }
}

/**
 * Every connection state the page receives, as "status" or "status:problem", in order. States like
 * "starting" can pass in under a second, too fast to assert on screen without a race; the socket keeps them all.
 */
export function recordStates(page: Page): string[] {
  const seen: string[] = []
  page.on('websocket', (socket) =>
    socket.on('framereceived', ({ payload }) => {
      const message = JSON.parse(payload.toString()) as { event?: string; payload?: WhatsAppState }
      if (message.event !== 'whatsapp:state' || !message.payload) return
      const { status, problem } = message.payload
      seen.push(problem ? `${status}:${problem.kind}` : status)
    }),
  )
  return seen
}

const whatsAppChannels = ['whatsapp:get-state', 'whatsapp:connect', 'whatsapp:cancel', 'whatsapp:logout']

type Request = { id: number; channel: string; input: unknown }

/**
 * Stands in for the WhatsApp side of the host: the page's socket still reaches the real host for every other
 * channel, but WhatsApp requests are answered here and any connection state can be pushed as the host would.
 * This is how states that cannot happen on an offline machine (a QR code, a linked phone) are exercised.
 */
export class WhatsAppSimulator {
  readonly requests: Request[] = []
  private readonly sockets = new Set<WebSocketRoute>()

  private constructor(private current: WhatsAppState) {}

  static async install(page: Page, initial: WhatsAppState): Promise<WhatsAppSimulator> {
    const simulator = new WhatsAppSimulator(initial)
    await page.routeWebSocket(/\/api\?token=/, (socket) => simulator.attach(socket))
    return simulator
  }

  /** What the next request answers; 'connect' answers the starting state and pushes it, like the host. */
  push(state: WhatsAppState): void {
    this.current = state
    const message = JSON.stringify({ event: 'whatsapp:state', payload: state })
    for (const socket of this.sockets) socket.send(message)
  }

  channels(): string[] {
    return this.requests.map((request) => request.channel)
  }

  private attach(socket: WebSocketRoute): void {
    const server = socket.connectToServer()
    this.sockets.add(socket)
    socket.onClose(() => this.sockets.delete(socket))
    server.onMessage((message) => socket.send(message))
    socket.onMessage((message) => {
      const request = JSON.parse(message.toString()) as Request
      if (!whatsAppChannels.includes(request.channel)) return server.send(message)
      this.requests.push(request)
      this.answer(socket, request)
    })
  }

  private answer(socket: WebSocketRoute, request: Request): void {
    const now = new Date().toISOString()
    if (request.channel === 'whatsapp:connect')
      this.push({ ...this.current, status: 'starting', problem: null, qr: null, detail: null, since: now })
    if (request.channel === 'whatsapp:cancel' || request.channel === 'whatsapp:logout')
      this.push({ status: 'not_connected', account: null, detail: null, qr: null, problem: null, since: now })
    socket.send(JSON.stringify({ id: request.id, result: { ok: true, value: this.current } }))
  }
}

/** The Connect screen's numbers, once there are several: each one's card, found by its name. */
export class NumbersPage {
  constructor(readonly page: Page) {}

  /** A number's card: its name, then its connection ("Shop phone Connected as …"). */
  card(name: string): Locator {
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    return this.page.getByRole('region', { name: new RegExp(`^${escaped} `) })
  }

  title(name: string): Locator {
    return this.card(name).getByRole('heading', { level: 2 })
  }

  dialog(): Locator {
    return this.page.getByRole('dialog')
  }

  /** "Add a number": names it and starts linking it, which shows its QR code under its card. */
  async add(name: string): Promise<void> {
    await this.page.getByRole('main').getByRole('button', { name: 'Add a number', exact: true }).click()
    await this.dialog().getByLabel('Name').fill(name)
    await this.dialog().getByRole('button', { name: 'Add and show the QR code' }).click()
    await expect(this.dialog()).toBeHidden()
  }

  async rename(from: string, to: string): Promise<void> {
    await this.card(from)
      .getByRole('button', { name: `Rename ${from}` })
      .click()
    await this.dialog().getByLabel('Name').fill(to)
    await this.dialog().getByRole('button', { name: 'Save' }).click()
    await expect(this.dialog()).toBeHidden()
  }
}
