import { z } from 'zod'

// The small schemas several groups of requests share.

export const AccountId = z.number().int().positive()
export const NoInput = z.object({}).strict()
/** A file the browser run's page sent to the host, claimed once by the request that names it. */
export const UploadId = z.uuid()
/**
 * Where a file dropped on the desktop app's window is (Electron's webUtils.getPathForFile): the main process
 * reads it as the one file the request is for, and only when it is an ordinary file within the size limit.
 */
export const DroppedPath = z.string().min(1).max(4096)
export const ListId = z.number().int().positive()
export const Paging = {
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(500).default(100),
}
export const CampaignRef = z.object({ campaignId: z.number().int().positive() }).strict()

export type ChannelDef = { input: z.ZodType; output: z.ZodType }
