import type { RequestChannel } from '../../src-shared/ipc/channels'
import type { AppContext } from '../context'

const csv = 'Name,Phone\nAna,+44 7911 123456\nBen,07911 123457\n'
const csvBase64 = Buffer.from(csv).toString('base64')

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
  return {
    'app:get-info': {},
    'app:report-error': { message: 'The chart did not draw', screen: 'dashboard' },
    'settings:get': {},
    'settings:update': { values: { 'pacing.dailyCap': 40 } },
    'settings:reset': {},
    'whatsapp:get-state': {},
    'import:open': { fileName: 'contacts.csv', data: csvBase64 },
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
  }
}
