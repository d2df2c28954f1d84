import type { AppContext } from '../context'
import { alertHandlers } from './alerts'
import { appHandlers } from './app'
import { campaignHandlers } from './campaigns'
import { customReportHandlers } from './custom-reports'
import { dashboardHandlers } from './dashboard'
import { dataCareHandlers } from './data-care'
import { explainingDiskFull } from './disk-full'
import type { Handlers } from './dispatch'
import { fileSources } from './file-sources'
import { importHandlers } from './import'
import { inboxHandlers } from './inbox'
import { insightHandlers } from './insight'
import { listsHandlers } from './lists'
import { reportScheduleHandlers } from './report-schedules'
import { settingsHandlers } from './settings'
import { accountHandlers, whatsappHandlers } from './whatsapp'
import { workspaceHandlers } from './workspaces'
import type { WorkspaceControl } from './workspaces'
import type { Uploads } from '../uploads'

/**
 * Every request channel's handler; leaving one out fails the type check. A full disk comes out of any of
 * them in words (disk-full.ts). `files.saved` gathers the files this run saves, which the browser run
 * also hands out as downloads; `files.uploads` are the files its page sent (the browser run only).
 * `files.workspaces` switches the window between workspaces (the app and the browser run, not the CLI).
 */
export function createHandlers(
  ctx: AppContext,
  files: { saved?: Set<string>; uploads?: Uploads; workspaces?: WorkspaceControl } = {},
): Handlers {
  const sources = fileSources(ctx, files.uploads)
  // One list of the files this run saved (exports, backups, media): "show in folder" and downloads use it
  const saved = files.saved ?? new Set<string>()
  return explainingDiskFull(ctx.disk, {
    ...appHandlers(ctx),
    ...settingsHandlers(ctx),
    ...whatsappHandlers(ctx),
    ...accountHandlers(ctx),
    ...importHandlers(ctx.imports, sources),
    ...listsHandlers(ctx),
    ...campaignHandlers(ctx, sources),
    ...insightHandlers(ctx),
    ...dashboardHandlers(ctx),
    ...inboxHandlers(ctx, { saved }),
    ...dataCareHandlers(ctx, { saved }),
    ...reportScheduleHandlers(ctx, { saved }),
    ...customReportHandlers(ctx, { saved, now: () => new Date(ctx.clock.now()) }),
    ...alertHandlers(ctx),
    ...workspaceHandlers(files.workspaces),
  })
}
