import { describe, expect, it } from 'vitest'
import { errorCategories } from '../../../src-shared/domain/campaigns'
import { categoryInfo } from '../../../src-shared/domain/error-categories'
import { translator } from '../../i18n/translate.test-support'
import { errorAdvice, errorTitle } from './error-words'

describe('the words for error categories', () => {
  it('say in English what the shared table says, for every category', () => {
    const t = translator('en')
    for (const category of errorCategories) {
      expect(errorTitle(t, category)).toBe(categoryInfo[category].label)
      expect(errorAdvice(t, category)).toBe(categoryInfo[category].recommendation)
    }
  })

  it('speak the chosen language', () => {
    expect(errorTitle(translator('es'), 'not_on_whatsapp')).toBe('No tiene WhatsApp')
    expect(errorTitle(translator('ar'), 'invalid_number')).toBe('رقم غير صالح')
  })
})
