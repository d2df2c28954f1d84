import type { CampaignsService } from '../campaign/campaigns-service'
import type { TemplatesService } from '../campaign/templates-service'
import type { Handlers } from './dispatch'
import { attachmentKind } from './file-sources'
import type { FileSources } from './file-sources'

export type CampaignChannels =
  | 'templates:list'
  | 'templates:save'
  | 'templates:delete'
  | 'templates:attach'
  | 'templates:choose-attachment'
  | 'templates:attach-path'
  | 'templates:preview'
  | 'campaigns:list'
  | 'campaigns:get'
  | 'campaigns:estimate'
  | 'campaigns:create'
  | 'campaigns:start'
  | 'campaigns:pause'
  | 'campaigns:resume'
  | 'campaigns:stop'
  | 'campaigns:move-rest'
  | 'campaigns:delete'
  | 'campaigns:progress'

/** What the campaign handlers need; AppContext has it once it carries `templates` and `campaigns`. */
export type CampaignCtx = { templates: TemplatesService; campaigns: CampaignsService }

/** Templates and campaigns: thin calls into the services, which check and explain everything. */
export function campaignHandlers(ctx: CampaignCtx, files: FileSources): Pick<Handlers, CampaignChannels> {
  const { templates, campaigns } = ctx
  return {
    'templates:list': () => templates.list(),
    'templates:save': (input) => templates.save(input),
    'templates:delete': ({ templateId }) => {
      templates.delete(templateId)
      return null
    },
    // The main process reads the file itself (file-sources.ts); no request carries its bytes.
    'templates:attach': async ({ uploadId }) => {
      const { name, bytes } = await files.uploaded(uploadId, attachmentKind)
      return templates.attach(name, bytes)
    },
    'templates:choose-attachment': async () => {
      const chosen = await files.chosen(attachmentKind)
      return chosen ? templates.attach(chosen.name, chosen.bytes) : null
    },
    'templates:attach-path': async ({ path }) => {
      const { name, bytes } = await files.dropped(path, attachmentKind)
      return templates.attach(name, bytes)
    },
    'templates:preview': (input) => templates.preview(input),
    'campaigns:list': () => campaigns.list(),
    'campaigns:get': ({ campaignId }) => campaigns.get(campaignId),
    'campaigns:estimate': ({ listId, pace, dryRun, skipRecentDays, accounts }) =>
      campaigns.estimate(listId, pace, { dryRun, skipRecentDays, accounts }),
    'campaigns:create': (input) => campaigns.create(input),
    'campaigns:start': ({ campaignId, at }) => campaigns.start(campaignId, at),
    'campaigns:pause': ({ campaignId }) => campaigns.pause(campaignId),
    'campaigns:resume': ({ campaignId }) => campaigns.resume(campaignId),
    'campaigns:stop': ({ campaignId }) => campaigns.stop(campaignId),
    'campaigns:move-rest': ({ campaignId, accountId }) => campaigns.moveRest(campaignId, accountId),
    'campaigns:delete': ({ campaignId }) => {
      campaigns.delete(campaignId)
      return null
    },
    'campaigns:progress': ({ campaignId }) => campaigns.progress(campaignId),
  }
}
