import { categoryInfo } from '../../src-shared/domain/error-categories'
import { linkTestSteps, stepLabels } from '../../src-shared/domain/link-test'
import type { LinkTest, LinkTestStatus, LinkTestStepName } from '../../src-shared/domain/link-test'
import type { WhatsAppState } from '../../src-shared/domain/whatsapp'
import type { Clock } from '../clock'
import { AppError } from '../errors'
import type { PhoneResult } from '../import/phone'
import { TransportError } from '../transport/transport'
import type { AckEvent, Transport } from '../transport/transport'
import type { Recorder } from './connection-state'
import { errorText, firstLine } from './errors'

export type LinkTesterDeps = {
  connection: { state(): WhatsAppState }
  transport: Pick<Transport, 'send' | 'checkNumber' | 'on'>
  files: { markTested(at: string): void; testedAt(): string | null }
  clock: Clock
  record: Recorder
  normalize: (raw: string, country: string) => PhoneResult
  defaultCountry: () => string
  /** Each change of a running test, for the Connect screen. */
  onProgress?: (test: LinkTest) => void
  /** How long the delivery receipt is waited for once the message went out. */
  deliveryWaitMs?: number
}

export const testMessageBody =
  'Herald test message: this computer is linked to WhatsApp and Herald can send. No reply needed.'

/**
 * One short message that proves the whole chain a campaign uses — WhatsApp connected, the number found,
 * the message taken by WhatsApp's server, delivered to the phone — and says how far it got, with timings.
 * It goes to the account's own number ("Message yourself") unless the user names another. One test runs at
 * a time: pressing again while one runs waits for that one, it never sends a second message.
 */
export class LinkTester {
  private latest: LinkTest | null = null
  private running: Promise<LinkTest> | null = null
  /** Test messages are not campaign messages: their own ids, below zero, never meet a stored one. */
  private nextId = -1

  constructor(private readonly deps: LinkTesterDeps) {}

  status(): LinkTestStatus {
    return { lastSuccessAt: this.deps.files.testedAt(), latest: this.latest }
  }

  run(input: { to?: string } = {}): Promise<LinkTest> {
    if (this.running) return this.running
    const to = this.recipient(input.to)
    const running = this.send(to).finally(() => {
      this.running = null
    })
    this.running = running
    return running
  }

  /** The account's own number, or the one typed (refused with the reason when it is not a number). */
  private recipient(typed: string | undefined): { phone: string; self: boolean } {
    const own = this.deps.connection.state().account?.phone ?? null
    if (typed === undefined || typed.trim() === '') {
      if (own) return { phone: own, self: true }
      throw new AppError(
        'UNAVAILABLE',
        own === ''
          ? 'WhatsApp did not tell Herald this account’s own number: type the number to send the test message to.'
          : 'Connect WhatsApp first: the test message goes to your own number.',
      )
    }
    const result = this.deps.normalize(typed.trim(), this.deps.defaultCountry())
    if (!result.ok) throw new AppError('BAD_INPUT', `That number cannot be used: ${result.reason}`)
    return { phone: result.e164, self: result.e164 === own }
  }

