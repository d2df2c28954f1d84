import type { z } from 'zod'
import { contract } from '../../src-shared/ipc/contract'
import type { Output, ParsedInput, RequestChannel } from '../../src-shared/ipc/contract'
import { phrase } from '../../src-shared/i18n/phrase'
import { fail, ok } from '../../src-shared/ipc/result'
import type { Result } from '../../src-shared/ipc/result'
import { AppError } from '../errors'
import type { Logger } from '../logging/logger'

/** One handler per request channel: a channel without a handler is a type error. */
export type Handlers = {
  [C in RequestChannel]: (input: ParsedInput<C>) => Promise<Output<C>> | Output<C>
}

function isChannel(channel: unknown): channel is RequestChannel {
  return typeof channel === 'string' && Object.hasOwn(contract, channel)
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => (issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join('; ')
}

/**
 * Runs one request from either front (Electron IPC or the WebSocket host): the input is parsed with the
 * channel's schema before the handler sees it, and whatever happens the caller gets a Result.
 */
export async function dispatch(
  handlers: Handlers,
  channel: unknown,
  rawInput: unknown,
  log: Logger,
): Promise<Result<unknown>> {
  if (!isChannel(channel))
    return fail('BAD_INPUT', `There is no request channel called "${String(channel)}".`)
  const parsed = contract[channel].input.safeParse(rawInput ?? {})
  if (!parsed.success) {
    const reason = describeIssues(parsed.error)
    return new AppError('BAD_INPUT', phrase('system.failure.invalidRequest', { reason })).toFailureResult()
  }
  try {
    const handler = handlers[channel] as (input: unknown) => unknown
    return ok(await handler(parsed.data))
  } catch (error) {
    if (error instanceof AppError) return error.toFailureResult()
    log.error(`Unexpected error in ${channel}`, error)
    return new AppError('INTERNAL', phrase('system.failure.internal')).toFailureResult()
  }
}
