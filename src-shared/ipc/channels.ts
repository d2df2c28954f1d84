// Channel names only, without schemas: the sandboxed preload imports this file and must stay tiny.

export const requestChannels = [
  'app:get-info',
  'app:report-error',
  'settings:get',
  'settings:update',
  'settings:reset',
  'whatsapp:get-state',
] as const

export const eventChannels = ['settings:changed', 'whatsapp:state'] as const

export type RequestChannel = (typeof requestChannels)[number]
export type EventChannel = (typeof eventChannels)[number]
