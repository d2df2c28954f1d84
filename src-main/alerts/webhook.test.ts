import { createHmac, timingSafeEqual } from 'node:crypto'
import { afterEach, describe, expect, it } from 'vitest'
import { webhookUrlProblem } from '../../src-shared/domain/alerts'
import { hookServer } from './hook-server.test-support'
import { postWebhook, signature } from './webhook'

const closers: (() => Promise<void>)[] = []
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()))
})

async function service(answers: (number | 'hang')[]): ReturnType<typeof hookServer> {
  const server = await hookServer(answers)
  closers.push(server.close)
  return server
}

/** How a receiver checks Herald's signature, as the README tells it. */
function verifies(body: string, header: string | undefined, secret: string): boolean {
  const expected = Buffer.from(`sha256=${createHmac('sha256', secret).update(body).digest('hex')}`)
  const given = Buffer.from(header ?? '')
  return given.length === expected.length && timingSafeEqual(given, expected)
}

const body = JSON.stringify({ version: 1, event: 'finished', title: 'Campaign finished: Spring sale' })
const request = (url: string): Parameters<typeof postWebhook>[0] => ({
  url,
  body,
  secret: 'k2-shop-secret',
  event: 'finished',
  deliveryId: '6f1c1e9a-3b4d-4c2e-9f0a-7d8e9b0c1d2e',
})

describe('postWebhook', () => {
  it('posts the JSON with a signature the receiver verifies with the secret, and says it was delivered', async () => {
    const hook = await service([204])
    const outcome = await postWebhook(request(hook.url))
    expect(outcome).toEqual({ delivered: true, httpStatus: 204, error: null, retry: false })
    const [got] = hook.received
    expect(got?.body).toBe(body)
    expect(got?.headers['content-type']).toBe('application/json')
    expect(got?.headers['x-herald-event']).toBe('finished')
    expect(got?.headers['x-herald-delivery']).toBe('6f1c1e9a-3b4d-4c2e-9f0a-7d8e9b0c1d2e')
    expect(verifies(got?.body ?? '', got?.headers['x-herald-signature'] as string, 'k2-shop-secret')).toBe(
      true,
    )
    // Another secret, or a body changed on the way, does not verify
    expect(verifies(got?.body ?? '', got?.headers['x-herald-signature'] as string, 'another-secret')).toBe(
      false,
    )
    expect(verifies(`${got?.body} `, got?.headers['x-herald-signature'] as string, 'k2-shop-secret')).toBe(
      false,
    )
  })

  it('signs with the hex HMAC-SHA256 of the raw body', () => {
    // RFC 4231's second test case: key "Jefe", data "what do ya want for nothing?"
    expect(signature('what do ya want for nothing?', 'Jefe')).toBe(
      'sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843',
    )
  })

  it('tells a failure worth retrying (5xx, 429, no answer) from one that is not (4xx, a redirect)', async () => {
    const hook = await service([503, 429, 404, 302])
    const first = await postWebhook(request(hook.url))
    expect(first).toMatchObject({ delivered: false, httpStatus: 503, retry: true })
    expect(first.error).toMatch(/503: a problem on its side/)
    expect(await postWebhook(request(hook.url))).toMatchObject({ httpStatus: 429, retry: true })
    const refused = await postWebhook(request(hook.url))
    expect(refused).toMatchObject({ httpStatus: 404, retry: false })
    expect(refused.error).toMatch(/refused the alert \(404\)/)
    expect(await postWebhook(request(hook.url))).toMatchObject({ httpStatus: 302, retry: false })
  })

  it('gives up on a service that does not answer within the timeout, to try again later', async () => {
    const hook = await service(['hang'])
    const outcome = await postWebhook(request(hook.url), { timeoutMs: 150 })
    expect(outcome).toMatchObject({ delivered: false, httpStatus: null, retry: true })
    expect(outcome.error).toMatch(/did not answer within 0.15 seconds/)
  })

  it('says which address could not be reached', async () => {
    const hook = await service([200])
    await hook.close()
    const outcome = await postWebhook(request(hook.url))
    expect(outcome).toMatchObject({ delivered: false, retry: true })
    expect(outcome.error).toMatch(/Could not reach 127\.0\.0\.1:\d+ \(ECONNREFUSED\)/)
  })

  it('posts only to https, or http to 127.0.0.1, and refuses others in a sentence', async () => {
    expect(webhookUrlProblem('https://hooks.example.com/herald')).toBeNull()
    expect(webhookUrlProblem('http://127.0.0.1:8080/hook')).toBeNull()
    for (const url of [
      'http://hooks.example.com/herald',
      'http://localhost:8080/hook',
      'http://192.168.1.20/hook',
    ])
      expect(webhookUrlProblem(url)).toMatch(
        /only to https:\/\/ addresses \(plain http:\/\/ only to 127\.0\.0\.1/,
      )
    expect(webhookUrlProblem('ftp://hooks.example.com')).toMatch(/starts with https:\/\//)
    expect(webhookUrlProblem('hooks example')).toMatch(/not a web address/)
    // Nothing is posted to a refused address, whoever stored it
    const outcome = await postWebhook(request('http://hooks.example.com/herald'))
    expect(outcome).toMatchObject({ delivered: false, retry: false })
  })
})
