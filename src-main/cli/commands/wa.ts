import QRCode from 'qrcode'
import type { AppContext } from '../../context'
import type { Command, CommandArgs } from '../command'
import type { CliIo } from '../io'
import { UsageError } from '../io'
import { doctor, sendTest } from './wa-check'
import { accountText, finished, settled, timeoutSeconds, whyNotReady, withConnection } from './wa-connection'

const usage = [
  'herald wa login                       link this computer: scan the QR code shown with your phone',
  '--account NAME                        any action on that sending number (herald accounts), not the first',
  'herald wa status [--timeout S] [--json]  start WhatsApp with the saved login and report whether it is ready',
  'herald wa logout [--timeout S]        unlink this computer and delete the saved login',
  'herald wa test [--to NUMBER] [--timeout S] [--json]',
  '                                      send one test message (to your own number unless --to) and',
  '                                      report each step: number found, sent, delivered',
  'herald wa doctor [--connect] [--json] versions, browser, login and latest problems, for a support',
  "                                      request (no messages, no contacts' numbers)",
  '',
  'Exit status: 0 ready (or done), 1 not ready, with one line saying why and what to do.',
].join('\n')

async function status(ctx: AppContext, args: CommandArgs, io: CliIo): Promise<number> {
  const seconds = timeoutSeconds(args, 60, usage)
  const started = Date.now()
  const state = await withConnection(ctx, async (wa) => {
    await wa.connect()
    return (await wa.waitFor(settled, seconds * 1000)) ?? wa.state()
  })
  const ready = state?.status === 'ready'
  if (args.json) {
    const elapsed = Math.round((Date.now() - started) / 100) / 10
    io.out(
      JSON.stringify({ ready, seconds: elapsed, message: ready ? null : whyNotReady(state, seconds), state }),
    )
  } else if (ready) io.out(`Connected as ${accountText(state)}.`)
  if (!ready && !args.json) io.err(`herald: ${whyNotReady(state, seconds)}`)
  return ready ? 0 : 1
}

async function showQr(qr: string, io: CliIo, json: boolean): Promise<void> {
  const drawing = await QRCode.toString(qr, { type: 'terminal', small: true })
  const write = (text: string): void => (json ? io.err(text) : io.out(text))
  write(drawing)
  write('Scan this code with your phone: WhatsApp → Settings → Linked devices → Link a device.')
  write('(It changes every few seconds; press Ctrl+C to stop.)')
}

async function login(ctx: AppContext, args: CommandArgs, io: CliIo): Promise<number> {
  let lastQr: string | null = null
  let interrupted = false
  const state = await withConnection(ctx, async (wa) => {
    const stopDrawing = wa.onState((s) => {
      if (s.status !== 'waiting_for_scan' || !s.qr || s.qr === lastQr) return
      lastQr = s.qr
      void showQr(s.qr, io, args.json)
    })
    const onInterrupt = (): void => {
      interrupted = true
      io.err('Stopped: the browser is being closed; the saved login (if any) is kept.')
      void wa.cancel()
    }
    process.once('SIGINT', onInterrupt)
    try {
      await wa.connect()
      // No overall limit: the connection closes an unscanned QR code after a few minutes by itself.
      return await wa.waitFor(finished, 24 * 3600_000)
    } finally {
      process.off('SIGINT', onInterrupt)
      stopDrawing()
    }
  })
  // 130: the exit status of a command stopped by Ctrl+C.
  if (interrupted) return 130
  const ready = state?.status === 'ready'
  if (args.json) io.out(JSON.stringify({ ready, state }))
  else if (ready) io.out(`Connected as ${accountText(state)}. The login is saved: Herald stays linked.`)
  if (!ready && !args.json) io.err(`herald: ${whyNotReady(state, 0)}`)
  return ready ? 0 : 1
}

async function logout(ctx: AppContext, args: CommandArgs, io: CliIo): Promise<number> {
  const seconds = timeoutSeconds(args, 60, usage)
  const unlinked = await withConnection(ctx, async (wa) => {
    if (!wa.hasSavedSession()) return null
    // Logging out through WhatsApp also removes this computer from the phone's Linked devices.
    await wa.connect()
    const state = await wa.waitFor(settled, seconds * 1000)
    await wa.logout()
    return state?.status === 'ready'
  })
  if (args.json) io.out(JSON.stringify({ loggedOut: true, unlinkedOnPhone: unlinked === true }))
  else if (unlinked === null) io.out('This computer was not logged in to WhatsApp; nothing to do.')
  else if (unlinked) io.out('Logged out: this computer is unlinked and its saved login deleted.')
  else
    io.out(
      'The saved login on this computer was deleted. WhatsApp could not be reached, so your phone may still list this computer: remove it under WhatsApp → Linked devices.',
    )
  return 0
}

/** The context with the chosen number's connection and test in place of the first number's. */
function onAccount(ctx: AppContext, name: CommandArgs['values'][string]): AppContext {
  if (name === undefined) return ctx
  if (typeof name !== 'string') throw new UsageError('--account takes the name of a number.', usage)
  const link = ctx.accounts.link(ctx.accounts.resolve(name).id)
  return { ...ctx, whatsapp: link.connection, linkTest: link.linkTest }
}

export const waCommand: Command = {
  name: 'wa',
  summary: 'Link WhatsApp (QR code in the terminal), check the connection, send a test message, log out',
  usage,
  options: {
    timeout: { type: 'string' },
    to: { type: 'string' },
    account: { type: 'string' },
    connect: { type: 'boolean' },
  },
  async run(app, args, io) {
    const [action, ...rest] = args.positionals
    const ctx = onAccount(app, args.values.account)
    if (rest.length > 0) throw new UsageError(`Unexpected "${rest.join(' ')}".`, usage)
    if (action === 'status') return status(ctx, args, io)
    if (action === 'login') return login(ctx, args, io)
    if (action === 'logout') return logout(ctx, args, io)
    if (action === 'test') return sendTest(ctx, args, io, timeoutSeconds(args, 60, usage))
    if (action === 'doctor') return doctor(ctx, args, io, timeoutSeconds(args, 60, usage))
    throw new UsageError(action ? `Unknown wa action "${action}".` : 'Which wa action?', usage)
  },
}
