import type { WhatsAppState } from '../../../src-shared/domain/whatsapp'
import type { AppContext } from '../../context'
import type { WhatsAppConnection } from '../../whatsapp/connection'
import type { CommandArgs } from '../command'
import { UsageError } from '../io'

// What the `herald wa` actions share: waiting for WhatsApp, and saying in one line why it is not ready.

const busy = new Set<WhatsAppState['status']>(['starting', 'authenticating', 'syncing'])
/** A state that answers "is WhatsApp ready?": ready, a QR code (no login), or a failure. */
export const settled = (state: WhatsAppState): boolean => !busy.has(state.status)
/** For login: keep waiting through QR codes, until ready or a failure. */
export const finished = (state: WhatsAppState): boolean =>
  settled(state) && state.status !== 'waiting_for_scan'

export function timeoutSeconds(args: CommandArgs, fallback: number, usage: string): number {
  const text = args.values.timeout
  if (text === undefined) return fallback
  const seconds = Number(text)
  if (typeof text !== 'string' || !Number.isFinite(seconds) || seconds <= 0 || seconds > 3600)
    throw new UsageError('--timeout takes a number of seconds, from 1 to 3600.', usage)
  return seconds
}

export const accountText = (state: WhatsAppState): string =>
  state.account ? `${state.account.name} (${state.account.phone})` : 'your account'

/** One line: what happened and what to do. */
export function whyNotReady(state: WhatsAppState | null, seconds: number): string {
  if (!state || busy.has(state.status))
    return `WhatsApp did not become ready within ${seconds} seconds${state ? ` (it was at: ${state.status.replace(/_/g, ' ')})` : ''}. Try again with a longer --timeout, or check the internet connection.`
  if (state.status === 'waiting_for_scan')
    return 'This computer is not linked to WhatsApp: run "herald wa login" and scan the QR code with your phone.'
  if (state.problem) return `${state.problem.message} ${state.problem.advice}`
  return `WhatsApp is ${state.status.replace(/_/g, ' ')}.`
}

/** Closes the browser however the command ends: Ctrl+C, a failure or success. */
export async function withConnection<T>(
  ctx: AppContext,
  use: (wa: WhatsAppConnection) => Promise<T>,
): Promise<T> {
  try {
    return await use(ctx.whatsapp)
  } finally {
    await ctx.whatsapp.close()
  }
}

/** Starts WhatsApp with the saved login and waits until it is ready, or says why it is not. */
export async function readyWithSavedLogin(
  wa: WhatsAppConnection,
  seconds: number,
): Promise<
  { ready: true; state: WhatsAppState } | { ready: false; why: string; state: WhatsAppState | null }
> {
  if (!wa.hasSavedSession()) {
    return { ready: false, why: 'Link WhatsApp first: herald wa login', state: null }
  }
  await wa.connect()
  const state = (await wa.waitFor(settled, seconds * 1000)) ?? wa.state()
  return state.status === 'ready'
    ? { ready: true, state }
    : { ready: false, why: whyNotReady(state, seconds), state }
}
