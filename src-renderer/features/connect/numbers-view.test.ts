import { describe, expect, it } from 'vitest'
import { translator } from '../../i18n/translate.test-support'
import { numberNameError, usageLine } from './numbers-view'

const t = translator('en')

const usage = { phone: '+447700900001', sentToday: 12, dailyCap: 50, warmUpDay: 3, sending: false }

describe('usageLine', () => {
  it('says how much of the day’s budget a number used, and its warm-up day', () => {
    expect(usageLine(t, usage)).toBe('12 of 50 sent today · warm-up day 3 of 10')
    expect(usageLine(t, { ...usage, dailyCap: null, warmUpDay: null })).toBe('12 sent today')
    expect(usageLine(t, { ...usage, sentToday: 1200, dailyCap: null, warmUpDay: null, sending: true })).toBe(
      '1,200 sent today · sending a campaign now',
    )
  })

  it('says nothing for a number never linked that sent nothing', () => {
    expect(usageLine(t, { ...usage, phone: null, sentToday: 0 })).toBeNull()
    expect(usageLine(t, { ...usage, phone: null, sentToday: 2 })).toBe(
      '2 of 50 sent today · warm-up day 3 of 10',
    )
  })

  it('says it in the window’s language', () => {
    expect(usageLine(translator('es'), { ...usage, sending: true })).toBe(
      '12 de 50 enviados hoy · día 3 de 10 de calentamiento · enviando una campaña ahora',
    )
  })
})

describe('numberNameError', () => {
  const numbers = [
    { id: 1, name: 'My number' },
    { id: 2, name: 'Shop phone' },
  ]

  it('refuses an empty, long or taken name, in any case', () => {
    expect(numberNameError(t, '  ', numbers)).toMatch(/Give the number a name/)
    expect(numberNameError(t, 'x'.repeat(41), numbers)).toMatch(/under 40 characters/)
    expect(numberNameError(t, 'shop PHONE', numbers)).toBe(
      'A number named “Shop phone” already exists. Choose another name.',
    )
    expect(numberNameError(t, 'Maria’s phone', numbers)).toBeNull()
  })

  it('lets a number keep its own name while renamed', () => {
    expect(numberNameError(t, 'Shop Phone', numbers, 2)).toBeNull()
  })
})