  private async send(to: { phone: string; self: boolean }): Promise<LinkTest> {
    const { clock } = this.deps
    const started = clock.now()
    const test: LinkTest = {
      status: 'running',
      to: to.phone,
      toSelf: to.self,
      startedAt: new Date(started).toISOString(),
      steps: linkTestSteps.map((step) => ({
        step,
        outcome: 'not_reached',
        text: stepLabels[step],
        ms: null,
      })),
      summary: 'Sending a test message…',
      advice: null,
    }
    const step = (name: LinkTestStepName, outcome: LinkTest['steps'][number]['outcome']): void => {
      const at = test.steps.find((s) => s.step === name)
      if (at) Object.assign(at, { outcome, ms: outcome === 'waiting' ? null : clock.now() - started })
      this.show(test)
    }
    const end = (status: 'succeeded' | 'failed', summary: string, advice: string | null = null): LinkTest => {
      Object.assign(test, { status, summary, advice })
      this.show(test)
      this.deps.record(status === 'succeeded' ? 'wa_test_sent' : 'wa_test_failed', summary, {
        toSelf: to.self,
        steps: test.steps.map((s) => `${s.step}:${s.outcome}`),
      })
      return test
    }
    this.show(test)

    step('connected', 'waiting')
    if (this.deps.connection.state().status !== 'ready') {
      step('connected', 'failed')
      return end(
        'failed',
        'WhatsApp is not connected, so no test message was sent.',
        'Connect WhatsApp first, then send the test again.',
      )
    }
    step('connected', 'done')

    // Acks can come before send() answers: every one is kept until the message's id is known
    const acked = new Set<string>()
    let onAck: ((waMessageId: string) => void) | null = null
    const stopListening = this.deps.transport.on('ack', (ack: AckEvent) => {
      acked.add(ack.waMessageId)
      onAck?.(ack.waMessageId)
    })
    try {
      step('number', 'waiting')
      try {
        if (this.deps.transport.checkNumber && !(await this.deps.transport.checkNumber(to.phone))) {
          step('number', 'failed')
          return end(
            'failed',
            `${to.phone} has no WhatsApp account, so no test message was sent.`,
            'Check the number, with its country code, or leave it empty to message yourself.',
          )
        }
      } catch (error) {
        step('number', 'failed')
        return end('failed', `Could not check the number: ${reason(error)}`, adviceFor(error))
      }
      step('number', 'done')

      step('sent', 'waiting')
      // Logged before anything leaves, like every campaign message
      this.deps.record('wa_test_sending', 'Sending a test message', { toSelf: to.self })
      let waMessageId: string
      try {
        const id = this.nextId--
        ;({ waMessageId } = await this.deps.transport.send({
          messageId: id,
          campaignId: 0,
          phone: to.phone,
          body: testMessageBody,
          typingSeconds: 0,
          intentAt: clock.now(),
        }))
      } catch (error) {
        step('sent', 'failed')
        const uncertain = error instanceof TransportError && error.category === 'uncertain'
        return end(
          'failed',
          uncertain
            ? 'WhatsApp did not confirm the test message: it may still have gone out.'
            : `The test message was not sent: ${reason(error)}`,
          adviceFor(error),
        )
      }
      step('sent', 'done')
      this.deps.files.markTested(new Date(clock.now()).toISOString())

      step('delivered', 'waiting')
      const delivered = await this.delivery(waMessageId, acked, (listener) => (onAck = listener))
      const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`
      if (delivered) {
        step('delivered', 'done')
        return end(
          'succeeded',
          `The test message went out and reached ${to.self ? 'your phone' : 'the phone'} in ${seconds(clock.now() - started)}.`,
        )
      }
      return end(
        'succeeded',
        `The test message went out in ${seconds(test.steps[2]?.ms ?? 0)}; WhatsApp has not confirmed delivery yet (the phone may be offline).`,
      )
    } finally {
      stopListening()
    }
  }

  private async delivery(
    waMessageId: string,
    acked: Set<string>,
    listen: (listener: (id: string) => void) => void,
  ): Promise<boolean> {
    if (acked.has(waMessageId)) return true
    const waited = new AbortController()
    const arrived = new Promise<boolean>((resolve) =>
      listen((id) => {
        if (id === waMessageId) resolve(true)
      }),
    )
    const timedOut = this.deps.clock
      .sleep(this.deps.deliveryWaitMs ?? 60_000, waited.signal)
      .then(() => false)
    try {
      return await Promise.race([arrived, timedOut])
    } finally {
      waited.abort()
    }
  }

  private show(test: LinkTest): void {
    this.latest = structuredClone(test)
    this.deps.onProgress?.(this.latest)
  }
}

const reason = (error: unknown): string =>
  error instanceof TransportError ? error.message : firstLine(errorText(error))

const adviceFor = (error: unknown): string =>
  error instanceof TransportError
    ? categoryInfo[error.category].recommendation
    : 'Try again in a moment; if it keeps failing, press Connect again.'
