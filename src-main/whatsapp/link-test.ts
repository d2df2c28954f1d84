import { categoryInfo } from '../../src-shared/domain/error-categories'
import { linkTestSteps, stepLabels } from '../../src-shared/domain/link-test'
import type { LinkTest, LinkTestStatus, LinkTestStepName } from '../../src-shared/domain/link-test'
import type { WhatsAppState } from '../../src-shared/domain/whatsapp'
import type { ErrorCategory } from '../../src-shared/domain/campaigns'
import { phrase } from '../../src-shared/i18n/phrase'
import type { Phrase } from '../../src-shared/i18n/phrase'
import { english } from '../../src-shared/i18n/wording'
import type { Clock } from '../clock'
import { AppError } from '../errors'
import type { PhoneResult } from '../import/phone'
import { refusalPhrase } from '../import/phone-refusals'
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
        own === '' ? phrase('whatsapp.test.ownNumberUnknown') : phrase('whatsapp.test.connectForOwnNumber'),
      )
    }
    const result = this.deps.normalize(typed.trim(), this.deps.defaultCountry())
    if (!result.ok)
      throw new AppError(
        'BAD_INPUT',
        phrase('whatsapp.test.numberUnusable', { reason: refusalPhrase(result.refusal) }),
      )
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
      ...summarySaying(phrase('whatsapp.test.sending')),
      advice: null,
      advicePhrase: null,
      category: null,
    }
    const step = (name: LinkTestStepName, outcome: LinkTest['steps'][number]['outcome']): void => {
      const at = test.steps.find((s) => s.step === name)
      if (at) Object.assign(at, { outcome, ms: outcome === 'waiting' ? null : clock.now() - started })
      this.show(test)
    }
    const end = (status: 'succeeded' | 'failed', summary: Phrase, advice: Advice = noAdvice): LinkTest => {
      Object.assign(test, { status, ...summarySaying(summary), ...advice })
      this.show(test)
      this.deps.record(status === 'succeeded' ? 'wa_test_sent' : 'wa_test_failed', test.summary, {
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
        phrase('whatsapp.test.notConnected'),
        adviceSaying(phrase('whatsapp.test.connectFirst')),
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
            phrase('whatsapp.test.noAccount', { phone: to.phone }),
            adviceSaying(phrase('whatsapp.test.checkNumber')),
          )
        }
      } catch (error) {
        step('number', 'failed')
        return end(
          'failed',
          phrase('whatsapp.test.couldNotCheck', { reason: reason(error) }),
          adviceFor(error),
        )
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
            ? phrase('whatsapp.test.unconfirmed')
            : phrase('whatsapp.test.notSent', { reason: reason(error) }),
          adviceFor(error),
        )
      }
      step('sent', 'done')
      this.deps.files.markTested(new Date(clock.now()).toISOString())

      step('delivered', 'waiting')
      const delivered = await this.delivery(waMessageId, acked, (listener) => (onAck = listener))
      // Tenths of a second, as the summary writes them ("1.5 s")
      const seconds = (ms: number): number => Math.round(ms / 100) / 10
      if (delivered) {
        step('delivered', 'done')
        const took = { seconds: seconds(clock.now() - started) }
        return end(
          'succeeded',
          to.self
            ? phrase('whatsapp.test.reachedYourPhone', took)
            : phrase('whatsapp.test.reachedThePhone', took),
        )
      }
      return end(
        'succeeded',
        phrase('whatsapp.test.notConfirmed', { seconds: seconds(test.steps[2]?.ms ?? 0) }),
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

/** Why it failed: the transport's own phrase, nested in the outcome; otherwise what the system said. */
const reason = (error: unknown): Phrase | string =>
  error instanceof TransportError ? (error.phrase ?? error.message) : firstLine(errorText(error))

type Advice = Pick<LinkTest, 'advice' | 'advicePhrase' | 'category'>

const noAdvice: Advice = { advice: null, advicePhrase: null, category: null }

const adviceSaying = (said: Phrase): Advice => ({ advice: english(said), advicePhrase: said, category: null })

const summarySaying = (said: Phrase): Pick<LinkTest, 'summary' | 'summaryPhrase'> => ({
  summary: english(said),
  summaryPhrase: said,
})

/** A failure of the transport is advised by its category, which the window words by its code. */
const adviceFor = (error: unknown): Advice => {
  if (!(error instanceof TransportError)) return adviceSaying(phrase('whatsapp.test.tryAgain'))
  const category: ErrorCategory = error.category
  return { advice: categoryInfo[category].recommendation, advicePhrase: null, category }
}
