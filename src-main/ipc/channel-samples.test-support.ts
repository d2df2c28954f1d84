import fs from 'node:fs'
import path from 'node:path'
import type { RequestChannel } from '../../src-shared/ipc/channels'
import type { ErrorCode } from '../../src-shared/ipc/result'
import type { DashboardLayouts } from '../../src-shared/domain/dashboard-layout'
import { defaultWidgets } from '../../src-shared/domain/dashboard-layout'
import type { AppContext } from '../context'
import { fakeMadeFor } from '../whatsapp/fake-client'
import { SessionFiles } from '../whatsapp/session-files'

const csv = 'Name,Phone\nAna,+44 7911 123456\nBen,07911 123457\n'
// The smallest PNG there is (one transparent pixel): an attachment is checked by its content.
const onePixelPng = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
)
// No upload was sent in these contexts: the channels that claim one answer that it is not there.
const noUpload = '6f1c1e9a-3b4d-4c2e-9f0a-7d8e9b0c1d2e'

/** A file as if dropped on the desktop app's window: its path, in the test's data folder. */
function droppedFile(ctx: AppContext, name: string, bytes: string | Buffer): string {
  const file = path.join(ctx.paths.dataDir, 'dropped', name)
  fs.mkdirSync(path.dirname(file), { recursive: true })
  fs.writeFileSync(file, bytes)
  return file
}

async function openCsv(ctx: AppContext): Promise<string> {
  const { sessionId } = await ctx.imports.open('sample.csv', Buffer.from(csv))
  await ctx.imports.analyze(sessionId, { country: 'GB' })
  return sessionId
}

/**
 * For tests: a valid input for every request channel, with the imports, lists and opt-outs they refer to
 * already in place, so that each channel can be called once and succeed.
 */
export async function channelSamples(ctx: AppContext): Promise<Record<RequestChannel, unknown>> {
  const [analyzed, toSave, toClose, forList, forDelete] = await Promise.all(
    [1, 2, 3, 4, 5].map(() => openCsv(ctx)),
  )
  const list = await ctx.imports.save(forList!, 'Customers')
  const doomed = await ctx.imports.save(forDelete!, 'Old customers')
  ctx.optOuts.add('+447911123999', {})
  const campaigns = await campaignSamples(ctx, list.id)
  return {
    'app:get-info': {},
    'app:report-error': { message: 'The chart did not draw', screen: 'dashboard' },
    'settings:get': {},
    'settings:update': { values: { 'pacing.dailyCap': 40 } },
    'settings:reset': {},
    'settings:choose-browser': {},
    'whatsapp:get-state': {},
    'whatsapp:connect': {},
    'whatsapp:cancel': {},
    'whatsapp:logout': {},
    'whatsapp:send-test': { to: '+44 7911 123456' },
    'whatsapp:test-status': {},
    'accounts:list': {},
    'accounts:add': { name: 'Shop phone' },
    'accounts:rename': { accountId: 1, name: 'Main phone' },
    'accounts:remove': { accountId: removable(ctx) },
    'accounts:connect': { accountId: 1 },
    'accounts:disconnect': { accountId: 1 },
    'accounts:logout': { accountId: 1 },
    'accounts:send-test': { accountId: 1, to: '+44 7911 123456' },
    'accounts:set-established': { accountId: 1, established: true },
    'import:open': { uploadId: noUpload },
    'import:choose-file': {},
    'import:open-path': { path: droppedFile(ctx, 'contacts.csv', csv) },
    'import:open-sample': {},
    'import:analyze': { sessionId: analyzed, country: 'GB' },
    'import:rows': { sessionId: analyzed, verdict: 'valid', offset: 0, limit: 10 },
    'import:save': { sessionId: toSave, name: 'Saved from a test' },
    'import:close': { sessionId: toClose },
    'lists:list': {},
    'lists:get': { listId: list.id },
    'lists:contacts': { listId: list.id, search: 'Ana' },
    'lists:delete': { listId: doomed.id },
    'optouts:list': {},
    'optouts:add': { phone: '+44 7911 123321', reason: 'Asked by phone' },
    'optouts:remove': { phone: '+447911123999' },
    ...campaigns,
    ...insightSamples(ctx, campaigns),
    ...inboxSamples(ctx),
    ...dashboardSamples(ctx),
    ...(await answerSamples(ctx)),
    ...customReportSamples(ctx),
    ...alertSamples(ctx),
    ...reportScheduleSamples(ctx),
    'workspaces:list': {},
    'workspaces:add': { name: 'Shop 2', colour: 'teal' },
    'workspaces:rename': { name: 'Shop 2', to: 'Second shop' },
    'workspaces:switch': { name: 'default' },
  }
}

