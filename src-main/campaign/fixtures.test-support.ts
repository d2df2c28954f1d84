import path from 'node:path'
import type { ImportRow } from '../../src-shared/domain/contacts'
import type { TestContext } from '../context.test-support'
import { messagesOf, openTestContext, tempDataDir } from '../context.test-support'
import { MessagesRepo } from '../db/repos/messages-repo'
import { DryRunTransport } from '../transport/dry-run'
import type { DryRunOptions } from '../transport/dry-run'
import { TransportError, TransportListeners } from '../transport/transport'
import type { OutgoingMessage, ReconcileAnswer, Transport, TransportEvents } from '../transport/transport'
import type { ErrorCategory } from '../../src-shared/domain/campaigns'
import { seededRandom } from '../../src-shared/domain/random'
import { attachmentsDirOf } from './attachments'
import { CampaignsService } from './campaigns-service'
import { SimulatedClock } from '../clock'
import type { Clock } from '../clock'
import type { CampaignServiceDeps } from './service-deps'
import { assertMessageMove } from './state-machine'
import { TemplatesService } from './templates-service'

export const start = Date.UTC(2026, 2, 2, 10, 0) // a Monday, 10:00 UTC = 10:00 in London

export function phoneOf(i: number): string {
  return `+447911${String(100000 + i).padStart(6, '0')}`
}

/** A saved list of `count` valid UK contacts with a "website" field on every other one. */
export function saveList(ctx: Pick<TestContext, 'lists'>, count: number, name = 'Shops'): number {
  const id = ctx.lists.create({
    name,
    sourceFile: 'shops.csv',
    sheet: 'Sheet1',
    country: 'GB',
    fieldKeys: ['website'],
  })
  const rows: ImportRow[] = Array.from({ length: count }, (_, i) => ({
    row: i + 2,
    name: `Shop ${i}`,
    phoneRaw: phoneOf(i),
    phone: phoneOf(i),
    verdict: 'valid',
    reason: null,
    duplicateOf: null,
    repaired: false,
    fields: i % 2 === 0 ? { website: `shop${i}.example` } : { website: '' },
  }))
  ctx.lists.appendChunk(id, rows)
  ctx.lists.finish(id, { total: count, valid: count, invalid: 0, duplicate: 0, opted_out: 0, repaired: 0 })
  return id
}

/** A transport whose every send follows a script: an error category, or undefined for success. */
export class ScriptedTransport implements Transport {
  readonly kind = 'dry-run'
  readonly sent: OutgoingMessage[] = []
  readonly attempts: OutgoingMessage[] = []
  readonly listeners = new TransportListeners()
  reconcileAnswer: (m: OutgoingMessage) => ReconcileAnswer = (m) =>
    this.sent.some((s) => s.messageId === m.messageId) ? 'sent' : 'not_sent'
  onSend: (m: OutgoingMessage) => void = () => undefined
  /** Acknowledge every sent message as delivered right after the send. */
  autoDeliver = false

  constructor(
    private readonly script: (attempt: number, m: OutgoingMessage) => ErrorCategory | undefined = () =>
      undefined,
  ) {}

  /** Sends every message and acknowledges each as delivered right after. */
  static delivering(): ScriptedTransport {
    const transport = new ScriptedTransport()
    transport.autoDeliver = true
    return transport
  }

  send(m: OutgoingMessage): Promise<{ waMessageId: string }> {
    this.onSend(m)
    this.attempts.push(m)
    const failure = this.script(this.attempts.length, m)
    if (failure) return Promise.reject(new TransportError(failure, `Scripted ${failure}`))
    this.sent.push(m)
    if (this.autoDeliver) {
      setImmediate(() =>
        this.listeners.emit('ack', { waMessageId: `wa-${m.messageId}`, level: 'delivered', at: 0 }),
      )
    }
    return Promise.resolve({ waMessageId: `wa-${m.messageId}` })
  }

