// Channel names only, without schemas: the sandboxed preload imports this file and must stay tiny.

export const requestChannels = [
  'app:get-info',
  'app:report-error',
  'settings:get',
  'settings:update',
  'settings:reset',
  'whatsapp:get-state',
  'import:open',
  'import:open-sample',
  'import:analyze',
  'import:rows',
  'import:save',
  'import:close',
  'lists:list',
  'lists:get',
  'lists:contacts',
  'lists:delete',
  'optouts:list',
  'optouts:add',
  'optouts:remove',
  'templates:list',
  'templates:save',
  'templates:delete',
  'templates:preview',
  'campaigns:list',
  'campaigns:get',
  'campaigns:estimate',
  'campaigns:create',
  'campaigns:start',
  'campaigns:pause',
  'campaigns:resume',
  'campaigns:stop',
  'campaigns:delete',
  'campaigns:progress',
  'campaigns:messages',
] as const

export const eventChannels = [
  'settings:changed',
  'whatsapp:state',
  'import:progress',
  'lists:changed',
  'campaign:progress',
  'templates:changed',
] as const

export type RequestChannel = (typeof requestChannels)[number]
export type EventChannel = (typeof eventChannels)[number]
