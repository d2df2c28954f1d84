import { describe, expect, it, vi } from 'vitest'
import { phoneOf } from '../campaign/fixtures.test-support'
import { closeAfterEach } from '../context.test-support'
import { AppError } from '../errors'
import { normalizePhone } from '../import/phone'
import type { LinkTest } from '../../src-shared/domain/link-test'
import { notConnected } from '../../src-shared/domain/whatsapp'
import type { WhatsAppState } from '../../src-shared/domain/whatsapp'
import { phrase } from '../../src-shared/i18n/phrase'
import { sayIn } from '../../src-shared/i18n/wording'
import { SimulatedClock } from '../clock'
import { TransportError } from '../transport/transport'
import type { FakeWaClient } from './fake-client'
import { LinkTester, testMessageBody } from './link-test'
import { connect, open } from './live-world.test-support'
import type { World } from './live-world.test-support'
import { SessionFiles } from './session-files'
import { WhatsAppTransport } from './transport'

const closing = closeAfterEach()

/** A tester over the world's connection, its own transport, and the world's data folder. */
function tester(w: World): { linkTest: LinkTester; files: SessionFiles; progress: LinkTest[] } {
  const transport = closing(new WhatsAppTransport({ source: w.connection, clock: w.clock }))
  const files = new SessionFiles(w.ctx.paths.dataDir)
  const progress: LinkTest[] = []
  const linkTest = new LinkTester({
    connection: w.connection,
    transport,
    files,
    clock: w.clock,
    record: (...args) => w.ctx.record(...args),
    normalize: normalizePhone,
    defaultCountry: () => 'GB',
    onProgress: (test) => progress.push(test),
  })
  return { linkTest, files, progress }
}

/** The phone gets each message `afterMs` after it went out. */
function deliverAfter(w: World, fake: FakeWaClient, afterMs: number): void {
  const send = fake.sendMessage.bind(fake)
  vi.spyOn(fake, 'sendMessage').mockImplementation(async (chatId, content, options) => {
    const answer = await send(chatId, content, options)
    const id = fake.sent.at(-1)!.message.id._serialized
    void w.clock.sleep(afterMs).then(() => fake.ack(id, 2))
    return answer
  })
}

const outcomes = (test: LinkTest): string[] => test.steps.map((s) => `${s.step}:${s.outcome}`)
const shop = '+447700900000'

describe('a test message', () => {
  it('goes to the account’s own number, says each step with its time, and marks this login tested', async () => {
    const w = closing(open())
    const fake = await connect(w)
    fake.sendAck = 0
    deliverAfter(w, fake, 1500)
    const { linkTest, files, progress } = tester(w)
    expect(linkTest.status()).toEqual({ lastSuccessAt: null, latest: null })
    const test = await linkTest.run()
    expect(test).toMatchObject({ status: 'succeeded', to: shop, toSelf: true, advice: null })
    expect(outcomes(test)).toEqual(['connected:done', 'number:done', 'sent:done', 'delivered:done'])
    expect(test.steps[3]?.ms).toBe(1500)
    expect(test.summary).toBe('The test message went out and reached your phone in 1.5 s.')
    expect(fake.sent.map((s) => [s.chatId, s.content])).toEqual([['447700900000@c.us', testMessageBody]])
    expect(fake.sent[0]?.options).toMatchObject({ sendSeen: false, waitUntilMsgSent: true })
    expect(files.testedAt()).toBe(new Date(w.clock.now() - 1500).toISOString())
    expect(linkTest.status().latest).toEqual(test)
    // Each step was shown as it happened, the send logged before it left
    expect(progress.map((p) => p.steps.find((s) => s.outcome === 'waiting')?.step ?? p.status)).toContain(
      'delivered',
    )
    const kinds = w.ctx.appEvents
      .recent(10)
      .map((e) => e.kind)
      .reverse()
    expect(kinds.filter((k) => k.startsWith('wa_test'))).toEqual(['wa_test_sending', 'wa_test_sent'])
  })

  it('went out but was not delivered within a minute: a success that says so', async () => {
    const w = closing(open())
    await connect(w)
    const { linkTest } = tester(w)
    const test = await linkTest.run()
    expect(test.status).toBe('succeeded')
    expect(outcomes(test)).toEqual(['connected:done', 'number:done', 'sent:done', 'delivered:waiting'])
    expect(test.summary).toMatch(
      /went out in 0\.0 s; WhatsApp has not confirmed delivery yet \(the phone may be offline\)/,
    )
  })

  it('to a number with no WhatsApp account: stops there, sends nothing, says what to do', async () => {
    const w = closing(open())
    const fake = await connect(w)
    const { linkTest, files } = tester(w)
    const test = await linkTest.run({ to: '07911 123456' })
    expect(test).toMatchObject({ status: 'failed', to: '+447911123456', toSelf: false })
    expect(outcomes(test)).toEqual([
      'connected:done',
      'number:failed',
      'sent:not_reached',
      'delivered:not_reached',
    ])
    expect(test.summary).toBe('+447911123456 has no WhatsApp account, so no test message was sent.')
    expect(test.advice).toMatch(/country code/)
    // The window says the same in its own language
    expect(sayIn('es', test.summaryPhrase!)).toBe(
      '+447911123456 no tiene cuenta de WhatsApp, así que no se envió ningún mensaje de prueba.',
    )
    expect(sayIn('es', test.advicePhrase!)).toMatch(/^Revisa el número, con su código de país/)
    expect(fake.sendCalls).toBe(0)
    expect(files.testedAt()).toBeNull()
  })

  it('refuses what is not a phone number, with the reason, before anything happens', async () => {
    const w = closing(open())
    await connect(w)
    const { linkTest } = tester(w)
    expect(() => linkTest.run({ to: 'call me' })).toThrow(AppError)
    expect(() => linkTest.run({ to: 'call me' })).toThrow(/That number cannot be used/)
  })

  it('while WhatsApp is not connected: fails at the first step and sends nothing', async () => {
    const w = closing(open())
    const { linkTest } = tester(w)
    const test = await linkTest.run({ to: '+447911123456' })
    expect(test.status).toBe('failed')
    expect(outcomes(test)[0]).toBe('connected:failed')
    expect(test.advice).toBe('Connect WhatsApp first, then send the test again.')
  })

  it('pressed twice while it runs: one message', async () => {
    const w = closing(open())
    const fake = await connect(w)
    deliverAfter(w, fake, 2000)
    const { linkTest } = tester(w)
    const [first, second] = await Promise.all([linkTest.run(), linkTest.run()])
    expect(second).toBe(first)
    expect(fake.sendCalls).toBe(1)
  })

  it('answered with nothing and not in the chat: "may still have gone out", never sent again', async () => {
    const w = closing(open())
    const fake = await connect(w)
    vi.spyOn(fake, 'sendMessage').mockImplementation(() => {
      fake.sendCalls += 1
      return Promise.resolve(undefined)
    })
    const { linkTest, files } = tester(w)
    const test = await linkTest.run()
    expect(test.status).toBe('failed')
    expect(test.summary).toBe('WhatsApp did not confirm the test message: it may still have gone out.')
    expect(test.advice).toMatch(/Look in the chat/)
    expect(fake.sendCalls).toBe(1)
    expect(files.testedAt()).toBeNull()
  })
})

