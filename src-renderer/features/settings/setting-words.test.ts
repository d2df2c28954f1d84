import { describe, expect, it } from 'vitest'
import { customPresetSummary, pacingPresets } from '../../../src-shared/domain/pacing'
import { settingDefs, settingKeys } from '../../../src-shared/domain/settings'
import { translator } from '../../i18n/translate.test-support'
import { settingWords } from './setting-field'

// The language section words app.language itself (language.json).
const formKeys = settingKeys.filter((key) => key !== 'app.language')

describe('the words of each setting on the screen', () => {
  it('read in English exactly as settings.ts says them to the command line', () => {
    const t = translator('en')
    for (const key of formKeys) {
      const def: { label: string; help: string; options?: readonly { value: string; label: string }[] } =
        settingDefs[key]
      const words = settingWords(t, key)
      expect({ key, label: words.label, help: words.help }).toEqual({ key, label: def.label, help: def.help })
      for (const option of def.options ?? []) expect(words.option(option.value)).toBe(option.label)
    }
    for (const [id, preset] of Object.entries(pacingPresets)) {
      expect(t(`settings.preset.${id}.label`)).toBe(preset.label)
      expect(t(`settings.preset.${id}.summary`)).toBe(preset.summary)
    }
    expect(t('settings.preset.custom.summary')).toBe(customPresetSummary)
  })

  it('come in the chosen language, choices too', () => {
    const es = settingWords(translator('es'), 'inbox.notify')
    expect(es.label).toBe('Avisarme cuando alguien responda')
    expect(es.option('off')).toBe('Nunca')
    expect(settingWords(translator('ar'), 'pacing.dailyCap').label).toBe('الحد الأقصى في اليوم')
  })

  it('count campaigns and messages as each language does', () => {
    expect(translator('en')('settings.retention.delete', { count: 1 })).toBe('Delete 1 campaign')
    expect(translator('en')('settings.retention.delete', { count: 3 })).toBe('Delete 3 campaigns')
    expect(translator('ar')('settings.retention.delete', { count: 2 })).toBe('حذف حملتين')
    expect(translator('ar')('settings.retention.delete', { count: 5 })).toBe('حذف 5 حملات')
  })
})
