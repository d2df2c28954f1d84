import Sqlite from 'better-sqlite3'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { settingLabels } from '../../src-shared/domain/setting-problems'
import { settingDefs, settingKeys } from '../../src-shared/domain/settings'
import { phrase } from '../../src-shared/i18n/phrase'
import { english, sayIn } from '../../src-shared/i18n/wording'
import type { TestContext } from '../context.test-support'
import { SettingsRepo } from '../db/repos/settings-repo'
import { AppError } from '../errors'
import { openTestContext, tempDataDir } from '../context.test-support'

const opened: TestContext[] = []
const temps: (() => void)[] = []
afterEach(async () => {
  for (const ctx of opened.splice(0)) await ctx.shutdown()
  for (const remove of temps.splice(0)) remove()
})

function freshDir(): string {
  const temp = tempDataDir()
  temps.push(temp.remove)
  return temp.dir
}

function open(dir?: string, locale = 'en-US'): { ctx: TestContext; dir: string } {
  const dataDir = dir ?? freshDir()
  const ctx = openTestContext({ dataDir, runtime: 'cli', locale })
  opened.push(ctx)
  return { ctx, dir: dataDir }
}

describe('SettingsService', () => {
  it('starts with the defaults, the country taken from the computer’s locale', () => {
    expect(open(undefined, 'de-DE').ctx.settings.get().defaultCountry).toBe('DE')
    expect(open(undefined, 'en').ctx.settings.get().defaultCountry).toBe('US')
  })

  it('keeps a change across a restart', async () => {
    const { ctx, dir } = open()
    ctx.settings.update({ defaultCountry: 'BR', 'pacing.dailyCap': 70 })
    await ctx.shutdown()
    const again = open(dir).ctx.settings.get()
    expect(again.defaultCountry).toBe('BR')
    expect(again['pacing.dailyCap']).toBe(70)
    expect(again['pacing.preset']).toBe('custom')
  })

  it('refuses an invalid change with a message per field and stores nothing', () => {
    const { ctx } = open()
    const before = ctx.settings.get()
    let error: unknown
    try {
      ctx.settings.update({ 'pacing.minDelaySeconds': 100, 'pacing.maxDelaySeconds': 50 })
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(AppError)
    expect((error as AppError).code).toBe('BAD_INPUT')
    expect((error as AppError).fields).toEqual({
      'pacing.maxDelaySeconds': 'The longest delay must be at least the shortest delay.',
    })
    expect(ctx.settings.get()).toEqual(before)
  })

  it('says each field’s refusal as a phrase the window words in its language, the same words in English', () => {
    const { ctx } = open()
    let error: unknown
    try {
      ctx.settings.update({ 'pacing.dailyCap': 0, 'campaign.timeZones': 'US=Mars/Olympus' })
    } catch (e) {
      error = e
    }
    const refused = (error as AppError).toFailure()
    expect(refused.message).toBe('At most per day: Allow at least one message a day (at least 1).')
    expect(refused.fields).toEqual({
      'pacing.dailyCap': 'Allow at least one message a day (at least 1).',
      'campaign.timeZones': '"Mars/Olympus" is not a time zone Herald knows, e.g. America/Chicago.',
    })
    const spanish = Object.fromEntries(
      Object.entries(refused.fieldPhrases ?? {}).map(([field, said]) => [field, sayIn('es', said)]),
    )
    expect(spanish).toEqual({
      'pacing.dailyCap': 'Permite al menos un mensaje al día (al menos 1).',
      'campaign.timeZones':
        '«Mars/Olympus» no es una zona horaria que Herald conozca, p. ej. America/Chicago.',
    })
    // …and the whole line, the setting named as the Settings screen names it
    expect(sayIn('es', refused.phrase!)).toBe(
      `${sayIn('es', phrase('settings.field.pacing.dailyCap.label'))}: Permite al menos un mensaje al día (al menos 1).`,
    )
    expect(sayIn('es', refused.phrase!)).not.toMatch(/At most/)
  })

  it('names every setting in English as the schema does, for the CLI', () => {
    for (const key of settingKeys) expect(english(settingLabels[key])).toBe(settingDefs[key].label)
  })

  it('tells every window about a change and records it in the app events', () => {
    const { ctx } = open()
    const seen: unknown[] = []
    ctx.events.subscribe((event, payload) => seen.push([event, payload]))
    const next = ctx.settings.update({ 'pacing.preset': 'fast' })
    expect(seen).toEqual([['settings:changed', next]])
    expect(ctx.appEvents.recent(5).map((e) => e.kind)).toContain('settings_changed')
  })

  it('ignores a stored value that is no longer valid and uses the default', () => {
    const { ctx } = open()
    ctx.settings.update({ 'pacing.dailyCap': 70 })
    // Another process (an older Herald, say) stores a value this version cannot read
    const other = new Sqlite(ctx.paths.databasePath)
    other.prepare("UPDATE settings SET value = '\"many\"' WHERE key = 'pacing.dailyCap'").run()
    other.close()
    expect(ctx.settings.get()['pacing.dailyCap']).toBe(50)
  })

  it('reads the stored settings once, and again after a change here or in another process', () => {
    const { ctx } = open()
    const reads = vi.spyOn(SettingsRepo.prototype, 'all')
    ctx.settings.get()
    const before = reads.mock.calls.length
    for (let i = 0; i < 5; i++) expect(ctx.settings.get().defaultCountry).toBe('US')
    expect(reads.mock.calls.length).toBe(before)
    ctx.settings.update({ defaultCountry: 'BR' })
    expect(ctx.settings.get().defaultCountry).toBe('BR')
    const other = new Sqlite(ctx.paths.databasePath)
    other.prepare("UPDATE settings SET value = '\"MX\"' WHERE key = 'defaultCountry'").run()
    other.close()
    expect(ctx.settings.get().defaultCountry).toBe('MX')
    ctx.settings.reset(['defaultCountry'])
    expect(ctx.settings.get().defaultCountry).toBe('US')
    reads.mockRestore()
  })

  it('resets some or all settings to the defaults', () => {
    const { ctx } = open()
    ctx.settings.update({ defaultCountry: 'MX', 'pacing.preset': 'normal' })
    expect(ctx.settings.reset(['defaultCountry']).defaultCountry).toBe('US')
    expect(ctx.settings.get()['pacing.preset']).toBe('normal')
    expect(ctx.settings.reset()['pacing.preset']).toBe('safe')
    expect(() => {
      ctx.settings.update({ 'pacing.minDelaySeconds': 100, 'pacing.maxDelaySeconds': 200 })
      ctx.settings.reset(['pacing.maxDelaySeconds'])
    }).toThrow(/would break a rule/)
    let refused: AppError | undefined
    try {
      ctx.settings.reset(['pacing.maxDelaySeconds'])
    } catch (error) {
      refused = error as AppError
    }
    expect(refused?.message).toBe(
      'Resetting only pacing.maxDelaySeconds would break a rule: The longest delay must be at least the shortest delay.',
    )
    expect(sayIn('fr', refused!.phrase!)).not.toMatch(/The longest delay/)
  })
})
