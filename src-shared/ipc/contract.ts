import { z } from 'zod'
import type { EventChannel, RequestChannel } from './channels'
import type { Result } from './result'
import { AppInfoSchema } from '../domain/app-info'
import { SettingKeySchema, SettingsPatchSchema, SettingsSchema } from '../domain/settings'
import { WhatsAppStateSchema } from '../domain/whatsapp'

const NoInput = z.object({}).strict()

type ChannelDef = { input: z.ZodType; output: z.ZodType }

/** Every request channel between the renderer and the main process, with its input and output schemas. */
export const contract = {
  'app:get-info': { input: NoInput, output: AppInfoSchema },
  'app:report-error': {
    input: z
      .object({
        message: z.string().min(1).max(2000),
        stack: z.string().max(20_000).optional(),
        screen: z.string().max(200).optional(),
      })
      .strict(),
    output: z.null(),
  },
  'settings:get': { input: NoInput, output: SettingsSchema },
  'settings:update': { input: z.object({ values: SettingsPatchSchema }).strict(), output: SettingsSchema },
  'settings:reset': {
    input: z.object({ keys: z.array(SettingKeySchema).min(1).optional() }).strict(),
    output: SettingsSchema,
  },
  'whatsapp:get-state': { input: NoInput, output: WhatsAppStateSchema },
} as const satisfies Record<RequestChannel, ChannelDef>

/** Every event the main process pushes to the renderer, with its payload schema. */
export const events = {
  'settings:changed': SettingsSchema,
  'whatsapp:state': WhatsAppStateSchema,
} as const satisfies Record<EventChannel, z.ZodType>

export type Contract = typeof contract
/** What a caller passes. */
export type Input<C extends RequestChannel> = z.input<Contract[C]['input']>
/** What a handler receives, after parsing. */
export type ParsedInput<C extends RequestChannel> = z.output<Contract[C]['input']>
export type Output<C extends RequestChannel> = z.output<Contract[C]['output']>
export type EventPayload<E extends EventChannel> = z.output<(typeof events)[E]>

/** The one object the renderer talks to: `window.api` in Electron, a WebSocket client in the browser run. */
export type HeraldApi = {
  invoke<C extends RequestChannel>(channel: C, input: Input<C>): Promise<Result<Output<C>>>
  on<E extends EventChannel>(event: E, listener: (payload: EventPayload<E>) => void): () => void
}

export type { EventChannel, RequestChannel } from './channels'
