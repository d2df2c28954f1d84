import { describe, expect, it } from 'vitest'
import { translator } from '../../i18n/translate.test-support'
import { accountsInput, chosenNumbers, sendFromError, shareSizes } from './send-from'

const t = translator('en')

describe('"Send from" on the New campaign form', () => {
  it('starts from the first number, and forgets a number removed since it was ticked', () => {
    expect(chosenNumbers(null, [1, 2, 3])).toEqual([1])
    expect(chosenNumbers({ chosen: [2, 4], weights: {} }, [1, 2, 3])).toEqual([2])
    expect(chosenNumbers({ chosen: [], weights: {} }, [1, 2])).toEqual([])
  })

  it('asks for a number, and a weight from 1 to 10 once there are several', () => {
    expect(sendFromError(t, null, [])).toBe('Choose at least one number to send from.')
    const choice = { chosen: [1, 2], weights: { 1: '2', 2: '11' } }
    expect(sendFromError(t, choice, [1, 2])).toBe('Give each number a weight from 1 to 10.')
    expect(sendFromError(t, { ...choice, weights: { 1: '2', 2: ' 3 ' } }, [1, 2])).toBeNull()
    expect(sendFromError(t, { ...choice, weights: { 1: '1.5' } }, [1, 2])).not.toBeNull()
    // One number alone has no weight to get wrong
    expect(sendFromError(t, { chosen: [2], weights: { 2: 'x' } }, [2])).toBeNull()
  })

  it('creates the campaign with the numbers and their weights, and with nothing for the first number alone', () => {
    expect(accountsInput(null, undefined)).toBeUndefined()
    expect(accountsInput(null, [1])).toBeUndefined()
    expect(accountsInput({ chosen: [2], weights: { 2: '4' } }, [2])).toEqual([{ id: 2 }])
    expect(accountsInput({ chosen: [1, 3], weights: { 3: '2' } }, [1, 3])).toEqual([
      { id: 1, weight: 1 },
      { id: 3, weight: 2 },
    ])
  })

  it('says about how many contacts each number gets', () => {
    expect(shareSizes({ chosen: [1, 2], weights: { 1: '2' } }, [1, 2], 50)).toEqual({ 1: 33, 2: 17 })
    expect(shareSizes(null, [1, 2], 50)).toEqual({ 1: 25, 2: 25 })
    expect(shareSizes({ chosen: [1, 2], weights: { 2: '' } }, [1, 2], 50)).toEqual({ 1: 50, 2: null })
  })
})