/** The layout every workspace starts with, and two more: one to rename and use, one to delete. */
function dashboardSamples(ctx: AppContext): Record<Extract<RequestChannel, `dashboard:${string}`>, unknown> {
  const first = ctx.dashboardLayouts.list().inUse
  const widgets = defaultWidgets()
  const ids = (layouts: DashboardLayouts, name: string): number =>
    layouts.layouts.find((l) => l.name === name)?.id ?? 0
  ctx.dashboardLayouts.add('Team', widgets)
  const added = ctx.dashboardLayouts.add('Old layout', widgets)
  ctx.dashboardLayouts.use(first)
  return {
    'dashboard:layouts': {},
    'dashboard:layout-save': { layoutId: first, widgets: widgets.reverse() },
    'dashboard:layout-add': { name: 'Owner', widgets: [{ id: 'stats', visible: true, width: 'half' }] },
    'dashboard:layout-rename': { layoutId: ids(added, 'Team'), name: 'Whole team' },
    'dashboard:layout-delete': { layoutId: ids(added, 'Old layout') },
    'dashboard:layout-use': { layoutId: ids(added, 'Team') },
  }
}

/** Alert rules to test and to delete; a notification only, so that nothing is posted anywhere. */
function alertSamples(ctx: AppContext): Record<Extract<RequestChannel, `alerts:${string}`>, unknown> {
  const tested = ctx.alerts.save({ event: 'finished', notify: true })
  const doomed = ctx.alerts.save({ event: 'paused', notify: true })
  return {
    'alerts:list': {},
    'alerts:save': {
      event: 'opt-out-rate',
      threshold: 4,
      notify: false,
      webhookUrl: 'https://hooks.example.com/herald',
      secret: 'k2-sample-secret',
    },
    'alerts:delete': { ruleId: doomed.id },
    'alerts:test': { ruleId: tested.id },
    'alerts:deliveries': { ruleId: tested.id, limit: 20 },
  }
}

/** A saved report with two schedules: one to run now, one to remove; its files go to a folder that exists. */
function reportScheduleSamples(
  ctx: AppContext,
): Record<Extract<RequestChannel, `reportSchedules:${string}`>, unknown> {
  const report = 'Scheduled by variant'
  ctx.customReports.save({ name: report, rows: 'messages', groupBy: ['variant'], measures: ['sent'] })
  const folder = path.join(ctx.paths.dataDir, 'scheduled')
  fs.mkdirSync(folder, { recursive: true })
  const daily = { report, frequency: 'daily', time: '09:00', format: 'csv', folder } as const
  const kept = ctx.reportSchedules.save(daily)
  const doomed = ctx.reportSchedules.save({ ...daily, frequency: 'weekly', weekday: 'mon' })
  return {
    'reportSchedules:list': { report },
    'reportSchedules:save': { ...daily, frequency: 'monthly', monthDay: 31, format: 'xlsx', folder: null },
    'reportSchedules:delete': { scheduleId: doomed.id },
    'reportSchedules:runs': { report, limit: 20 },
    'reportSchedules:run-now': { scheduleId: kept.id },
    'reportSchedules:choose-folder': {},
  }
}

/** A conversation in the Inbox: one reply recorded as a campaign would hear it. */
function inboxSamples(
  ctx: AppContext,
): Record<Exclude<Extract<RequestChannel, `inbox:${string}`>, AnswerChannel>, unknown> {
  const conversationId = ctx.inbox.recordReply({
    phone: '+447911123456',
    name: 'Ana',
    campaignId: null,
    messageId: null,
    accountId: 1,
    text: 'How much is it?',
    media: null,
    waMessageId: null,
    at: '2026-03-02T10:00:00.000Z',
    rehearsal: false,
    optedOut: false,
  })
  return {
    'inbox:list': { status: 'new', search: 'much' },
    'inbox:open': { conversationId },
    'inbox:mark': { conversationId, status: 'lead', note: 'Wants prices' },
    'inbox:export': { query: { status: 'lead' }, format: 'csv' },
  }
}

