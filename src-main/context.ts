import type { AppContext, ContextOptions } from './context-types'
import { wireAppContext } from './context-wiring'

export type { AppContext, ContextOptions, Runtime } from './context-types'

/**
 * The composition root: opens the data folder, builds every service once (context-wiring.ts) and settles
 * what a previous run left (`startup`). The Electron app, the browser run and the CLI all start here, and
 * all end with `ctx.shutdown()`.
 */
export function openAppContext(options: ContextOptions): AppContext {
  const { ctx } = wireAppContext(options)
  startup(ctx)
  return ctx
}

/** What every start does before anyone looks at the data, in this order. */
export function startup(ctx: AppContext): void {
  // Campaigns left half-created or `running` by a process that is gone are settled first.
  ctx.campaigns.recover()
  // Inbox answers a crash left on their way are settled, never sent again: sending → uncertain
  ctx.quickReply.settle()
  // A list whose saving was cut short by a crash is incomplete: it is removed, never shown.
  const unfinished = ctx.lists.deleteUnfinished()
  if (unfinished > 0)
    ctx.record('lists_cleaned', `Removed ${unfinished} list(s) whose import was interrupted`)
  ctx.lists.catchUpSearch()
  const { migration } = ctx
  if (migration.applied.length > 0) {
    ctx.record('db_migrated', `Database schema ${migration.from} → ${migration.to}`, {
      applied: migration.applied,
    })
  }
}

/**
 * What a long-running Herald (the app, the browser run) starts once its window can be served: scheduled
 * campaigns are armed, and WhatsApp reconnects with the saved login so the user finds it ready.
 */
export function startBackgroundWork(ctx: AppContext): void {
  ctx.campaigns.armSchedules()
  // Scheduled reports missed while Herald was closed run now, once each; then each at its time
  ctx.reportSchedules.start()
  // Webhook retries left waiting (or cut short) by the last run go at their time
  ctx.alerts.resume()
  // An import worker waits ready, so that a chosen spreadsheet is read at once
  void ctx.imports.warmUp()
  if (ctx.whatsapp.hasSavedSession()) {
    ctx.whatsapp
      .connect()
      .catch((error: unknown) => ctx.log.warn('Reconnecting WhatsApp at start failed', error))
  }
}