  reconcile(m: OutgoingMessage): Promise<ReconcileAnswer> {
    return Promise.resolve(this.reconcileAnswer(m))
  }

  on<E extends keyof TransportEvents>(event: E, listener: (payload: TransportEvents[E]) => void): () => void {
    return this.listeners.on(event, listener)
  }
}

export type Harness = {
  ctx: TestContext
  clock: SimulatedClock
  campaigns: CampaignsService
  templates: TemplatesService
  /** The messages table, for a test to look at (or move) a message the way the engine does. */
  messages: MessagesRepo
  dir: string
  close(): Promise<void>
}

export function dryRun(clock: Clock, options: Partial<DryRunOptions> = {}): DryRunTransport {
  return new DryRunTransport({ clock, random: seededRandom('dry-run-test'), ...options })
}

/**
 * The campaign and template services of a test over its context's database, built as the app builds them,
 * and the messages table for the test to look at (or move) a message the way the engine does.
 */
export function campaignServices(
  ctx: TestContext,
  deps: CampaignServiceDeps,
): Pick<Harness, 'campaigns' | 'templates' | 'messages'> {
  return {
    campaigns: new CampaignsService(deps),
    templates: new TemplatesService({
      db: ctx.db,
      events: ctx.events,
      record: deps.record,
      lists: ctx.lists,
      attachmentsDir: deps.attachmentsDir,
    }),
    messages: new MessagesRepo(ctx.db, assertMessageMove),
  }
}

/** A data folder with the services over a simulated clock; `transport` defaults to a quiet dry run. */
export function harness(
  options: { transport?: (clock: Clock) => Transport; deps?: Partial<CampaignServiceDeps> } = {},
): Harness {
  const temp = tempDataDir()
  const ctx = openTestContext({ dataDir: temp.dir, runtime: 'cli' })
  const clock = new SimulatedClock(start)
  const transport = options.transport?.(clock) ?? dryRun(clock)
  const deps: CampaignServiceDeps = {
    db: ctx.db,
    events: ctx.events,
    record: (...args) => ctx.record(...args),
    settings: ctx.settings,
    lists: ctx.lists,
    optOuts: ctx.optOuts,
    clock,
    locksDir: path.join(temp.dir, 'locks'),
    attachmentsDir: attachmentsDirOf(temp.dir),
    dryRun: transport,
    ...options.deps,
  }
  const services = campaignServices(ctx, deps)
  return {
    ctx,
    clock,
    ...services,
    dir: temp.dir,
    close: async () => {
      await services.campaigns.close()
      transport.close?.()
      await ctx.shutdown()
      temp.remove()
    },
  }
}

/** The statuses of a campaign's messages, in list order. */
export const statuses = (h: Pick<Harness, 'ctx'>, campaignId: number): string[] =>
  messagesOf(h.ctx, campaignId).map((m) => m.status)

/** A template and a campaign over a new list of `count` contacts. */
export async function newCampaign(
  h: Pick<Harness, 'ctx' | 'templates' | 'campaigns'>,
  count: number,
  pace: 'safe' | 'normal' | 'fast' | 'none' = 'none',
): Promise<number> {
  const listId = saveList(h.ctx, count, `List ${Date.now()}-${Math.random()}`)
  const template = h.templates.save({
    name: `T${Math.random()}`,
    variants: [{ name: 'A', body: 'Hi {{name}}, {see|visit} {{website|our site}}' }],
  })
  const campaign = await h.campaigns.create({ listId, templateId: template.id, dryRun: true, pace })
  return campaign.id
}

/** Two campaigns of `count` each at the safe pace, to share the one account's sending budget. */
export async function twoSafeCampaigns(
  h: Pick<Harness, 'ctx' | 'templates' | 'campaigns'>,
  count: number,
): Promise<[number, number]> {
  return [await newCampaign(h, count, 'safe'), await newCampaign(h, count, 'safe')]
}