/** Saved custom reports to open, copy and delete, whichever order the channels are called in. */
function customReportSamples(
  ctx: AppContext,
): Record<Extract<RequestChannel, `customReports:${string}`>, unknown> {
  const definition = {
    name: 'Daily by variant',
    rows: 'messages',
    groupBy: ['day', 'variant'],
    measures: ['sent', 'delivered', 'replyRate'],
    filters: { since: '2026-01-01', dryRuns: 'all' },
  }
  ctx.customReports.save(definition)
  ctx.customReports.save({ ...definition, name: 'Old weekly' })
  return {
    'customReports:list': {},
    'customReports:save': { definition: { ...definition, name: 'Daily by variant' }, replace: true },
    'customReports:duplicate': { name: 'Daily by variant', newName: 'Daily by variant (copy)' },
    'customReports:delete': { name: 'Old weekly' },
    'customReports:preview': { definition, limit: 50 },
    'customReports:export': { definition, format: 'csv' },
    'customReports:pdf': { definition },
  }
}

type AnswerChannel = 'inbox:reply-send' | 'inbox:save-media'

/**
 * A conversation on a number of its own, connected through the fake WhatsApp client: the answer goes out
 * through it, and the photo the contact sent is fetched from it.
 */
async function answerSamples(ctx: AppContext): Promise<Record<AnswerChannel, unknown>> {
  const number = ctx.accounts.add('Answers phone')
  await ctx.accounts.connect(number.id)
  const fake = fakeMadeFor(new SessionFiles(ctx.paths.dataDir, number.id).root)
  if (!fake) throw new Error('The test context did not make a fake WhatsApp client')
  fake.becomeReady({ name: 'Corner Shop', phone: '+447700900002' })
  const phone = '+447911123458'
  fake.register(phone)
  const media = { mimetype: 'image/png', data: onePixelPng.toString('base64') }
  const photo = fake.receive({ from: phone, body: 'Like this one?', type: 'image', media })
  const conversationId = ctx.inbox.recordReply({
    phone,
    name: 'Cleo',
    campaignId: null,
    messageId: null,
    accountId: number.id,
    text: photo.body,
    media: 'photo',
    waMessageId: photo.id._serialized,
    at: '2026-03-02T10:05:00.000Z',
    rehearsal: false,
    optedOut: false,
  })
  const [reply] = ctx.inbox.open(conversationId).messages
  return {
    'inbox:reply-send': { conversationId, text: 'Yes, we have it in blue too.' },
    'inbox:save-media': { messageId: reply!.id },
  }
}

/** A number with nothing to send, which 'accounts:remove' can remove. */
function removable(ctx: AppContext): number {
  return ctx.accounts.add('Old phone').id
}

/** Channels of issue 5: analytics, history, reports and data care, on the campaigns made above. */
function insightSamples(
  ctx: AppContext,
  campaigns: Record<string, unknown>,
): Record<InsightChannel, unknown> {
  const { campaignId } = campaigns['campaigns:get'] as { campaignId: number }
  // Channels are called in the contract's order, so this campaign has been stopped by 'campaigns:stop'
  // by then: its waiting messages became unsent, which is what a retry sends again.
  const { campaignId: stopped } = campaigns['campaigns:stop'] as { campaignId: number }
  const notABackup = path.join(ctx.paths.dataDir, 'backups', 'not-a-backup.db')
  fs.mkdirSync(path.dirname(notABackup), { recursive: true })
  fs.writeFileSync(notABackup, 'Shopping list: bread, milk')
  return {
    'analytics:get': { since: '2026-01-01' },
    'history:messages': { campaignId, status: 'queued', search: '7911', offset: 0, limit: 50 },
    'history:retry': { campaignId: stopped, include: 'unsent' },
    'reports:export': { exportId: 'sample', reports: ['summary'], format: 'csv', campaignId },
    'reports:show-in-folder': { file: '/nowhere/report.csv' },
    'reports:pdf': { campaignId },
    'db:health': {},
    'db:backup': {},
    'db:backups': {},
    'db:restore': { file: notABackup },
    'db:prune-preview': { olderThanDays: 365 },
    'db:prune': { olderThanDays: 365 },
    'db:optimize': {},
  }
}

