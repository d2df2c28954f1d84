import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { requestChannels } from '../../src-shared/ipc/channels'
import { contract } from '../../src-shared/ipc/contract'
import type { AppContext } from '../context'
import { AppError } from '../errors'
import { openTestContext, tempDataDir } from '../context.test-support'
import { dispatch } from './dispatch'
import type { Handlers } from './dispatch'
import { channelSamples, sampleRefusals } from './channel-samples.test-support'
import { fakeClientFactory } from '../whatsapp/fake-client'
import { createHandlers } from './handlers'

let ctx: AppContext
let handlers: Handlers
let remove: () => void
let validInputs: Awaited<ReturnType<typeof channelSamples>>
// One data folder for the file: each channel's sample is used once, by the test of valid requests.
beforeAll(async () => {
  const temp = tempDataDir()
  remove = temp.remove
  ctx = openTestContext({ dataDir: temp.dir, runtime: 'cli', whatsappClient: fakeClientFactory().factory })
  handlers = createHandlers(ctx)
  validInputs = await channelSamples(ctx)
})
afterAll(async () => {
  await ctx.shutdown()
  remove()
})

describe('dispatch', () => {
  it.each(requestChannels)(
    '%s answers a valid request with output that matches its schema',
    async (channel) => {
      const result = await dispatch(handlers, channel, validInputs[channel], ctx.log)
      const refusal = sampleRefusals[channel]
      if (refusal) {
        // Refused in plain words, not as an unexpected failure.
        expect(result).toMatchObject({ ok: false, error: { code: refusal } })
        return
      }
      expect(result.ok).toBe(true)
      if (result.ok) expect(contract[channel].output.safeParse(result.value).success).toBe(true)
    },
  )

  it.each(requestChannels)('%s answers a wrong payload with BAD_INPUT and keeps working', async (channel) => {
    for (const wrong of [42, 'text', [], { unexpected: true }]) {
      const result = await dispatch(handlers, channel, wrong, ctx.log)
      expect(result).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } })
    }
    expect((await dispatch(handlers, 'app:get-info', {}, ctx.log)).ok).toBe(true)
  })

  it('refuses an unknown channel, including names from Object.prototype', async () => {
    for (const channel of ['settings:drop', 'constructor', '__proto__', 7]) {
      const result = await dispatch(handlers, channel, {}, ctx.log)
      expect(result).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } })
    }
  })

  it('says which field is wrong', async () => {
    const result = await dispatch(handlers, 'settings:update', { values: { 'pacing.dailyCap': 0 } }, ctx.log)
    expect(result).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } })
    expect(!result.ok && result.error.message).toMatch(/values\.pacing\.dailyCap/)
  })

  it('passes on an AppError as it is, with its fields', async () => {
    const result = await dispatch(
      handlers,
      'settings:update',
      { values: { 'pacing.minDelaySeconds': 100, 'pacing.maxDelaySeconds': 50 } },
      ctx.log,
    )
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'BAD_INPUT',
        message: expect.stringMatching(/Longest delay/),
        fields: { 'pacing.maxDelaySeconds': 'The longest delay must be at least the shortest delay.' },
        // …and the same said as phrases, for the window to word in its language
        phrase: expect.objectContaining({ key: 'system.settings.refused' }),
        fieldPhrases: {
          'pacing.maxDelaySeconds': expect.objectContaining({ key: 'system.settings.problem.cross.delay' }),
        },
      },
    })
  })

  it('turns an unexpected error into a plain INTERNAL failure and logs it', async () => {
    const log = { ...ctx.log, error: vi.fn() }
    const broken = {
      ...handlers,
      'settings:get': () => {
        throw new TypeError('Cannot read properties of undefined')
      },
    }
    const result = await dispatch(broken, 'settings:get', {}, log)
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } })
    expect(!result.ok && result.error.message).not.toMatch(/properties|TypeError|at /)
    expect(log.error).toHaveBeenCalledOnce()
    const known = { ...handlers, 'settings:get': () => Promise.reject(new AppError('NOT_FOUND', 'Gone.')) }
    expect(await dispatch(known, 'settings:get', {}, log)).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'Gone.' },
    })
  })
})
