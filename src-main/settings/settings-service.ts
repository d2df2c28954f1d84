import {
  applySettingsPatch,
  settingDefaults,
  settingDefs,
  settingKeys,
  validateSettings,
} from '../../src-shared/domain/settings'
import type { SettingKey, Settings, SettingsPatch } from '../../src-shared/domain/settings'
import { settingLabels, settingProblems } from '../../src-shared/domain/setting-problems'
import { phrase } from '../../src-shared/i18n/phrase'
import type { SettingsRepo } from '../db/repos/settings-repo'
import { AppError } from '../errors'
import type { EventHub } from '../events'
import type { Logger } from '../logging/logger'

type Deps = {
  repo: SettingsRepo
  events: EventHub
  log: Logger
  record: (kind: string, message: string, data?: unknown) => void
  defaults?: Partial<Settings>
  now?: () => Date
}

/**
 * Settings as the rest of Herald sees them: stored values over defaults, always valid as a whole. They are
 * read from the database once and kept until they change: through this service, or in another process.
 */
export class SettingsService {
  private readonly defaults: Settings
  /** The settings as last read, and the other connections' commit count they were read at. */
  private cached: { settings: Settings; othersCommits: number } | null = null

  constructor(private readonly deps: Deps) {
    this.defaults = { ...settingDefaults, ...deps.defaults }
  }

  /** Cheap enough for every message a campaign sends: the stored values are read again only after a change. */
  get(): Settings {
    const othersCommits = this.deps.repo.othersCommits()
    if (this.cached?.othersCommits !== othersCommits) this.cached = { settings: this.read(), othersCommits }
    return { ...this.cached.settings }
  }

  private read(): Settings {
    const settings: Settings = { ...this.defaults }
    for (const { key, value } of this.deps.repo.all()) {
      if (!Object.hasOwn(settingDefs, key)) continue
      const parsed = settingDefs[key as SettingKey].schema.safeParse(value)
      if (parsed.success) Object.assign(settings, { [key]: parsed.data })
      else this.deps.log.warn(`Ignoring the stored value of ${key}; using the default instead`, value)
    }
    return settings
  }

  /** Saves a change; a change that breaks a rule is refused with a message per field. */
  update(patch: SettingsPatch): Settings {
    const current = this.get()
    const next = applySettingsPatch(current, patch)
    const errors = validateSettings(next)
    const keys = Object.keys(errors) as SettingKey[]
    if (keys.length > 0) {
      const [first] = keys as [SettingKey]
      const problems = settingProblems(next, errors)
      // The setting's name and its problem in the window's words: "Messages per batch: Enter…"
      const refused = phrase('system.settings.refused', {
        setting: settingLabels[first],
        problem: problems[first] ?? errors[first] ?? '',
      })
      throw new AppError('BAD_INPUT', refused, problems)
    }
    const changed = settingKeys.filter((key) => next[key] !== current[key])
    if (changed.length === 0) return current
    this.deps.repo.save(Object.fromEntries(changed.map((key) => [key, next[key]])), this.now())
    this.cached = null
    this.deps.record(
      'settings_changed',
      `Changed ${changed.join(', ')}`,
      Object.fromEntries(changed.map((k) => [k, next[k]])),
    )
    this.deps.events.emit('settings:changed', next)
    return next
  }

  /** Back to the defaults: the keys given, or all of them. */
  reset(keys?: readonly SettingKey[]): Settings {
    if (keys) {
      const next = { ...this.get(), ...Object.fromEntries(keys.map((key) => [key, this.defaults[key]])) }
      const errors = validateSettings(next)
      const [first] = Object.keys(errors) as SettingKey[]
      if (first) {
        const problems = settingProblems(next, errors)
        const refused = phrase('system.settings.resetBreaksRule', {
          settings: keys.join(', '),
          problem: problems[first] ?? errors[first] ?? '',
        })
        throw new AppError('BAD_INPUT', refused, problems)
      }
    }
    this.deps.repo.reset(keys)
    this.cached = null
    const settings = this.get()
    this.deps.record('settings_reset', keys ? `Reset ${keys.join(', ')}` : 'Reset all settings')
    this.deps.events.emit('settings:changed', settings)
    return settings
  }

  private now(): Date {
    return this.deps.now?.() ?? new Date()
  }
}