/**
 * Samples refused on purpose, with the code they get: the test contexts have no PDF printer (the browser
 * run prints from the page), a restore that succeeded would close the database the other samples use, and
 * they take no uploads (the browser run's host does: host/server.test.ts), and a context served on its own
 * has no workspace switcher (the app's and the browser run's do: open-workspaces.test.ts), nor a folder
 * dialog (the desktop app's: desktop-electron.test.ts).
 * The WhatsApp channels answer for real: test contexts get a fake client (whatsappClient: fakeClientFactory).
 */
export const sampleRefusals: Partial<Record<RequestChannel, ErrorCode>> = {
  'reports:pdf': 'UNAVAILABLE',
  'customReports:pdf': 'UNAVAILABLE',
  'reportSchedules:choose-folder': 'UNAVAILABLE',
  'db:restore': 'BAD_INPUT',
  'import:open': 'UNAVAILABLE',
  'templates:attach': 'UNAVAILABLE',
  'workspaces:list': 'UNAVAILABLE',
  'workspaces:add': 'UNAVAILABLE',
  'workspaces:rename': 'UNAVAILABLE',
  'workspaces:switch': 'UNAVAILABLE',
}

type InsightChannel = Extract<
  RequestChannel,
  `analytics:${string}` | `history:${string}` | `reports:${string}` | `db:${string}`
>

type CampaignChannel = Extract<RequestChannel, `templates:${string}` | `campaigns:${string}`>

/** A template and campaigns in each state the campaign channels need (safe pace: they stay running). */
async function campaignSamples(ctx: AppContext, listId: number): Promise<Record<CampaignChannel, unknown>> {
  const variants = [{ name: 'Main', body: 'Hello {{name|there}}, {see|visit} our new shop!' }]
  const template = ctx.templates.save({ name: 'Welcome', variants })
  const doomedTemplate = ctx.templates.save({ name: 'Old offer', variants })
  const create = { listId, templateId: template.id, dryRun: true, pace: 'safe' as const }
  const [draft, toStart, running, paused, toStop, toDelete] = await Promise.all(
    [1, 2, 3, 4, 5, 6].map(() => ctx.campaigns.create(create)),
  )
  // A rehearsal on two numbers, the second of which gives its messages to the first
  const till = ctx.accounts.add('Till phone')
  const shared = await ctx.campaigns.create({ ...create, accounts: [{ id: 1 }, { id: till.id }] })
  ctx.campaigns.start(running!.id)
  ctx.campaigns.start(paused!.id)
  await ctx.campaigns.pause(paused!.id)
  return {
    'templates:list': {},
    'templates:save': { name: 'Spring offer', variants },
    'templates:delete': { templateId: doomedTemplate.id },
    'templates:attach': { uploadId: noUpload },
    'templates:choose-attachment': {},
    'templates:attach-path': { path: droppedFile(ctx, 'offer.png', onePixelPng) },
    'templates:preview': { listId, variants, offset: 0, limit: 10 },
    'campaigns:list': {},
    'campaigns:get': { campaignId: draft!.id },
    'campaigns:estimate': { listId, pace: 'safe', dryRun: false, skipRecentDays: 7 },
    'campaigns:create': { ...create, pace: 'none', name: 'Rehearsal' },
    'campaigns:start': { campaignId: toStart!.id },
    'campaigns:pause': { campaignId: running!.id },
    'campaigns:resume': { campaignId: paused!.id },
    'campaigns:stop': { campaignId: toStop!.id },
    'campaigns:move-rest': { campaignId: shared.id, accountId: till.id },
    'campaigns:delete': { campaignId: toDelete!.id },
    'campaigns:progress': { campaignId: running!.id },
  }
}
