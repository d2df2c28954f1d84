import type { Campaign, CampaignProgress, ErrorCategory } from '../../../src-shared/domain/campaigns'
import type { CampaignsService } from '../../campaign/campaigns-service'
import type { Clock } from '../../clock'
import { AppError } from '../../errors'
import { DryRunTransport } from '../../transport/dry-run'
import type { CommandArgs } from '../command'
import type { CliIo } from '../io'
import type { WhatsAppConnection } from '../../whatsapp/connection'
import { UsageError } from '../io'
import type { CampaignCtx } from './campaign-shared'
import { describeCounts } from './campaign-shared'

function failureRates(values: CommandArgs['values'], usage: string): Partial<Record<ErrorCategory, number>> {
  const text = values['dry-run-failure-rate']
  if (text === undefined) return {}
  const rate = Number(text)
  if (typeof text !== 'string' || !(rate >= 0 && rate <= 1)) {
    throw new UsageError('--dry-run-failure-rate takes a number from 0 to 1, e.g. 0.05.', usage)
  }
  // Mostly transient failures (retried), some numbers not on WhatsApp (skipped), as a real run shows.
  return { network: rate * 0.5, timeout: rate * 0.3, not_on_whatsapp: rate * 0.2 }
}

/** A one-line bar redrawn in place on a terminal; on a pipe, a line every tenth of the way. */
function progressBar(io: CliIo, tty: boolean): (p: CampaignProgress) => void {
  let lastTenth = -1
  return (p) => {
    const done = p.total - p.counts.queued - p.counts.sending
    const share = p.total === 0 ? 1 : done / p.total
    const filled = Math.round(share * 30)
    const eta = p.eta ? `, done about ${new Date(p.eta).toLocaleString()}` : ''
    const line = `[${'#'.repeat(filled)}${'.'.repeat(30 - filled)}] ${done}/${p.total} ${p.status}${eta}`
    if (tty) process.stderr.write(`\r${line}   `)
    else if (Math.floor(share * 10) > lastTenth) {
      lastTenth = Math.floor(share * 10)
      io.err(line)
    }
  }
}

async function begin(
  campaigns: CampaignsService,
  campaign: Campaign,
  io: CliIo,
  clock: Clock,
  interrupted: AbortSignal,
): Promise<void> {
  const { id, status } = campaign
  if (status === 'running') {
    throw new AppError(
      'CONFLICT',
      `Campaign ${id} is already being sent by another Herald window or command.`,
    )
  }
  if (status === 'scheduled' && campaign.scheduledAt) {
    const wait = Date.parse(campaign.scheduledAt) - clock.now()
    if (wait > 0)
      io.err(`Campaign ${id} is scheduled: waiting until ${new Date(campaign.scheduledAt).toLocaleString()}.`)
    await clock.sleep(wait, interrupted)
    if (interrupted.aborted) return
  }
  if (status === 'paused' || status === 'interrupted') campaigns.resume(id)
  else campaigns.start(id)
}

function finish(campaign: Campaign, io: CliIo): number {
  const counts = describeCounts(campaign)
  if (campaign.status === 'completed') {
    io.out(`Campaign ${campaign.id} finished: ${counts}.`)
    return 0
  }
  if (campaign.status === 'paused' && campaign.statusReason) {
    io.err(`herald: campaign ${campaign.id} paused itself: ${campaign.statusReason}`)
    return 1
  }
  io.out(
    `Campaign ${campaign.id} is ${campaign.status} (${counts}). Resume with: herald campaign run ${campaign.id}`,
  )
  return 0
}

/** Draws the campaign's progress on stderr until the returned function is called. */
function showProgress(ctx: CampaignCtx, id: number, io: CliIo): () => void {
  const draw = progressBar(io, process.stderr.isTTY === true)
  return ctx.events.subscribe((event, payload) => {
    if (event === 'campaign:progress' && (payload as CampaignProgress).campaignId === id)
      draw(payload as CampaignProgress)
  })
}

const settled = new Set(['ready', 'waiting_for_scan', 'not_connected', 'disconnected', 'auth_failure'])

/** WhatsApp ready, with the login saved by `herald wa login`; otherwise one clear line and exit 1. */
async function connectWhatsApp(wa: WhatsAppConnection, io: CliIo): Promise<void> {
  if (wa.state().status === 'ready') return
  if (!wa.hasSavedSession()) throw new AppError('UNAVAILABLE', 'Link WhatsApp first: herald wa login')
  io.err('Connecting to WhatsApp with the saved login…')
  await wa.connect()
  // The connection ends a stuck attempt by itself (start, scan and sync timers); this is only a backstop.
  const state = await wa.waitFor((s) => settled.has(s.status), 15 * 60_000)
  if (state?.status === 'ready') {
    io.err(`Connected to WhatsApp as ${state.account?.name ?? 'your account'} ${state.account?.phone ?? ''}.`)
    return
  }
  await wa.cancel()
  if (state?.status === 'waiting_for_scan') {
    throw new AppError(
      'UNAVAILABLE',
      'The saved WhatsApp login is no longer valid. Link WhatsApp again: herald wa login',
    )
  }
  const problem = state?.problem
  throw new AppError(
    'UNAVAILABLE',
    problem
      ? `${problem.message} ${problem.advice}`
      : 'WhatsApp did not connect. Check with: herald wa status',
  )
}

