import {
  SettingKeySchema,
  settingDefs,
  settingFromText,
  settingKeys,
} from '../../../src-shared/domain/settings'
import type { SettingKey, Settings } from '../../../src-shared/domain/settings'
import { AppError } from '../../errors'
import type { Command } from '../command'
import { table, UsageError } from '../io'

const usage = [
  'herald settings [list] [--json]         show every setting',
  'herald settings get KEY [--json]        show one setting',
  'herald settings set KEY VALUE [--json]  change a setting',
  'herald settings reset [KEY...]          back to the default (all when no KEY)',
  '',
  `Keys: ${settingKeys.join(', ')}`,
].join('\n')

function toKey(text: string | undefined): SettingKey {
  if (text === undefined) throw new UsageError('Which setting? Give its KEY.', usage)
  const parsed = SettingKeySchema.safeParse(text)
  if (!parsed.success)
    throw new AppError('NOT_FOUND', parsed.error.issues[0]?.message ?? `Unknown setting "${text}".`)
  return parsed.data
}

const show = (value: unknown): string => (typeof value === 'string' ? value : JSON.stringify(value))

function printAll(settings: Settings, json: boolean): string {
  if (json) return JSON.stringify(settings)
  return table(settingKeys.map((key) => [key, show(settings[key])]))
}

export const settingsCommand: Command = {
  name: 'settings',
  summary: 'Read and change settings (default country, pacing defaults)',
  usage,
  run(ctx, { positionals, json }, io) {
    const [action = 'list', keyText, ...rest] = positionals
    if (action === 'list') {
      io.out(printAll(ctx.settings.get(), json))
      return 0
    }
    if (action === 'get') {
      const key = toKey(keyText)
      const value = ctx.settings.get()[key]
      io.out(json ? JSON.stringify({ key, value }) : show(value))
      return 0
    }
    if (action === 'set') {
      const key = toKey(keyText)
      if (rest.length !== 1)
        throw new UsageError('Give exactly one VALUE (quote it if it has spaces).', usage)
      const before = ctx.settings.get()
      const after = ctx.settings.update({ [key]: settingFromText(key, rest[0] ?? '') })
      const changed = settingKeys.filter((k) => before[k] !== after[k])
      if (json) io.out(JSON.stringify({ key, value: after[key], changed }))
      else if (changed.length === 0) io.out(`${key} is already ${show(after[key])}`)
      else io.out(changed.map((k) => `${k} = ${show(after[k])}  (${settingDefs[k].label})`).join('\n'))
      return 0
    }
    if (action === 'reset') {
      const keys = keyText === undefined ? undefined : [keyText, ...rest].map(toKey)
      const after = ctx.settings.reset(keys)
      io.out(
        json ? JSON.stringify(after) : `Reset ${keys ? keys.join(', ') : 'all settings'} to the defaults.`,
      )
      return 0
    }
    throw new UsageError(`Unknown settings action "${action}".`, usage)
  },
}
