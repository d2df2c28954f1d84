import { z } from 'zod'

export const AppInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  runtime: z.enum(['electron', 'browser', 'cli']),
  platform: z.string(),
  dataDir: z.string(),
  databasePath: z.string(),
  logFile: z.string(),
  schemaVersion: z.number().int(),
})
export type AppInfo = z.infer<typeof AppInfoSchema>