describe('an account WhatsApp Web names only by its private "@lid" id', () => {
  it('shows no made-up number, and asks for the number to send the test message to', async () => {
    const w = closing(open())
    await w.connection.connect()
    const fake = w.clients.last()
    fake.becomeReady({ name: 'Corner Shop', phone: shop, lid: '190000000000001' })
    expect(w.connection.state().account).toEqual({ name: 'Corner Shop', phone: '' })
    const { linkTest } = tester(w)
    expect(() => linkTest.run()).toThrow(/did not tell Herald this account’s own number: type the number/)
    const test = await linkTest.run({ to: phoneOf(1) })
    expect(test).toMatchObject({ status: 'succeeded', to: phoneOf(1), toSelf: false })
  })
})

describe('why a test message did not go, in the window’s language', () => {
  /** A tester over a connected number whose transport fails as `fail` says. */
  function failing(fail: { check?: TransportError; send?: TransportError }): LinkTester {
    const state: WhatsAppState = { ...notConnected, status: 'ready', account: { name: 'Shop', phone: shop } }
    return new LinkTester({
      connection: { state: () => state },
      transport: {
        on: () => () => undefined,
        checkNumber: () => (fail.check ? Promise.reject(fail.check) : Promise.resolve(true)),
        send: () => Promise.reject(fail.send ?? new Error('never')),
      },
      files: { markTested: () => undefined, testedAt: () => null },
      clock: new SimulatedClock(0),
      record: () => undefined,
      normalize: normalizePhone,
      defaultCountry: () => 'GB',
    })
  }
  const notConnectedError = (): TransportError =>
    new TransportError('disconnected', phrase('sending.detail.notConnected'))

  it('nests the transport’s own reason: English for the CLI, Spanish for a Spanish window', async () => {
    const test = await failing({ send: notConnectedError() }).run()
    expect(test.summary).toBe(
      'The test message was not sent: WhatsApp is not connected, so the message was not sent.',
    )
    expect(sayIn('es', test.summaryPhrase!)).toBe(
      'No se envió el mensaje de prueba: WhatsApp no está conectado, así que el mensaje no se envió.',
    )
    const unchecked = await failing({ check: notConnectedError() }).run()
    expect(sayIn('fr', unchecked.summaryPhrase!)).toBe(
      'Impossible de vérifier le numéro : WhatsApp n’est pas connecté : le message n’a pas été envoyé.',
    )
  })

  it('says why a typed number cannot be used in the phone rules’ own words', () => {
    let refusal: AppError | undefined
    try {
      void failing({}).run({ to: 'call me' })
    } catch (error) {
      refusal = error as AppError
    }
    expect(refusal?.message).toBe('That number cannot be used: Not a phone number')
    expect(sayIn('es', refusal!.phrase!)).toBe('Ese número no se puede usar: No es un número de teléfono')
  })
})