/**
 * Waits for the campaign to end; when WhatsApp drops and auto-resume is on, connects again (a few times)
 * and lets the app's follower resume it: the message in flight is checked first, never sent twice.
 */
async function sendLive(ctx: CampaignCtx, id: number, io: CliIo, interrupted: AbortSignal): Promise<void> {
  for (let reconnects = 0; ; reconnects++) {
    await ctx.campaigns.whenDone(id)
    const paused = ctx.campaigns.get(id).status === 'paused'
    const autoResume = ctx.settings.get()['campaign.autoResume'] === 'yes'
    if (!paused || !autoResume || interrupted.aborted || reconnects >= 3) return
    if (ctx.whatsapp.state().status === 'ready') return
    io.err('WhatsApp disconnected: connecting again to resume the campaign…')
    // WhatsApp Web often reconnects by itself within a minute; otherwise start again with the saved login.
    await ctx.whatsapp.waitFor((s) => s.status === 'ready' || s.problem !== null, 60_000)
    await connectWhatsApp(ctx.whatsapp, io)
    if (ctx.campaigns.get(id).status !== 'running') return
  }
}

/** A campaign that is not a dry run: the app's own services, over the WhatsApp connection. */
async function runLive(ctx: CampaignCtx, campaign: Campaign, io: CliIo): Promise<number> {
  const { id } = campaign
  // Every number the campaign is sent on connects with its saved login
  const shares = ctx.campaigns.progress(id).byAccount
  const connections = shares?.map((s) => ctx.accounts.link(s.accountId).connection) ?? [ctx.whatsapp]
  for (const connection of connections) await connectWhatsApp(connection, io)
  if (ctx.linkTest.status().lastSuccessAt === null) {
    io.err(
      'No test message has been sent on this WhatsApp login yet: "herald wa test" proves the link first.',
    )
  }
  const unsubscribe = showProgress(ctx, id, io)
  const interrupted = new AbortController()
  const pause = (): void => {
    interrupted.abort()
    void ctx.campaigns.pause(id).catch(() => undefined)
  }
  process.once('SIGINT', pause)
  try {
    await begin(ctx.campaigns, campaign, io, ctx.clock, interrupted.signal)
    await sendLive(ctx, id, io, interrupted.signal)
  } finally {
    process.off('SIGINT', pause)
    // The message in flight is settled before the browser behind WhatsApp is closed.
    await ctx.campaigns.close()
    unsubscribe()
    await Promise.all([ctx.whatsapp, ...connections].map((c) => c.close()))
    if (process.stderr.isTTY) process.stderr.write('\n')
  }
  return finish(ctx.campaigns.get(id), io)
}

/**
 * `herald campaign run ID`: sends a campaign in the foreground until it is finished, resuming it if it
 * was paused or interrupted: a dry run through the rehearsal transport, any other through WhatsApp.
 * Ctrl+C pauses it cleanly after the message in flight.
 */
export async function runCampaign(
  ctx: CampaignCtx,
  id: number,
  { values }: CommandArgs,
  io: CliIo,
  usage: string,
): Promise<number> {
  const campaign = ctx.campaigns.get(id)
  const rates = failureRates(values, usage)
  if (campaign.status === 'completed' || campaign.status === 'cancelled') return finish(campaign, io)
  if (!campaign.dryRun) return runLive(ctx, campaign, io)
  const ledger = values['dry-run-ledger']
  const instant = campaign.pacing.preset === 'none'
  const transport = new DryRunTransport({
    clock: ctx.clock,
    random: Math.random,
    latencyMs: instant ? [0, 0] : [300, 1500],
    // Without waiting, the recipients answer at once too: the run ends with its receipts and replies in
    ...(instant ? { deliveredAfterMs: [0, 20], readAfterMs: [0, 50], replyAfterMs: [0, 100] } : {}),
    failureRates: rates,
    ...(typeof ledger === 'string' ? { ledgerFile: ledger } : {}),
  })
  const campaigns = ctx.openRehearsal(transport)
  const unsubscribe = showProgress(ctx, id, io)
  const interrupted = new AbortController()
  const pause = (): void => {
    interrupted.abort()
    void campaigns.pause(id).catch(() => undefined)
  }
  process.once('SIGINT', pause)
  try {
    await begin(campaigns, campaign, io, ctx.clock, interrupted.signal)
    await campaigns.whenDone(id)
    if (instant && !interrupted.signal.aborted) await transport.settled()
  } finally {
    process.off('SIGINT', pause)
    // Closing pushes the last progress, so the bar ends on the final state.
    await campaigns.close()
    unsubscribe()
    transport.close()
    if (process.stderr.isTTY) process.stderr.write('\n')
  }
  return finish(ctx.campaigns.get(id), io)
}
