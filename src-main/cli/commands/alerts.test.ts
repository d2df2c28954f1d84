import { createHmac } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { AlertRule } from '../../../src-shared/domain/alerts'
import { hookServer } from '../../alerts/hook-server.test-support'
import { tempDataDir } from '../../context.test-support'
import { runHerald } from './cli-harness.test-support'

let temp: { dir: string; remove: () => void }
let hook: Awaited<ReturnType<typeof hookServer>>
const herald = (...argv: string[]): ReturnType<typeof runHerald> => runHerald(temp.dir, ...argv)
const secret = 'k2-shop-secret'

beforeAll(async () => {
  temp = tempDataDir()
  hook = await hookServer([200])
})
afterAll(async () => {
  await hook.close()
  temp.remove()
})

describe('herald alerts', () => {
  it('adds rules, lists them without their secret, tests one against the service, and removes them', async () => {
    expect((await herald('alerts', 'list')).out).toMatch(/No alert rules yet/)
    const notify = await herald('alerts', 'add', '--on', 'finished', '--notify')
    expect(notify).toMatchObject({ status: 0, err: '' })
    expect(notify.out).toMatch(
      /^Added alert rule 1: A campaign finished → desktop notification\. Try it: herald alerts test 1/,
    )

    const webhook = await herald(
      'alerts',
      'add',
      '--on',
      'opt-out-rate',
      '--threshold',
      '8',
      '--webhook',
      hook.url,
      '--secret',
      secret,
    )
    expect(webhook.out).toMatch(/Added alert rule 2: Opt-out rate reaches 8% → webhook to 127\.0\.0\.1:\d+/)

    const listed = await herald('alerts', 'list')
    expect(listed.out).toMatch(/1\s+A campaign finished \(finished\)\s+yes\s+—/)
    expect(listed.out).toMatch(
      /2\s+Opt-out rate reaches 8% \(opt-out-rate\)\s+no\s+http:\/\/127\.0\.0\.1:\d+\/hooks\/herald\s+••••••et/,
    )
    const json = await herald('alerts', 'list', '--json')
    expect(json.out).not.toContain(secret)
    expect((JSON.parse(json.out) as AlertRule[]).map((r) => [r.id, r.event, r.threshold])).toEqual([
      [1, 'finished', null],
      [2, 'opt-out-rate', 8],
    ])

    const tested = await herald('alerts', 'test', '2')
    expect(tested).toMatchObject({ status: 0, out: 'Webhook: delivered (HTTP 200)\n' })
    const [got] = hook.received
    expect(JSON.parse(got?.body ?? '')).toMatchObject({
      event: 'opt-out-rate',
      test: true,
      workspace: 'default',
    })
    const expected = `sha256=${createHmac('sha256', secret)
      .update(got?.body ?? '')
      .digest('hex')}`
    expect(got?.headers['x-herald-signature']).toBe(expected)
    expect((await herald('alerts', 'log', '2')).out).toMatch(
      /\[test\] Test alert from Herald\s+webhook\s+1\s+delivered \(HTTP 200\)/,
    )

    expect(await herald('alerts', 'remove', '2')).toMatchObject({ status: 0, out: 'Removed alert rule 2.\n' })
    expect(await herald('alerts', 'remove', '2')).toMatchObject({
      status: 1,
      err: expect.stringMatching(/no such alert rule/),
    })
    expect(
      (JSON.parse((await herald('alerts', 'list', '--json')).out) as AlertRule[]).map((r) => r.id),
    ).toEqual([1])
  })

  it('refuses plain http to another computer in a sentence, and says what a rule lacks', async () => {
    const plain = await herald(
      'alerts',
      'add',
      '--on',
      'paused',
      '--webhook',
      'http://hooks.example.com/x',
      '--secret',
      secret,
    )
    expect(plain.status).toBe(1)
    expect(plain.err).toMatch(
      /^herald: Herald posts only to https:\/\/ addresses \(plain http:\/\/ only to 127\.0\.0\.1/,
    )
    expect(await herald('alerts', 'add', '--on', 'paused')).toMatchObject({
      status: 2,
      err: expect.stringMatching(/Say where the alert goes: --notify, --webhook URL --secret S, or both/),
    })
    expect(await herald('alerts', 'add', '--on', 'lunch', '--notify')).toMatchObject({
      status: 2,
      err: expect.stringMatching(
        /--on finished\|paused\|breaker\|opt-out-rate\|disconnected\|schedule-failed/,
      ),
    })
    expect(await herald('alerts', 'add', '--on', 'paused', '--webhook', hook.url)).toMatchObject({
      status: 2,
      err: expect.stringMatching(/--secret S/),
    })
    expect((await herald('alerts', 'test', 'x')).status).toBe(2)
  })
})
