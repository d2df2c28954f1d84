import type { Migration } from './migration'
import { settings } from './0001-settings'
import { appEvents } from './0002-app-events'

/** Every migration in order; the last one's version is the schema this build of Herald writes. */
export const migrations: readonly Migration[] = [settings, appEvents]

export const latestSchemaVersion = migrations.at(-1)?.version ?? 0
