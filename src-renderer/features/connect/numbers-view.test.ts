import { describe, expect, it } from 'vitest'
import { numberNameError, usageLine } from './numbers-view'

const usage = { phone: '+447700900001', sentToday: 12, dailyCap: 50, warmUpDay: 3, sending: false }

describe('usageLine', () => {
  it('says how much of the day’s budget a number used, and its warm-up day', () => {
    expect(usageLine(usage)).toBe('12 of 50 sent today · warm-up day 3 of 10')
    expect(usageLine({ ...usage, dailyCap: null, warmUpDay: null })).toBe('12 sent today')
    expect(usageLine({ ...usage, sentToday: 1200, dailyCap: null, warmUpDay: null, sending: true })).toBe(
      '1,200 sent today · sending a campaign now',
    )
  })

  it('says nothing for a number never linked that sent nothing', () => {
    expect(usageLine({ ...usage, phone: null, sentToday: 0 })).toBeNull()
    expect(usageLine({ ...usage, phone: null, sentToday: 2 })).toBe(
      '2 of 50 sent today · warm-up day 3 of 10',
    )
  })
})

describe('numberNameError', () => {
  const numbers = [
    { id: 1, name: 'My number' },
    { id: 2, name: 'Shop phone' },
  ]

  it('refuses an empty, long or taken name, in any case', () => {
    expect(numberNameError('  ', numbers)).toMatch(/Give the number a name/)
    expect(numberNameError('x'.repeat(41), numbers)).toMatch(/under 40 characters/)
    expect(numberNameError('shop PHONE', numbers)).toBe(
      'A number named “Shop phone” already exists. Choose another name.',
    )
    expect(numberNameError('Maria’s phone', numbers)).toBeNull()
  })

  it('lets a number keep its own name while renamed', () => {
    expect(numberNameError('Shop Phone', numbers, 2)).toBeNull()
  })
})
